import {
  ModalForm,
  ProFormDatePicker,
  ProFormText,
  ProFormTextArea,
} from '@ant-design/pro-components';
import type { Designation, DesignationStatus } from '@contracts';
import { App, Form } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useApiError } from '../../../api/useApiError.ts';
import { usePortLabels } from '../../../components/portLabels.ts';
import { useSubmitter } from '../../../components/useSubmitter.ts';
import { useChangeDesignation } from '../queries.ts';

type Values = { effectiveDate: string; legalBasis: string; reason: string };
const VERB = { suspended: 'suspend', withdrawn: 'withdraw', approved: 'reinstate' } as const;

/** Suspends, withdraws or reinstates one category, with date, legal basis and reason. */
export function DesignationChangeModal({
  change,
  onClose,
}: {
  change: { designation: Designation; status: DesignationStatus } | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const submitter = useSubmitter();
  const labels = usePortLabels();
  const [form] = Form.useForm<Values>();
  const mutation = useChangeDesignation();
  const onApiError = useApiError();
  const required = [{ required: true, whitespace: true, min: 2, message: t('common.reasonRule') }];
  const title = change
    ? t(`ports.designationTitle.${VERB[change.status]}`, {
        category: labels.category(change.designation.categoryCode),
      })
    : '';

  return (
    <ModalForm<Values>
      name="designationChange"
      title={title}
      open={change !== null}
      form={form}
      width={520}
      initialValues={{ effectiveDate: dayjs().format('YYYY-MM-DD') }}
      onOpenChange={(next) => !next && onClose()}
      submitter={submitter}
      modalProps={{
        destroyOnHidden: true,
        okButtonProps: { danger: change?.status !== 'approved' },
      }}
      onFinish={(v) =>
        change
          ? mutation
              .mutateAsync({
                id: change.designation.id,
                body: {
                  version: change.designation.version,
                  status: change.status,
                  effectiveDate: v.effectiveDate,
                  legalBasis: v.legalBasis.trim(),
                  reason: v.reason.trim(),
                },
              })
              .then(() => {
                void message.success(t('common.saved'));
                return true;
              })
              .catch((error: unknown) => onApiError(error, form))
          : Promise.resolve(true)
      }
    >
      <ProFormDatePicker
        name="effectiveDate"
        label={t('ports.effectiveDate')}
        rules={[{ required: true, message: t('form.required') }]}
      />
      <ProFormText
        name="legalBasis"
        label={t('ports.legalBasis')}
        tooltip={t('ports.legalBasisHelp')}
        rules={required}
        fieldProps={{ maxLength: 500 }}
      />
      <ProFormTextArea
        name="reason"
        label={t('common.reason')}
        rules={required}
        fieldProps={{ maxLength: 500, showCount: true, rows: 3 }}
      />
    </ModalForm>
  );
}
