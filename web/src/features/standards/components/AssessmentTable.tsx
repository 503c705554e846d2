import type { ProColumns } from '@ant-design/pro-components';
import { ASSESSMENT_STATUSES, type AssessmentSummary } from '@contracts';
import { Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ExportButton } from '../../../components/ExportButton.tsx';
import { PortSelect } from '../../../components/PortSelect.tsx';
import { ServerTable } from '../../../components/ServerTable.tsx';
import { StatusTag } from '../../../components/StatusTag.tsx';
import { exportAssessments, useAssessments } from '../assessmentQueries.ts';
import { ASSESSMENT_STATUS_TONES, useStandardLabels } from '../labels.ts';
import { useCampaigns, type AssessmentFilters, type AssessmentListParams } from '../queries.ts';

export const assessmentPath = (id: string) => `/standards/assessments/${id}`;

/** Assessments in scope, server-paginated; filtered by campaign (unless fixed), port and status; Excel export. */
export function AssessmentTable({ campaignId }: { campaignId?: string }) {
  const { t } = useTranslation();
  const labels = useStandardLabels();
  const [params, setParams] = useState<AssessmentListParams>({ page: 1, pageSize: 20 });
  const query = { ...params, campaignId: campaignId ?? params.campaignId };
  const list = useAssessments(query);
  const { data: campaigns } = useCampaigns({ page: 1, pageSize: 200 });
  const filters: AssessmentFilters = {
    campaignId: query.campaignId,
    portId: query.portId,
    status: query.status,
    sort: query.sort,
  };

  const columns: ProColumns<AssessmentSummary>[] = [
    {
      title: t('assessments.campaign'),
      dataIndex: 'campaignId',
      hideInSearch: Boolean(campaignId),
      hideInTable: Boolean(campaignId),
      valueType: 'select',
      valueEnum: Object.fromEntries(
        (campaigns?.items ?? []).map((c) => [c.id, { text: `${c.code} ${labels.name(c)}` }]),
      ),
      render: (_, a) => labels.name({ nameZh: a.campaignNameZh, nameEn: a.campaignNameEn }),
    },
    {
      title: t('assessments.port'),
      dataIndex: 'portId',
      hideInTable: true,
      renderFormItem: () => <PortSelect allowClear />,
    },
    {
      title: t('assessments.portCode'),
      dataIndex: 'portCode',
      search: false,
      width: 130,
      sorter: true,
    },
    {
      title: t('assessments.portName'),
      dataIndex: 'portNameZh',
      search: false,
      render: (_, a) => labels.name({ nameZh: a.portNameZh, nameEn: a.portNameEn }),
    },
    {
      title: t('assessments.branch'),
      dataIndex: 'branchNameZh',
      search: false,
      width: 120,
      render: (_, a) => labels.name({ nameZh: a.branchNameZh, nameEn: a.branchNameEn }),
    },
    {
      title: t('assessments.status'),
      dataIndex: 'status',
      width: 150,
      valueType: 'select',
      sorter: true,
      valueEnum: Object.fromEntries(
        ASSESSMENT_STATUSES.map((s) => [s, { text: labels.assessmentStatus(s) }]),
      ),
      render: (_, a) => (
        <>
          <StatusTag tone={ASSESSMENT_STATUS_TONES[a.status]}>
            {labels.assessmentStatus(a.status)}
          </StatusTag>
          {a.reopenRequested && (
            <StatusTag tone="warn">{t('assessments.reopenRequested')}</StatusTag>
          )}
        </>
      ),
    },
    {
      title: t('assessments.weighted'),
      search: false,
      width: 90,
      align: 'right',
      render: (_, a) => labels.score(a.score.weighted),
    },
    {
      title: t('assessments.mandatory'),
      search: false,
      width: 110,
      align: 'right',
      render: (_, a) => (
        <Tooltip title={t('assessments.mandatoryHint')}>
          <span style={{ color: a.score.meetsAllMandatory ? '#237804' : undefined }}>
            {a.score.mandatoryMet}/{a.score.mandatoryTotal}
          </span>
        </Tooltip>
      ),
    },
    {
      title: t('assessments.answered'),
      search: false,
      width: 100,
      align: 'right',
      render: (_, a) => `${a.score.answered}/${a.score.applicable}`,
    },
    { title: t('assessments.deadline'), dataIndex: 'deadline', search: false, width: 110 },
    {
      title: t('common.actions'),
      valueType: 'option',
      width: 90,
      render: (_, a) => (
        <Link to={assessmentPath(a.id)} data-testid={`assessment-open-${a.portCode}`}>
          {t('assessments.open')}
        </Link>
      ),
    },
  ];

  return (
    <ServerTable
      rowKey="id"
      title={t('assessments.listTitle')}
      columns={columns}
      list={list}
      params={params}
      onParams={setParams}
      search={(v: AssessmentFilters) => ({
        campaignId: v.campaignId || undefined,
        portId: v.portId || undefined,
        status: v.status,
      })}
      resetTo={{}}
      onSort={(sorter) => {
        const field = sorter?.field === 'status' ? 'status' : 'portCode';
        const sort: AssessmentListParams['sort'] = sorter?.order
          ? sorter.order === 'descend'
            ? `-${field}`
            : field
          : undefined;
        setParams((p) => ({ ...p, sort, page: 1 }));
      }}
      rowTestId={(a) => `assessment-row-${a.portCode}`}
      toolBar={[
        <ExportButton
          key="export"
          testId="assessments-export"
          onExport={() => exportAssessments(filters)}
        />,
      ]}
    />
  );
}
