import { PASSWORD_MAX_LENGTH } from '@contracts';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { passwordAcceptable, passwordChecks } from './passwordChecks.ts';
import { PasswordRules } from './PasswordRules.tsx';

/** A new password field inside a form, with the rules ticked off live below it. */
export function NewPasswordField({
  name,
  label,
  testId,
}: {
  name: string;
  label: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const value: unknown = Form.useWatch(name);
  const password = typeof value === 'string' ? value : '';
  return (
    <>
      <Form.Item
        name={name}
        label={label}
        rules={[
          { required: true, message: t('form.required') },
          {
            validator: async (_rule, v: unknown) =>
              typeof v === 'string' && passwordAcceptable(v)
                ? undefined
                : Promise.reject(new Error(t('password.invalid'))),
          },
        ]}
      >
        <Input.Password
          autoComplete="new-password"
          maxLength={PASSWORD_MAX_LENGTH}
          data-testid={testId}
        />
      </Form.Item>
      <PasswordRules checks={passwordChecks(password, undefined, undefined)} />
    </>
  );
}
