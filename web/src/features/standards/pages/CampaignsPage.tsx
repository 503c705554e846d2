import { PlusOutlined } from '@ant-design/icons';
import { PageContainer, type ProColumns } from '@ant-design/pro-components';
import { CAMPAIGN_STATUSES, type Campaign } from '@contracts';
import { Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSignedIn } from '../../../api/session.ts';
import { ServerTable } from '../../../components/ServerTable.tsx';
import { StatusTag } from '../../../components/StatusTag.tsx';
import { CampaignActions } from '../components/CampaignActions.tsx';
import { CampaignCreateModal } from '../components/CampaignCreateModal.tsx';
import { CampaignProgress } from '../components/CampaignProgress.tsx';
import { CAMPAIGN_STATUS_TONES, useStandardLabels } from '../labels.ts';
import { useCampaigns, type CampaignListParams } from '../queries.ts';

export const campaignPath = (id: string) => `/standards/campaigns/${id}`;

/** Campaigns (摸底调查, 年度评估, 督促检查) with each branch's progress; create, open, close. */
export default function CampaignsPage() {
  const { t } = useTranslation();
  const me = useSignedIn();
  const labels = useStandardLabels();
  const [params, setParams] = useState<CampaignListParams>({ page: 1, pageSize: 20 });
  const [creating, setCreating] = useState(false);
  const list = useCampaigns(params);

  const columns: ProColumns<Campaign>[] = [
    {
      title: t('campaigns.code'),
      dataIndex: 'code',
      search: false,
      width: 150,
      render: (_, c) => (
        <Link to={campaignPath(c.id)} data-testid={`campaign-link-${c.code}`}>
          {c.code}
        </Link>
      ),
    },
    {
      title: t('campaigns.name'),
      dataIndex: 'nameZh',
      search: false,
      render: (_, c) => labels.name(c),
    },
    {
      title: t('campaigns.kind'),
      dataIndex: 'kind',
      search: false,
      width: 110,
      render: (_, c) => labels.campaignKind(c.kind),
    },
    {
      title: t('campaigns.status'),
      dataIndex: 'status',
      width: 100,
      valueType: 'select',
      valueEnum: Object.fromEntries(
        CAMPAIGN_STATUSES.map((s) => [s, { text: labels.campaignStatus(s) }]),
      ),
      render: (_, c) => (
        <StatusTag tone={CAMPAIGN_STATUS_TONES[c.status]}>
          {labels.campaignStatus(c.status)}
        </StatusTag>
      ),
    },
    {
      title: t('campaigns.catalogVersion'),
      search: false,
      width: 190,
      render: (_, c) =>
        `${c.catalogCode} · ${t('catalogs.versionNumber', { number: c.catalogVersionNumber })}`,
    },
    { title: t('campaigns.deadline'), dataIndex: 'deadline', search: false, width: 110 },
    {
      title: t('campaigns.progress'),
      search: false,
      width: 360,
      render: (_, c) =>
        c.progress.length ? (
          <CampaignProgress progress={c.progress} testId={`campaign-progress-${c.code}`} />
        ) : (
          '—'
        ),
    },
    {
      title: t('common.actions'),
      valueType: 'option',
      width: 150,
      render: (_, c) => (
        <Space size={0}>
          <Link to={campaignPath(c.id)}>{t('campaigns.details')}</Link>
          <CampaignActions campaign={c} size="small" suffix={`-${c.code}`} />
        </Space>
      ),
    },
  ];

  return (
    <PageContainer title={t('nav.campaigns')} content={t('campaigns.intro')}>
      <CampaignCreateModal open={creating} onClose={() => setCreating(false)} />
      <ServerTable
        rowKey="id"
        title={t('campaigns.listTitle')}
        columns={columns}
        list={list}
        params={params}
        onParams={setParams}
        search={(v: Pick<CampaignListParams, 'status'>) => ({ status: v.status })}
        resetTo={{}}
        rowTestId={(c) => `campaign-row-${c.code}`}
        toolBar={[
          me.permissions.includes('campaign.manage') && (
            <Button
              key="create"
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="campaign-create"
            >
              {t('campaigns.create')}
            </Button>
          ),
        ]}
      />
    </PageContainer>
  );
}
