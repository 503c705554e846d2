import { PROJECT_GATE_LABELS, PROJECT_KIND_LABELS, type Project } from '@contracts';
import { App, Button, Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../../api/client.ts';
import { useApiError } from '../../../api/useApiError.ts';
import { usePortLabels } from '../../../components/portLabels.ts';
import { useSignGate } from '../queries.ts';
import { RowAction } from '../../../components/RowAction.tsx';

/** One project on the board: port, categories, the current gate's dates and what the user may do. */
export function ProjectCard({
  project,
  onEdit,
}: {
  project: Project;
  onEdit: (project: Project) => void;
}) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const labels = usePortLabels();
  const sign = useSignGate();
  const onApiError = useApiError();
  const gate = project.gates.find((g) => g.gate === project.currentGate);
  const doSign = () =>
    gate &&
    sign
      .mutateAsync({ project, gate: gate.gate })
      .then(() => void message.success(t('projects.signed')))
      .catch((error: unknown) => {
        // Acceptance refused: the server names the facility types still missing.
        if (error instanceof ApiError && error.status === 422)
          modal.error({
            title: t('projects.refused'),
            content: <p data-testid="project-refusal">{error.message}</p>,
          });
        else onApiError(error);
      });

  return (
    <Card size="small" style={{ marginBottom: 12 }} data-testid={`project-card-${project.id}`}>
      <Typography.Text strong>{project.title}</Typography.Text>
      <div style={{ fontSize: 12, margin: '4px 0' }}>
        <Link
          to={`/ports/${project.portId}`}
        >{`${project.portCode} ${labels.name({ nameZh: project.portNameZh, nameEn: project.portNameEn })}`}</Link>
        {` · ${PROJECT_KIND_LABELS[project.kind][labels.lang === 'en' ? 'en' : 'zh']}`}
      </div>
      <div style={{ fontSize: 12 }}>
        {project.categories.map(labels.category).join(labels.lang === 'en' ? ', ' : '、')}
      </div>
      {gate && (
        <div style={{ fontSize: 12, marginTop: 4 }}>
          {t('projects.planned')}：{gate.plannedDate ?? '—'} · {t('projects.actual')}：
          {gate.actualDate ?? '—'}
        </div>
      )}
      <Space size={0} style={{ marginTop: 4 }}>
        {gate?.can.edit && (
          <RowAction onClick={() => onEdit(project)} testId={`project-edit-${project.id}`}>
            {t('projects.record')}
          </RowAction>
        )}
        {gate?.can.sign && (
          <Button
            type="link"
            size="small"
            loading={sign.isPending}
            onClick={doSign}
            data-testid={`project-sign-${project.id}`}
          >
            {t('projects.sign', {
              gate: PROJECT_GATE_LABELS[gate.gate][labels.lang === 'en' ? 'en' : 'zh'],
            })}
          </Button>
        )}
      </Space>
    </Card>
  );
}
