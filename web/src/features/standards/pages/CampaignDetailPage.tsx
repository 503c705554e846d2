import { FileTextOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { Button, Descriptions, Result, Space, Spin, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useSignedIn } from '../../../api/session.ts';
import { StatusTag } from '../../../components/StatusTag.tsx';
import { AssessmentTable } from '../components/AssessmentTable.tsx';
import { CampaignActions } from '../components/CampaignActions.tsx';
import { CampaignDashboard } from '../components/CampaignDashboard.tsx';
import { CampaignProgress } from '../components/CampaignProgress.tsx';
import { WhatIfPanel } from '../components/WhatIfPanel.tsx';
import { CAMPAIGN_STATUS_TONES, useStandardLabels } from '../labels.ts';
import { useCampaign } from '../queries.ts';

const TABS = ['assessments', 'dashboard', 'what-if'] as const;
type Tab = (typeof TABS)[number];

/** One campaign: its assessments, its dashboard, and what-if over its catalog version and ports. */
export default function CampaignDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const me = useSignedIn();
  const labels = useStandardLabels();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const { data: campaign, isPending, isError } = useCampaign(id);
  const tab: Tab = TABS.find((x) => x === search.get('tab')) ?? 'assessments';

  if (isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (isError || !campaign) return <Result status="warning" title={t('campaigns.missing')} />;

  const items = [
    {
      key: 'assessments',
      label: <span data-testid="campaign-tab-assessments">{t('campaigns.tabAssessments')}</span>,
      children: <AssessmentTable campaignId={campaign.id} />,
    },
    {
      key: 'dashboard',
      label: <span data-testid="campaign-tab-dashboard">{t('campaigns.tabDashboard')}</span>,
      children: <CampaignDashboard campaignId={campaign.id} />,
    },
    ...(me.permissions.includes('standard.read')
      ? [
          {
            key: 'what-if',
            label: <span data-testid="campaign-tab-what-if">{t('nav.whatIf')}</span>,
            children: (
              <WhatIfPanel
                catalogVersionId={campaign.catalogVersionId}
                portIds={campaign.portIds}
              />
            ),
          },
        ]
      : []),
  ];

  return (
    <PageContainer
      title={`${campaign.code} ${labels.name(campaign)}`}
      tags={
        <StatusTag tone={CAMPAIGN_STATUS_TONES[campaign.status]}>
          {labels.campaignStatus(campaign.status)}
        </StatusTag>
      }
      onBack={() => void navigate('/standards/campaigns')}
      extra={
        <Space>
          <Button
            icon={<FileTextOutlined />}
            onClick={() => void navigate(`/standards/campaigns/${campaign.id}/report`)}
            data-testid="campaign-report"
          >
            {t('report.open')}
          </Button>
          <CampaignActions campaign={campaign} />
        </Space>
      }
      content={
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 4 }}>
          <Descriptions.Item label={t('campaigns.kind')}>
            {labels.campaignKind(campaign.kind)}
          </Descriptions.Item>
          <Descriptions.Item
            label={t('campaigns.catalogVersion')}
          >{`${campaign.catalogCode} · ${t('catalogs.versionNumber', { number: campaign.catalogVersionNumber })}`}</Descriptions.Item>
          <Descriptions.Item label={t('campaigns.deadline')}>{campaign.deadline}</Descriptions.Item>
          <Descriptions.Item label={t('campaigns.ports')}>
            {campaign.portIds.length}
          </Descriptions.Item>
          <Descriptions.Item label={t('campaigns.openedAt')}>
            {labels.dateTime(campaign.openedAt)}
          </Descriptions.Item>
          <Descriptions.Item label={t('campaigns.closedAt')}>
            {labels.dateTime(campaign.closedAt)}
          </Descriptions.Item>
          {campaign.progress.length > 0 && (
            <Descriptions.Item label={t('campaigns.progress')} span={2}>
              <CampaignProgress progress={campaign.progress} testId="campaign-progress" />
            </Descriptions.Item>
          )}
        </Descriptions>
      }
    >
      <Tabs
        activeKey={tab}
        onChange={(key) => setSearch({ tab: key }, { replace: true })}
        items={items}
        destroyOnHidden
      />
    </PageContainer>
  );
}
