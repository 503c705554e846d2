import {
  ModalForm,
  ProFormDatePicker,
  ProFormSelect,
  ProFormText,
  ProFormTextArea,
} from '@ant-design/pro-components';
import type { Port } from '@contracts';
import { App, Form } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useApiError } from '../../../api/useApiError.ts';
import { usePortLabels } from '../../../components/portLabels.ts';
import { useSubmitter } from '../../../components/useSubmitter.ts';
import { useGrantDesignation } from '../queries.ts';

type Values = { categoryCode: string; effectiveDate: string; legalBasis: string; reason?: string };

/** Records an approved designation for a category the port does not have yet. */
export function DesignationGrantModal({
  open,
  port,
  taken,
  onClose,
}: {
  open: boolean;
  port: Port;
  taken: string[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const submitter = useSubmitter();
  const labels = usePortLabels();
  const [form] = Form.useForm<Values>();
  const grant = useGrantDesignation();
  const onApiError = useApiError();
  const options = labels.categories
    .filter((c) => !taken.includes(c.code))
    .map((c) => ({ value: c.code, label: labels.name(c) }));

  return (
    <ModalForm<Values>
      name="designationGrant"
      title={t('ports.grantTitle', { port: labels.name(port) })}
      open={open}
      form={form}
      width={520}
      initialValues={{ effectiveDate: dayjs().format('YYYY-MM-DD') }}
      onOpenChange={(next) => !next && onClose()}
      submitter={submitter}
      modalProps={{ destroyOnHidden: true }}
      onFinish={(v) =>
        grant
          .mutateAsync({
            portId: port.id,
            body: {
              categoryCode: v.categoryCode,
              effectiveDate: v.effectiveDate,
              legalBasis: v.legalBasis.trim(),
              reason: v.reason?.trim() || null,
            },
          })
          .then(() => {
            void message.success(t('common.saved'));
            return true;
          })
          .catch((error: unknown) => onApiError(error, form))
      }
    >
      <ProFormSelect
        name="categoryCode"
        label={t('ports.category')}
        options={options}
        rules={[{ required: true, message: t('form.required') }]}
      />
      <ProFormDatePicker
        name="effectiveDate"
        label={t('ports.effectiveDate')}
        rules={[{ required: true, message: t('form.required') }]}
      />
      <ProFormText
        name="legalBasis"
        label={t('ports.legalBasis')}
        tooltip={t('ports.legalBasisHelp')}
        rules={[{ required: true, whitespace: true, min: 2, message: t('common.reasonRule') }]}
        fieldProps={{ maxLength: 500 }}
      />
      <ProFormTextArea
        name="reason"
        label={t('ports.grantReason')}
        fieldProps={{ maxLength: 500, rows: 2 }}
      />
    </ModalForm>
  );
}
