import { PASSWORD_MAX_LENGTH } from '@contracts';
import { App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiError } from '../../api/useApiError.ts';
import { passwordChecks } from './passwordChecks.ts';
import { PasswordRules } from './PasswordRules.tsx';
import { useChangePassword } from './queries.ts';

type Values = { currentPassword: string; newPassword: string; confirmation: string };

/** Current password, new password twice, with the rules shown live. Used by the forced change and the account page. */
export function ChangePasswordForm({ onChanged }: { onChanged?: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const change = useChangePassword();
  const onApiError = useApiError();
  const current = Form.useWatch('currentPassword', form) ?? '';
  const password = Form.useWatch('newPassword', form) ?? '';
  const confirmation = Form.useWatch('confirmation', form) ?? '';
  const checks = passwordChecks(password, current, confirmation);

  const submit = (values: Values) =>
    change.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: () => {
          form.resetFields();
          void message.success(t('password.changed'));
          onChanged?.();
        },
        onError: (error) => onApiError(error, form),
      },
    );

  return (
    <Form
      name="changePassword"
      form={form}
      layout="vertical"
      onFinish={submit}
      requiredMark={false}
      style={{ maxWidth: 420 }}
    >
      <Form.Item
        name="currentPassword"
        label={t('password.current')}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <Input.Password
          autoComplete="current-password"
          maxLength={PASSWORD_MAX_LENGTH}
          data-testid="password-current"
        />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('password.new')}
        rules={[
          { required: true, message: t('form.required') },
          {
            validator: async () =>
              checks.slice(0, 3).every((c) => c.met)
                ? undefined
                : Promise.reject(new Error(t('password.invalid'))),
          },
        ]}
      >
        <Input.Password
          autoComplete="new-password"
          maxLength={PASSWORD_MAX_LENGTH}
          data-testid="password-new"
        />
      </Form.Item>
      <Form.Item
        name="confirmation"
        label={t('password.confirm')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('form.required') },
          {
            validator: async (_rule, value) =>
              value === form.getFieldValue('newPassword')
                ? undefined
                : Promise.reject(new Error(t('password.mismatch'))),
          },
        ]}
      >
        <Input.Password
          autoComplete="new-password"
          maxLength={PASSWORD_MAX_LENGTH}
          data-testid="password-confirm"
        />
      </Form.Item>
      <PasswordRules checks={checks} />
      <Button
        type="primary"
        htmlType="submit"
        loading={change.isPending}
        data-testid="password-submit"
      >
        {t('password.submit')}
      </Button>
    </Form>
  );
}
