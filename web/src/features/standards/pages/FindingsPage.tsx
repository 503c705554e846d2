import { PageContainer, type ProColumns } from '@ant-design/pro-components';
import { ASPECTS, RECTIFICATION_STATUSES, type Finding } from '@contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '../../../components/ExportButton.tsx';
import { ServerTable } from '../../../components/ServerTable.tsx';
import { StatusTag } from '../../../components/StatusTag.tsx';
import { exportFindings, useFindings } from '../assessmentQueries.ts';
import { FindingDrawer } from '../components/FindingDrawer.tsx';
import { RECTIFICATION_TONES, useStandardLabels } from '../labels.ts';
import type { FindingFilters, FindingListParams } from '../queries.ts';
import { RowAction } from '../../../components/RowAction.tsx';

type Search = Pick<FindingFilters, 'status' | 'aspect' | 'overdue' | 'mine'>;

/** Findings raised by assessments and their rectification, filtered; the drawer plans, submits and verifies. */
export default function FindingsPage() {
  const { t } = useTranslation();
  const labels = useStandardLabels();
  const [params, setParams] = useState<FindingListParams>({ page: 1, pageSize: 20 });
  const [openId, setOpenId] = useState<string | null>(null);
  const list = useFindings(params);
  const filters: FindingFilters = {
    status: params.status,
    aspect: params.aspect,
    overdue: params.overdue,
    mine: params.mine,
    campaignId: params.campaignId,
    portId: params.portId,
  };
  const yesNo = { true: { text: t('findings.yes') }, false: { text: t('findings.no') } };

  const columns: ProColumns<Finding>[] = [
    { title: t('findings.port'), dataIndex: 'portCode', search: false, width: 130 },
    { title: t('catalogs.itemCode'), dataIndex: 'itemCode', search: false, width: 200 },
    {
      title: t('findings.item'),
      dataIndex: 'titleZh',
      search: false,
      width: 280,
      render: (_, f) => labels.title(f),
    },
    {
      title: t('catalogs.aspect'),
      dataIndex: 'aspect',
      width: 120,
      valueType: 'select',
      valueEnum: Object.fromEntries(ASPECTS.map((a) => [a, { text: labels.aspect(a) }])),
      render: (_, f) => labels.aspect(f.aspect),
    },
    {
      title: t('findings.grade'),
      dataIndex: 'grade',
      search: false,
      width: 110,
      render: (_, f) => labels.grade(f.grade),
    },
    {
      title: t('findings.status'),
      dataIndex: 'status',
      width: 130,
      valueType: 'select',
      valueEnum: Object.fromEntries(
        RECTIFICATION_STATUSES.map((s) => [s, { text: labels.findingStatus(s) }]),
      ),
      render: (_, f) => (
        <StatusTag tone={RECTIFICATION_TONES[f.status]}>{labels.findingStatus(f.status)}</StatusTag>
      ),
    },
    {
      title: t('findings.owner'),
      dataIndex: 'ownerName',
      search: false,
      width: 110,
      render: (_, f) => f.ownerName ?? '—',
    },
    {
      title: t('findings.dueDate'),
      dataIndex: 'dueDate',
      search: false,
      width: 130,
      render: (_, f) => (
        <>
          {f.dueDate ?? '—'}{' '}
          {f.overdue && <StatusTag tone="bad">{t('findings.overdue')}</StatusTag>}
        </>
      ),
    },
    {
      title: t('findings.priority'),
      dataIndex: 'priority',
      search: false,
      width: 70,
      render: (_, f) => labels.priority(f.priority),
    },
    {
      title: t('findings.overdue'),
      dataIndex: 'overdue',
      hideInTable: true,
      valueType: 'select',
      valueEnum: yesNo,
    },
    {
      title: t('findings.mine'),
      dataIndex: 'mine',
      hideInTable: true,
      valueType: 'select',
      valueEnum: yesNo,
    },
    {
      title: t('common.actions'),
      valueType: 'option',
      width: 80,
      render: (_, f) => (
        <RowAction onClick={() => setOpenId(f.id)} testId={`finding-open-${f.id}`}>
          {t('findings.detail')}
        </RowAction>
      ),
    },
  ];

  return (
    <PageContainer title={t('nav.findings')} content={t('findings.intro')}>
      <ServerTable
        rowKey="id"
        title={t('findings.listTitle')}
        columns={columns}
        list={list}
        params={params}
        onParams={setParams}
        search={(v: Search) => ({
          status: v.status,
          aspect: v.aspect,
          overdue: v.overdue,
          mine: v.mine,
        })}
        resetTo={{}}
        scroll={{ x: 1400 }}
        rowTestId={(f) => `finding-row-${f.portCode}-${f.itemCode}`}
        toolBar={[
          <ExportButton
            key="export"
            testId="findings-export"
            onExport={() => exportFindings(filters)}
          />,
        ]}
      />
      <FindingDrawer findingId={openId} onClose={() => setOpenId(null)} />
    </PageContainer>
  );
}
