import {
  TASK_KIND_LABELS,
  TASK_KINDS,
  TASK_VIEWS,
  type Task,
  type TaskKind,
  type TaskView,
} from '@contracts';
import { Badge, Card, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ExportButton } from '../../../components/ExportButton.tsx';
import { useLabels } from '../../../i18n/labels.ts';
import { exportTasks, useTaskCounts, useTasks } from '../queries.ts';

/** The signed-in person's work: one tab per view with its count, each row one click to the record. */
export function WorkQueue() {
  const { t } = useTranslation();
  const labels = useLabels();
  const [view, setView] = useState<TaskView>('mine');
  const [kind, setKind] = useState<TaskKind | undefined>(undefined);
  const [page, setPage] = useState({ page: 1, pageSize: 10 });
  const counts = useTaskCounts();
  const list = useTasks({ view, ...(kind ? { kind } : {}), ...page });

  const columns: ColumnsType<Task> = [
    {
      title: t('work.kind'),
      dataIndex: 'kind',
      width: 170,
      render: (_, task) => (
        <Tag color="blue">{TASK_KIND_LABELS[task.kind][labels.lang === 'en' ? 'en' : 'zh']}</Tag>
      ),
    },
    {
      title: t('work.concerning'),
      dataIndex: 'titleZh',
      render: (_, task) => (
        <Link to={task.link} data-testid={`task-link-${task.id}`}>
          {labels.lang === 'en' ? task.titleEn : task.titleZh}
        </Link>
      ),
    },
    {
      title: t('work.unit'),
      dataIndex: 'unitNameZh',
      width: 220,
      render: (_, task) => labels.name({ nameZh: task.unitNameZh, nameEn: task.unitNameEn }),
    },
    {
      title: t('work.due'),
      dataIndex: 'dueDate',
      width: 130,
      render: (_, task) =>
        task.dueDate === null ? (
          '—'
        ) : task.overdue ? (
          <Typography.Text type="danger">
            {task.dueDate} · {t('work.overdue')}
          </Typography.Text>
        ) : (
          task.dueDate
        ),
    },
  ];

  return (
    <Card
      data-testid="work-queue"
      title={<h2 className="card-title">{t('work.title')}</h2>}
      extra={
        <Space wrap>
          <Select<TaskKind>
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('work.allKinds')}
            aria-label={t('work.kind')}
            style={{ minWidth: 180 }}
            value={kind}
            onChange={(next) => {
              setKind(next);
              setPage((p) => ({ ...p, page: 1 }));
            }}
            options={TASK_KINDS.map((k) => ({
              value: k,
              label: TASK_KIND_LABELS[k][labels.lang === 'en' ? 'en' : 'zh'],
            }))}
            data-testid="work-kind"
          />
          <ExportButton testId="work-export" onExport={() => exportTasks(view, kind)} />
        </Space>
      }
    >
      <Tabs
        activeKey={view}
        onChange={(key) => {
          setView(key as TaskView);
          setPage((p) => ({ ...p, page: 1 }));
        }}
        items={TASK_VIEWS.map((key) => ({
          key,
          label: (
            <span data-testid={`work-tab-${key}`}>
              {t(`work.views.${key}`)}{' '}
              <Badge
                count={counts.data?.[key] ?? 0}
                showZero
                overflowCount={999}
                color={key === 'overdue' && (counts.data?.overdue ?? 0) > 0 ? 'red' : 'blue'}
              />
            </span>
          ),
        }))}
      />
      <Table<Task>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        locale={{ emptyText: t('work.empty') }}
        onRow={(task) => ({ 'data-testid': `task-${task.kind}` }) as HTMLAttributes<HTMLElement>}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50],
          onChange: (p, pageSize) => setPage({ page: p, pageSize }),
        }}
      />
    </Card>
  );
}
