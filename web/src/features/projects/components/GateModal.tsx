import { ModalForm, ProFormDatePicker, ProFormTextArea } from '@ant-design/pro-components';
import type { Project } from '@contracts';
import { App, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiError } from '../../../api/useApiError.ts';
import { useSubmitter } from '../../../components/useSubmitter.ts';
import { useUpdateGate } from '../queries.ts';

type Values = {
  plannedDate?: string | null;
  actualDate?: string | null;
  documents?: string | null;
};

/** Dates and documents of a project's current gate. */
export function GateModal({ project, onClose }: { project: Project | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const submitter = useSubmitter();
  const [form] = Form.useForm<Values>();
  const update = useUpdateGate();
  const onApiError = useApiError();
  const gate = project?.gates.find((g) => g.gate === project.currentGate);
  return (
    <ModalForm<Values>
      name="projectGate"
      title={
        project ? `${project.title} · ${t(`projects.gate.${project.currentGate ?? 'done'}`)}` : ''
      }
      open={project !== null}
      form={form}
      width={480}
      initialValues={gate ?? {}}
      onOpenChange={(next) => !next && onClose()}
      submitter={submitter}
      modalProps={{ destroyOnHidden: true }}
      onFinish={(v) =>
        project && gate
          ? update
              .mutateAsync({
                project,
                gate: gate.gate,
                body: {
                  plannedDate: v.plannedDate || null,
                  actualDate: v.actualDate || null,
                  documents: v.documents?.trim() || null,
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
      <ProFormDatePicker name="plannedDate" label={t('projects.planned')} />
      <ProFormDatePicker name="actualDate" label={t('projects.actual')} />
      <ProFormTextArea
        name="documents"
        label={t('projects.documents')}
        fieldProps={{ maxLength: 2000, rows: 3 }}
      />
    </ModalForm>
  );
}
