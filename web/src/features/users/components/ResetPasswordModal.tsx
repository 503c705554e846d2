import { ModalForm } from '@ant-design/pro-components';
import type { User } from '@contracts';
import { Alert, App, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiError } from '../../../api/useApiError.ts';
import { NewPasswordField } from '../../../components/credentials/NewPasswordField.tsx';
import { useSubmitter } from '../../../components/useSubmitter.ts';
import { useResetUserPassword } from '../queries.ts';

/** Sets a temporary password; the holder must change it at the next login. */
export function ResetPasswordModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { t } = useTranslation();
  const submitter = useSubmitter();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ newPassword: string }>();
  const reset = useResetUserPassword();
  const onApiError = useApiError();
  if (!user) return null;

  return (
    <ModalForm<{ newPassword: string }>
      name="resetPassword"
      key={user.id}
      title={t('users.resetPasswordTitle', { username: user.username })}
      open
      form={form}
      width={480}
      onOpenChange={(next) => !next && onClose()}
      submitter={submitter}
      modalProps={{ destroyOnHidden: true }}
      onFinish={async ({ newPassword }) =>
        reset
          .mutateAsync({ user, newPassword })
          .then(() => {
            void message.success(t('users.passwordReset'));
            return true;
          })
          .catch((error: unknown) => onApiError(error, form))
      }
    >
      <Alert
        type="info"
        showIcon
        message={t('users.resetPasswordHelp')}
        style={{ marginBottom: 16 }}
      />
      <NewPasswordField name="newPassword" label={t('users.temporaryPassword')} />
    </ModalForm>
  );
}
