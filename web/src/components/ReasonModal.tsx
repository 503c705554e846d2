import { ModalForm, ProFormTextArea } from '@ant-design/pro-components';
import { Form, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmitter } from './useSubmitter.ts';

type Props = {
  open: boolean;
  title: string;
  description?: ReactNode;
  danger?: boolean;
  onClose: () => void;
  /** Resolves true when the modal should close. */
  onSubmit: (reason: string, form: FormInstance<{ reason: string }>) => Promise<boolean>;
};

/** Archiving, disabling or revoking: each asks why, and the reason goes to the audit trail. */
export function ReasonModal({ open, title, description, danger, onClose, onSubmit }: Props) {
  const { t } = useTranslation();
  const submitter = useSubmitter();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <ModalForm<{ reason: string }>
      name="reason"
      title={title}
      open={open}
      form={form}
      width={480}
      onOpenChange={(next) => !next && onClose()}
      submitter={submitter}
      modalProps={{ destroyOnHidden: true, okButtonProps: { danger } }}
      onFinish={({ reason }) => onSubmit(reason.trim(), form)}
    >
      {description}
      <ProFormTextArea
        name="reason"
        label={t('common.reason')}
        rules={[{ required: true, whitespace: true, min: 2, message: t('common.reasonRule') }]}
        fieldProps={{ maxLength: 500, showCount: true, rows: 3 }}
      />
    </ModalForm>
  );
}
