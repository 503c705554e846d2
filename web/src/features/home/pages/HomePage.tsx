import { PageContainer } from '@ant-design/pro-components';
import { Card, Col, Empty, Row, Spin, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSignedIn } from '../../../api/session.ts';
import { useLabels } from '../../../i18n/labels.ts';
import { LoginsChart } from '../components/LoginsChart.tsx';
import { OrgKindsChart } from '../components/OrgKindsChart.tsx';
import { WorkQueue } from '../components/WorkQueue.tsx';
import { useHomeSummary } from '../queries.ts';

/** The user's work queue first, then figures from the database within the user's scope. */
export default function HomePage() {
  const { t } = useTranslation();
  const me = useSignedIn();
  const labels = useLabels();
  const { data: summary, isPending } = useHomeSummary();

  if (isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (!summary) return <Empty />;

  const orgTotal = Object.values(summary.orgUnitsByKind).reduce((sum, n) => sum + n, 0);
  // A figure the caller may not see comes as null and gets no card.
  const stats = [
    { key: 'org', title: t('home.orgUnits'), value: orgTotal },
    { key: 'active', title: t('home.activeUsers'), value: summary.activeUsers },
    { key: 'locked', title: t('home.lockedUsers'), value: summary.lockedUsers },
    { key: 'sessions', title: t('home.activeSessions'), value: summary.activeSessions },
    { key: 'audit', title: t('home.auditRows'), value: summary.auditRowsLast24h },
    {
      key: 'cert-expired',
      title: t('home.certExpired'),
      value: summary.certifications?.expired ?? null,
    },
    {
      key: 'cert-expiring',
      title: t('home.certExpiring'),
      value: summary.certifications?.expiring ?? null,
    },
    {
      key: 'overdue-mine',
      title: t('home.overdueMine'),
      value: summary.overdueFindings?.mine ?? null,
    },
    {
      key: 'overdue-scope',
      title: t('home.overdueInScope'),
      value: summary.overdueFindings?.inScope ?? null,
    },
  ].filter((stat): stat is { key: string; title: string; value: number } => stat.value !== null);

  return (
    <PageContainer
      title={t('home.welcome', { name: me.displayName })}
      content={t('home.lastLogin', { when: labels.dateTime(summary.myLastLogin) })}
    >
      <Row gutter={[16, 16]}>
        <Col span={24}>
          <WorkQueue />
        </Col>
        {stats.map((stat) => (
          <Col key={stat.key} xs={24} sm={12} lg={Math.max(4, Math.floor(24 / stats.length))}>
            <Card data-testid={`stat-${stat.key}`}>
              <Statistic title={stat.title} value={stat.value} />
            </Card>
          </Col>
        ))}
        {summary.loginsLast7Days && (
          <Col xs={24} lg={14}>
            <Card title={<h2 className="card-title">{t('home.loginsTitle')}</h2>}>
              <LoginsChart days={summary.loginsLast7Days} />
            </Card>
          </Col>
        )}
        <Col xs={24} lg={summary.loginsLast7Days ? 10 : 12}>
          <Card title={<h2 className="card-title">{t('home.orgTitle')}</h2>}>
            {orgTotal > 0 ? <OrgKindsChart byKind={summary.orgUnitsByKind} /> : <Empty />}
          </Card>
        </Col>
      </Row>
    </PageContainer>
  );
}
