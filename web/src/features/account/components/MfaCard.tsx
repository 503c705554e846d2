import { Alert, Button, Card, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRefreshMe, useSignedIn } from '../../../api/session.ts';
import { useApiError } from '../../../api/useApiError.ts';
import { MfaEnrolment } from '../../../components/credentials/MfaEnrolment.tsx';
import { RecoveryCodes } from '../../../components/credentials/RecoveryCodes.tsx';
import { StatusTag } from '../../../components/StatusTag.tsx';
import { useDisableMfa, useRegenerateRecoveryCodes } from '../queries.ts';
import { PasswordConfirmModal } from './PasswordConfirmModal.tsx';

/** Second factor: enrol, replace recovery codes, or turn it off where policy allows. */
export function MfaCard() {
  const { t } = useTranslation();
  const me = useSignedIn();
  const refreshMe = useRefreshMe();
  const regenerate = useRegenerateRecoveryCodes();
  const disable = useDisableMfa();
  const onApiError = useApiError();
  const [enrolling, setEnrolling] = useState(false);
  const [codes, setCodes] = useState<string[] | null>(null);

  const status = (
    <StatusTag tone={me.mfaEnabled ? 'good' : 'neutral'}>
      {me.mfaEnabled ? t('mfa.on') : t('mfa.off')}
    </StatusTag>
  );

  return (
    <Card title={<h2 className="card-title">{t('account.mfaTitle')}</h2>} extra={status}>
      {!me.mfaEnabled &&
        (enrolling ? (
          <MfaEnrolment
            onDone={() => {
              setEnrolling(false);
              void refreshMe();
            }}
          />
        ) : (
          <Space direction="vertical">
            <Typography.Paragraph style={{ margin: 0 }}>{t('mfa.intro')}</Typography.Paragraph>
            <Button
              type="primary"
              onClick={() => setEnrolling(true)}
              data-testid="account-mfa-enrol"
            >
              {t('mfa.enrol')}
            </Button>
          </Space>
        ))}
      {me.mfaEnabled && (
        <Space direction="vertical" size="middle">
          {me.mfaRequired && <Alert type="info" showIcon message={t('mfa.mandatory')} />}
          <Space wrap>
            <PasswordConfirmModal
              title={t('mfa.regenerate')}
              trigger={<Button data-testid="account-mfa-codes">{t('mfa.regenerate')}</Button>}
              onConfirm={(password, form) =>
                regenerate
                  .mutateAsync(password)
                  .then((result) => {
                    setCodes(result.recoveryCodes);
                    return true;
                  })
                  .catch((error: unknown) => onApiError(error, form))
              }
            />
            {!me.mfaRequired && (
              <PasswordConfirmModal
                title={t('mfa.disable')}
                danger
                trigger={<Button danger>{t('mfa.disable')}</Button>}
                onConfirm={(password, form) =>
                  disable
                    .mutateAsync(password)
                    .then(() => true)
                    .catch((error: unknown) => onApiError(error, form))
                }
              />
            )}
          </Space>
        </Space>
      )}
      <Modal
        open={codes !== null}
        title={t('mfa.recoveryCodes')}
        onCancel={() => setCodes(null)}
        onOk={() => setCodes(null)}
        okText={t('mfa.saved')}
        cancelButtonProps={{ style: { display: 'none' } }}
      >
        {codes && <RecoveryCodes codes={codes} />}
      </Modal>
    </Card>
  );
}
