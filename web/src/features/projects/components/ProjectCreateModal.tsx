import { ModalForm, ProFormSelect, ProFormText } from '@ant-design/pro-components';
import { PROJECT_KINDS, PROJECT_KIND_LABELS, type ProjectCreate } from '@contracts';
import { App, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiError } from '../../../api/useApiError.ts';
import { usePortLabels } from '../../../components/portLabels.ts';
import { PortSelect } from '../../../components/PortSelect.tsx';
import { useSubmitter } from '../../../components/useSubmitter.ts';
import { useCreateProject } from '../queries.ts';

/** A new port, or a new designated category at a port, entering the five gates at planning. */
export function ProjectCreateModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const submitter = useSubmitter();
  const labels = usePortLabels();
  const [form] = Form.useForm<ProjectCreate>();
  const create = useCreateProject();
  const onApiError = useApiError();
  return (
    <ModalForm<ProjectCreate>
      name="projectCreate"
      title={t('projects.create')}
      open={open}
      form={form}
      width={560}
      initialValues={{ kind: 'new_category' }}
      onOpenChange={(next) => !next && onClose()}
      submitter={submitter}
      modalProps={{ destroyOnHidden: true }}
      onFinish={async (values) =>
        create
          .mutateAsync(values)
          .then(() => {
            void message.success(t('common.saved'));
            return true;
          })
          .catch((error: unknown) => onApiError(error, form))
      }
    >
      <Form.Item
        name="portId"
        label={t('facilities.port')}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <PortSelect testId="project-port" />
      </Form.Item>
      <ProFormSelect
        name="kind"
        label={t('projects.kind')}
        allowClear={false}
        options={PROJECT_KINDS.map((kind) => ({
          value: kind,
          label: PROJECT_KIND_LABELS[kind][labels.lang === 'en' ? 'en' : 'zh'],
        }))}
      />
      <ProFormText
        name="title"
        label={t('projects.title')}
        rules={[{ required: true, min: 2, message: t('form.required') }]}
        fieldProps={{ maxLength: 200 }}
      />
      <ProFormSelect
        name="categories"
        label={t('projects.categories')}
        mode="multiple"
        rules={[{ required: true, message: t('form.required') }]}
        options={labels.categories.map((c) => ({ value: c.code, label: labels.name(c) }))}
      />
    </ModalForm>
  );
}
