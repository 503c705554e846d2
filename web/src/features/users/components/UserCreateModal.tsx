import { ModalForm } from '@ant-design/pro-components';
import type { Role, UserCreate, WorkingGroup } from '@contracts';
import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiError } from '../../../api/useApiError.ts';
import { NewPasswordField } from '../../../components/credentials/NewPasswordField.tsx';
import { OrgUnitTreeSelect } from '../../../components/OrgUnitTreeSelect.tsx';
import { useSubmitter } from '../../../components/useSubmitter.ts';
import { useCreateUser } from '../queries.ts';
import { GrantFields } from './GrantFields.tsx';
import { BUSINESS_ROLES } from './roleOptions.ts';

type Values = {
  username: string;
  displayName: string;
  orgUnitId: string;
  initialPassword: string;
  initialRole?: { role?: Role; orgUnitId?: string; workingGroup?: WorkingGroup };
};

function toBody(values: Values): UserCreate {
  const { initialRole, ...account } = values;
  const body: UserCreate = { ...account, username: account.username.trim() };
  if (initialRole?.role && initialRole.orgUnitId) {
    body.initialRole = {
      role: initialRole.role,
      orgUnitId: initialRole.orgUnitId,
      workingGroup: initialRole.role === 'wg_member' ? (initialRole.workingGroup ?? null) : null,
    };
  }
  return body;
}

/** A new account with a temporary password (changed at first login) and, optionally, its first business role. */
export function UserCreateModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const submitter = useSubmitter();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateUser();
  const onApiError = useApiError();

  return (
    <ModalForm<Values>
      name="userCreate"
      title={t('users.create')}
      open={open}
      form={form}
      width={600}
      onOpenChange={(next) => !next && onClose()}
      submitter={submitter}
      modalProps={{ destroyOnHidden: true }}
      onValuesChange={(changed: Partial<Values>) => {
        if (changed.orgUnitId && !form.getFieldValue(['initialRole', 'orgUnitId']))
          form.setFieldValue(['initialRole', 'orgUnitId'], changed.orgUnitId);
      }}
      onFinish={async (values) =>
        create
          .mutateAsync(toBody(values))
          .then(() => {
            void message.success(t('users.created'));
            return true;
          })
          .catch((error: unknown) => onApiError(error, form))
      }
    >
      <Form.Item
        name="username"
        label={t('users.username')}
        extra={t('users.usernameHelp')}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <Input maxLength={40} autoComplete="off" data-testid="user-username" />
      </Form.Item>
      <Form.Item
        name="displayName"
        label={t('users.displayName')}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <Input maxLength={100} data-testid="user-display-name" />
      </Form.Item>
      <Form.Item
        name="orgUnitId"
        label={t('users.orgUnit')}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <OrgUnitTreeSelect testId="user-org-unit" />
      </Form.Item>
      <NewPasswordField
        name="initialPassword"
        label={t('users.initialPassword')}
        testId="user-initial-password"
      />
      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <legend style={{ fontSize: 14, fontWeight: 600, marginBottom: 8 }}>
          {t('users.initialRole')}
        </legend>
        <GrantFields roles={BUSINESS_ROLES} prefix={['initialRole']} required={false} />
      </fieldset>
    </ModalForm>
  );
}
