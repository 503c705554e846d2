import { ModalForm, ProFormText } from '@ant-design/pro-components';
import { Form, type FormInstance } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmitter } from '../../../components/useSubmitter.ts';

type Props = {
  title: string;
  trigger: ReactElement;
  danger?: boolean;
  onConfirm: (password: string, form: FormInstance<{ password: string }>) => Promise<boolean>;
};

/** Asks for the current password before a sensitive change; onConfirm resolves true to close. */
export function PasswordConfirmModal({ title, trigger, danger, onConfirm }: Props) {
  const { t } = useTranslation();
  const submitter = useSubmitter();
  const [form] = Form.useForm<{ password: string }>();
  return (
    <ModalForm<{ password: string }>
      name="passwordConfirm"
      title={title}
      trigger={trigger}
      form={form}
      width={420}
      submitter={submitter}
      modalProps={{ destroyOnHidden: true, okButtonProps: { danger } }}
      onFinish={async ({ password }) => onConfirm(password, form)}
    >
      <ProFormText.Password
        name="password"
        label={t('password.current')}
        rules={[{ required: true, message: t('form.required') }]}
        fieldProps={{ autoComplete: 'current-password' }}
      />
    </ModalForm>
  );
}
