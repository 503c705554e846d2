import { PageContainer, type ProColumns } from '@ant-design/pro-components';
import { ASPECTS, RECTIFICATION_STATUSES, type Finding } from '@contracts';
import { Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BranchSelect } from '../../../components/BranchSelect.tsx';
import { ExportButton } from '../../../components/ExportButton.tsx';
import { PortSelect } from '../../../components/PortSelect.tsx';
import { ServerTable } from '../../../components/ServerTable.tsx';
import { StatusTag } from '../../../components/StatusTag.tsx';
import { exportFindings, useFindings } from '../assessmentQueries.ts';
import { FindingDrawer } from '../components/FindingDrawer.tsx';
import { RECTIFICATION_TONES, useStandardLabels } from '../labels.ts';
import { useCampaigns, type FindingFilters, type FindingListParams } from '../queries.ts';
import { RowAction } from '../../../components/RowAction.tsx';

type Search = Pick<
  FindingFilters,
  'campaignId' | 'branchId' | 'portId' | 'owner' | 'status' | 'aspect' | 'overdue' | 'mine'
>;

/** Campaigns to filter by, newest first: the first page of the list is the ones people still work on. */
function CampaignSelect(props: {
  id?: string;
  value?: string;
  onChange?: (v: string | undefined) => void;
}) {
  const labels = useStandardLabels();
  const { data } = useCampaigns({ page: 1, pageSize: 50 });
  return (
    <Select
      id={props.id}
      allowClear
      showSearch
      optionFilterProp="label"
      value={props.value}
      onChange={props.onChange}
      options={(data?.items ?? []).map((c) => ({ value: c.id, label: labels.name(c) }))}
      data-testid="findings-campaign"
    />
  );
}

/** Findings raised by assessments and their rectification, filtered; the drawer plans, submits and verifies. */
export default function FindingsPage() {
  const { t } = useTranslation();
  const labels = useStandardLabels();
  // A figure on the home page links here with its filters in the address (overdue, mine, status).
  const [search] = useSearchParams();
  const [arrived] = useState<Search>(() => {
    const flag = (key: string) => {
      const v = search.get(key);
      return v === 'true' || v === 'false' ? v : undefined;
    };
    const status = search.get('status');
    return {
      overdue: flag('overdue'),
      mine: flag('mine'),
      status: RECTIFICATION_STATUSES.find((s) => s === status),
    };
  });
  const [params, setParams] = useState<FindingListParams>({ ...arrived, page: 1, pageSize: 20 });
  // A work-queue task links here with the finding to open (?finding=<id>).
  const [openId, setOpenId] = useState<string | null>(() => search.get('finding'));
  const list = useFindings(params);
  const filters: FindingFilters = {
    status: params.status,
    aspect: params.aspect,
    overdue: params.overdue,
    mine: params.mine,
    campaignId: params.campaignId,
    branchId: params.branchId,
    portId: params.portId,
    owner: params.owner,
  };
  const yesNo = { true: { text: t('findings.yes') }, false: { text: t('findings.no') } };

  // Sized to fit a 1280 px screen beside the menu: the requirement's title takes what is left.
  const columns: ProColumns<Finding>[] = [
    {
      title: t('findings.campaign'),
      dataIndex: 'campaignId',
      hideInTable: true,
      renderFormItem: () => <CampaignSelect />,
    },
    {
      title: t('certs.branch'),
      dataIndex: 'branchId',
      hideInTable: true,
      renderFormItem: () => <BranchSelect />,
    },
    {
      title: t('findings.port'),
      dataIndex: 'portId',
      width: 150,
      renderFormItem: () => <PortSelect allowClear />,
      render: (_, f) => (
        <Space direction="vertical" size={0}>
          <span>{labels.name({ nameZh: f.portNameZh, nameEn: f.portNameEn })}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {labels.name({ nameZh: f.branchNameZh, nameEn: f.branchNameEn })}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t('findings.item'),
      dataIndex: 'titleZh',
      search: false,
      render: (_, f) => (
        <Space direction="vertical" size={0}>
          <span>{labels.title(f)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {`${f.itemCode} · ${labels.aspect(f.aspect)} · ${labels.grade(f.grade)}`}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t('catalogs.aspect'),
      dataIndex: 'aspect',
      hideInTable: true,
      valueType: 'select',
      valueEnum: Object.fromEntries(ASPECTS.map((a) => [a, { text: labels.aspect(a) }])),
    },
    {
      title: t('findings.status'),
      dataIndex: 'status',
      width: 110,
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
      dataIndex: 'owner',
      width: 100,
      render: (_, f) => f.ownerName ?? '—',
    },
    {
      title: t('findings.dueDate'),
      dataIndex: 'dueDate',
      search: false,
      width: 120,
      render: (_, f) => (
        <Space direction="vertical" size={0}>
          <span>{f.dueDate ?? '—'}</span>
          {f.overdue && <StatusTag tone="bad">{t('findings.overdue')}</StatusTag>}
        </Space>
      ),
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
          campaignId: v.campaignId || undefined,
          branchId: v.branchId || undefined,
          portId: v.portId || undefined,
          owner: v.owner?.trim() || undefined,
          status: v.status,
          aspect: v.aspect,
          overdue: v.overdue,
          mine: v.mine,
        })}
        resetTo={{}}
        initialValues={arrived}
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
