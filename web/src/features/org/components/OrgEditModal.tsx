import { ModalForm, ProFormText } from '@ant-design/pro-components';
import type { OrgUnit } from '@contracts';
import { App, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiError } from '../../../api/useApiError.ts';
import { useUpdateOrgUnit } from '../queries.ts';
import { useSubmitter } from '../../../components/useSubmitter.ts';

type Values = { nameZh: string; nameEn: string };

/** Rename a unit; its code and kind are fixed. */
export function OrgEditModal({ unit, onClose }: { unit: OrgUnit | null; onClose: () => void }) {
  const { t } = useTranslation();
  const submitter = useSubmitter();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const update = useUpdateOrgUnit();
  const onApiError = useApiError();

  return (
    <ModalForm<Values>
      name="orgEdit"
      title={t('org.edit', { code: unit?.code ?? '' })}
      open={unit !== null}
      form={form}
      width={520}
      initialValues={unit ? { nameZh: unit.nameZh, nameEn: unit.nameEn } : {}}
      onOpenChange={(next) => !next && onClose()}
      submitter={submitter}
      modalProps={{ destroyOnHidden: true }}
      onFinish={async (values) =>
        unit
          ? update
              .mutateAsync({ unit, ...values })
              .then(() => {
                void message.success(t('common.saved'));
                return true;
              })
              .catch((error: unknown) => onApiError(error, form))
          : true
      }
    >
      <ProFormText
        name="nameZh"
        label={t('org.nameZh')}
        rules={[{ required: true, message: t('form.required') }]}
        fieldProps={{ maxLength: 100 }}
      />
      <ProFormText
        name="nameEn"
        label={t('org.nameEn')}
        rules={[{ required: true, message: t('form.required') }]}
        fieldProps={{ maxLength: 200 }}
      />
    </ModalForm>
  );
}
