import { ModalForm, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import type { CatalogCreate } from '@contracts';
import { App, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiError } from '../../../api/useApiError.ts';
import { useSubmitter } from '../../../components/useSubmitter.ts';
import { useCreateCatalog } from '../queries.ts';

/** A new, empty catalog; its first draft version is filled in item by item. */
export function CatalogCreateModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const submitter = useSubmitter();
  const [form] = Form.useForm<CatalogCreate>();
  const create = useCreateCatalog();
  const onApiError = useApiError();
  const required = [{ required: true, message: t('form.required') }];
  return (
    <ModalForm<CatalogCreate>
      name="catalogCreate"
      title={t('catalogs.create')}
      open={open}
      form={form}
      width={560}
      onOpenChange={(next) => !next && onClose()}
      submitter={submitter}
      modalProps={{ destroyOnHidden: true }}
      onFinish={(v) =>
        create
          .mutateAsync({
            code: v.code.trim(),
            nameZh: v.nameZh.trim(),
            nameEn: v.nameEn.trim(),
            source: v.source?.trim() ?? '',
          })
          .then(() => {
            void message.success(t('common.saved'));
            return true;
          })
          .catch((error: unknown) => onApiError(error, form))
      }
    >
      <ProFormText
        name="code"
        label={t('catalogs.code')}
        rules={required}
        extra={t('catalogs.codeHint')}
        fieldProps={{ maxLength: 40, 'data-testid': 'catalog-code' }}
      />
      <ProFormText
        name="nameZh"
        label={t('catalogs.nameZh')}
        rules={required}
        fieldProps={{ maxLength: 200 }}
      />
      <ProFormText
        name="nameEn"
        label={t('catalogs.nameEn')}
        rules={required}
        fieldProps={{ maxLength: 200 }}
      />
      <ProFormTextArea
        name="source"
        label={t('catalogs.source')}
        fieldProps={{ maxLength: 2000, rows: 3 }}
      />
    </ModalForm>
  );
}
