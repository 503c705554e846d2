import { Alert, Button, Form, Input, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiError } from '../../api/useApiError.ts';
import { useConfirmMfa, useStartMfaEnrolment } from './queries.ts';
import { RecoveryCodes } from './RecoveryCodes.tsx';

/** Enrol an authenticator app: QR code and secret, a code to confirm, then the recovery codes once. */
export function MfaEnrolment({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ otp: string }>();
  const start = useStartMfaEnrolment();
  const confirm = useConfirmMfa();
  const onApiError = useApiError();

  if (confirm.data) {
    return (
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Alert type="success" showIcon message={t('mfa.enabled')} />
        <RecoveryCodes codes={confirm.data.recoveryCodes} />
        <Button type="primary" onClick={onDone} data-testid="mfa-done">
          {t('mfa.savedContinue')}
        </Button>
      </Space>
    );
  }

  if (!start.data) {
    return (
      <Space direction="vertical" size="middle">
        <Typography.Paragraph style={{ margin: 0 }}>{t('mfa.intro')}</Typography.Paragraph>
        <Button
          type="primary"
          loading={start.isPending}
          onClick={() => start.mutate(undefined, { onError: (error) => onApiError(error) })}
          data-testid="mfa-start"
        >
          {t('mfa.start')}
        </Button>
      </Space>
    );
  }

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Paragraph style={{ margin: 0 }}>{t('mfa.scan')}</Typography.Paragraph>
      <img
        src={start.data.qrDataUrl}
        alt={t('mfa.qrAlt')}
        width={200}
        height={200}
        data-testid="mfa-qr"
        style={{ border: '1px solid #d9d9d9', borderRadius: 8 }}
      />
      <div>
        <Typography.Text>{t('mfa.secretLabel')}</Typography.Text>{' '}
        <Typography.Text code copyable data-testid="mfa-secret">
          {start.data.secret}
        </Typography.Text>
      </div>
      <Form
        name="mfaConfirm"
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={({ otp }) =>
          confirm.mutate(otp.trim(), { onError: (error) => onApiError(error, form) })
        }
        style={{ maxWidth: 320 }}
      >
        <Form.Item
          name="otp"
          label={t('mfa.codeLabel')}
          rules={[{ required: true, pattern: /^\s*\d{6}\s*$/, message: t('mfa.codeFormat') }]}
        >
          <Input
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            data-testid="mfa-code"
          />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          loading={confirm.isPending}
          data-testid="mfa-confirm"
        >
          {t('mfa.confirm')}
        </Button>
      </Form>
    </Space>
  );
}
