import { PageContainer } from '@ant-design/pro-components';
import { PROJECT_GATES, type Project } from '@contracts';
import { PlusOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Col, Empty, Row, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignedIn } from '../../../api/session.ts';
import { GateModal } from '../components/GateModal.tsx';
import { ProjectCard } from '../components/ProjectCard.tsx';
import { ProjectCreateModal } from '../components/ProjectCreateModal.tsx';
import { useProjects } from '../queries.ts';

const COLUMNS = [...PROJECT_GATES, 'done'] as const;

/** New-port and new-function projects by the gate they stand at (五统一), planning to acceptance. */
export default function ProjectsPage() {
  const { t } = useTranslation();
  const { data, isPending } = useProjects();
  const [editing, setEditing] = useState<Project | null>(null);
  const [creating, setCreating] = useState(false);
  const me = useSignedIn();
  const projects = data?.items ?? [];
  return (
    <PageContainer
      title={t('nav.projects')}
      content={t('projects.intro')}
      extra={
        me.permissions.includes('project.write') ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="project-create"
          >
            {t('projects.create')}
          </Button>
        ) : null
      }
    >
      <ProjectCreateModal open={creating} onClose={() => setCreating(false)} />
      {isPending ? (
        <Spin style={{ display: 'block', margin: 48 }} />
      ) : (
        <Row gutter={12} wrap={false} style={{ overflowX: 'auto' }}>
          {COLUMNS.map((column) => {
            const here = projects.filter((p) => (p.currentGate ?? 'done') === column);
            return (
              <Col key={column} flex="1 0 180px">
                <Card
                  size="small"
                  title={
                    <h2 className="card-title">
                      {t(`projects.gate.${column}`)}{' '}
                      <Badge count={here.length} showZero color="#595959" />
                    </h2>
                  }
                  style={{ background: '#f5f7fa', minHeight: 300 }}
                  data-testid={`projects-column-${column}`}
                >
                  {here.length ? (
                    here.map((p) => <ProjectCard key={p.id} project={p} onEdit={setEditing} />)
                  ) : (
                    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
                  )}
                </Card>
              </Col>
            );
          })}
        </Row>
      )}
      <GateModal project={editing} onClose={() => setEditing(null)} />
    </PageContainer>
  );
}
