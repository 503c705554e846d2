import { Alert, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { AuthFrame } from '../components/AuthFrame.tsx';
import { ChangePasswordForm } from '../components/ChangePasswordForm.tsx';
import { useLogout, useMe } from '../queries.ts';

/** First login or an expired password: nothing else opens until the password is changed. */
export default function ForcedPasswordPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const logout = useLogout();
  const expired = me?.passwordExpiresAt
    ? new Date(me.passwordExpiresAt).getTime() <= Date.now()
    : false;

  return (
    <AuthFrame title={t('password.forcedTitle')} width={480}>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Alert
          type="info"
          showIcon
          message={expired ? t('password.expiredNotice') : t('password.firstNotice')}
        />
        <ChangePasswordForm />
        <Button type="link" onClick={() => logout.mutate()} style={{ padding: 0 }}>
          {t('shell.logout')}
        </Button>
      </Space>
    </AuthFrame>
  );
}
