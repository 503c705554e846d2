import { PageContainer } from '@ant-design/pro-components';
import { Button, Card, Descriptions, Popconfirm, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLogoutEverywhere, useSignedIn } from '../../../api/session.ts';
import { ChangePasswordForm } from '../../../components/credentials/ChangePasswordForm.tsx';
import { useLabels } from '../../../i18n/labels.ts';
import { MfaCard } from '../components/MfaCard.tsx';
import { NotificationSettingsCard } from '../components/NotificationSettingsCard.tsx';

/** The signed-in user's own account: who they are, password, second factor, notifications, sessions. */
export default function AccountPage() {
  const { t } = useTranslation();
  const me = useSignedIn();
  const labels = useLabels();
  const logoutEverywhere = useLogoutEverywhere();

  return (
    <PageContainer title={t('account.title')}>
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Card title={<h2 className="card-title">{t('account.profile')}</h2>}>
          <Descriptions column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t('account.displayName')}>{me.displayName}</Descriptions.Item>
            <Descriptions.Item label={t('account.username')}>{me.username}</Descriptions.Item>
            <Descriptions.Item label={t('account.roles')}>
              {me.roles
                .map(
                  (grant) =>
                    `${labels.role(grant.role)} · ${labels.name({ nameZh: grant.orgUnitNameZh, nameEn: grant.orgUnitNameEn })}`,
                )
                .join('；') || '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('account.passwordExpires')}>
              {labels.dateTime(me.passwordExpiresAt)}
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <Card title={<h2 className="card-title">{t('account.passwordTitle')}</h2>}>
          <ChangePasswordForm />
        </Card>
        <MfaCard />
        <NotificationSettingsCard />
        <Card title={<h2 className="card-title">{t('account.sessionsTitle')}</h2>}>
          <Typography.Paragraph>{t('account.sessionsHelp')}</Typography.Paragraph>
          <Popconfirm
            title={t('account.logoutEverywhereConfirm')}
            onConfirm={() => logoutEverywhere.mutate()}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
          >
            <Button
              danger
              loading={logoutEverywhere.isPending}
              data-testid="account-logout-everywhere"
            >
              {t('account.logoutEverywhere')}
            </Button>
          </Popconfirm>
        </Card>
      </Space>
    </PageContainer>
  );
}
