import { ModalForm } from '@ant-design/pro-components';
import type { User } from '@contracts';
import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiError } from '../../../api/useApiError.ts';
import { OrgUnitTreeSelect } from '../../../components/OrgUnitTreeSelect.tsx';
import { useSubmitter } from '../../../components/useSubmitter.ts';
import { useUpdateUser } from '../queries.ts';

type Values = { displayName: string; orgUnitId: string };

/** Change an account's name or home unit. */
export function UserEditModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { t } = useTranslation();
  const submitter = useSubmitter();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const update = useUpdateUser();
  const onApiError = useApiError();
  if (!user) return null;

  return (
    <ModalForm<Values>
      name="userEdit"
      key={user.id}
      title={t('users.edit', { username: user.username })}
      open
      form={form}
      width={520}
      initialValues={{ displayName: user.displayName, orgUnitId: user.orgUnitId }}
      onOpenChange={(next) => !next && onClose()}
      submitter={submitter}
      modalProps={{ destroyOnHidden: true }}
      onFinish={async (values) =>
        update
          .mutateAsync({ user, ...values })
          .then(() => {
            void message.success(t('common.saved'));
            return true;
          })
          .catch((error: unknown) => onApiError(error, form))
      }
    >
      <Form.Item
        name="displayName"
        label={t('users.displayName')}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        name="orgUnitId"
        label={t('users.orgUnit')}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <OrgUnitTreeSelect />
      </Form.Item>
    </ModalForm>
  );
}
