import { LockOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputRef } from 'antd';
import { Link } from 'react-router';
import { ApiError } from '../../../api/client.ts';
import { AuthFrame } from '../components/AuthFrame.tsx';
import { useLogin } from '../queries.ts';

type Values = { username: string; password: string; otp?: string };
type Notice = { type: 'error' | 'info' | 'warning'; text: string };

const WARNINGS = new Set(['ADDRESS_THROTTLED', 'RATE_LIMITED']);

/** Username and password; a second step for the authenticator code when the account has one. */
export default function LoginPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const login = useLogin();
  const [needsOtp, setNeedsOtp] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const otpInput = useRef<InputRef>(null);

  useEffect(() => {
    if (needsOtp) otpInput.current?.focus();
  }, [needsOtp]);

  const submit = (values: Values) => {
    setNotice(null);
    const otp = values.otp?.trim();
    login.mutate(
      {
        username: values.username.trim(),
        password: values.password,
        ...(needsOtp && otp ? { otp } : {}),
      },
      {
        onError: (error) => {
          if (!(error instanceof ApiError))
            return setNotice({ type: 'error', text: String(error) });
          if (error.code === 'MFA_REQUIRED') {
            setNeedsOtp(true);
            return setNotice({ type: 'info', text: error.message });
          }
          if (needsOtp) form.setFieldValue('otp', '');
          setNotice({ type: WARNINGS.has(error.code) ? 'warning' : 'error', text: error.message });
        },
      },
    );
  };

  return (
    <AuthFrame title={t('login.title')}>
      <Form
        name="login"
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        data-testid="login-form"
      >
        {notice && (
          <Alert
            type={notice.type}
            showIcon
            message={notice.text}
            role="alert"
            style={{ marginBottom: 16 }}
            data-testid="login-error"
          />
        )}
        <Form.Item
          name="username"
          label={t('login.username')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Input
            prefix={<UserOutlined aria-hidden />}
            autoComplete="username"
            autoFocus
            disabled={needsOtp}
            data-testid="login-username"
          />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('login.password')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Input.Password
            prefix={<LockOutlined aria-hidden />}
            autoComplete="current-password"
            disabled={needsOtp}
            data-testid="login-password"
          />
        </Form.Item>
        {needsOtp && (
          <Form.Item
            name="otp"
            label={t('login.otp')}
            extra={t('login.otpHelp')}
            rules={[
              {
                required: true,
                pattern: /^\s*(\d{6}|[a-z0-9]{4}-[a-z0-9]{4})\s*$/,
                message: t('login.otpFormat'),
              },
            ]}
          >
            <Input
              ref={otpInput}
              prefix={<SafetyOutlined aria-hidden />}
              inputMode="numeric"
              autoComplete="one-time-code"
              data-testid="login-otp"
            />
          </Form.Item>
        )}
        <Button
          type="primary"
          htmlType="submit"
          block
          loading={login.isPending}
          data-testid="login-submit"
        >
          {t('login.submit')}
        </Button>
        {needsOtp && (
          <Button
            type="link"
            block
            style={{ marginTop: 8 }}
            onClick={() => {
              setNeedsOtp(false);
              setNotice(null);
              form.resetFields(['otp', 'password']);
            }}
          >
            {t('login.back')}
          </Button>
        )}
      </Form>
      <footer style={{ marginTop: 16, textAlign: 'center' }}>
        <Link to="/public/designations" data-testid="login-public-designations">
          {t('login.publicDesignations')}
        </Link>
      </footer>
    </AuthFrame>
  );
}
