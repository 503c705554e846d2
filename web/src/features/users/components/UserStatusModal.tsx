import { ModalForm, ProFormRadio, ProFormTextArea } from '@ant-design/pro-components';
import { USER_STATUSES, type User, type UserStatus } from '@contracts';
import { App, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiError } from '../../../api/useApiError.ts';
import { useChangeUserStatus } from '../queries.ts';
import { useSubmitter } from '../../../components/useSubmitter.ts';

type Values = { status: UserStatus; reason: string };

/** Enable, disable or archive an account; the reason goes to the audit trail. */
export function UserStatusModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { t } = useTranslation();
  const submitter = useSubmitter();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const change = useChangeUserStatus();
  const onApiError = useApiError();
  if (!user) return null;
  const choices = USER_STATUSES.filter((status) => status !== user.status);

  return (
    <ModalForm<Values>
      name="userStatus"
      key={user.id}
      title={t('users.statusTitle', { username: user.username })}
      open
      form={form}
      width={480}
      initialValues={{ status: choices[0] }}
      onOpenChange={(next) => !next && onClose()}
      submitter={submitter}
      modalProps={{ destroyOnHidden: true }}
      onFinish={async ({ status, reason }) =>
        change
          .mutateAsync({ user, status, reason: reason.trim() })
          .then(() => {
            void message.success(t('common.saved'));
            return true;
          })
          .catch((error: unknown) => onApiError(error, form))
      }
    >
      <ProFormRadio.Group
        name="status"
        label={t('users.newStatus')}
        radioType="button"
        options={choices.map((status) => ({ value: status, label: t(`users.status.${status}`) }))}
        rules={[{ required: true, message: t('form.required') }]}
      />
      <ProFormTextArea
        name="reason"
        label={t('common.reason')}
        rules={[{ required: true, whitespace: true, min: 2, message: t('common.reasonRule') }]}
        fieldProps={{ maxLength: 500, showCount: true, rows: 3 }}
      />
    </ModalForm>
  );
}
