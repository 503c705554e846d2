import { PageContainer } from '@ant-design/pro-components';
import { Card, Col, Empty, Row, Spin, Statistic } from 'antd';
import type { Permission } from '@contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSignedIn } from '../../../api/session.ts';
import { useLabels } from '../../../i18n/labels.ts';
import { LoginsChart } from '../components/LoginsChart.tsx';
import { OrgKindsChart } from '../components/OrgKindsChart.tsx';
import { WorkQueue } from '../components/WorkQueue.tsx';
import { useHomeSummary, useTrend } from '../queries.ts';

/** The user's work queue first, then figures from the database within the user's scope. */
export default function HomePage() {
  const { t } = useTranslation();
  const me = useSignedIn();
  const labels = useLabels();
  const { data: summary, isPending } = useHomeSummary();
  const trend = useTrend(me.permissions.includes('campaign.read')).data ?? [];
  const latest = trend.at(-1);

  if (isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (!summary) return <Empty />;

  const orgTotal = Object.values(summary.orgUnitsByKind).reduce((sum, n) => sum + n, 0);
  const can = (p: Permission) => me.permissions.includes(p);
  type Stat = {
    key: string;
    title: string;
    value: number | null;
    suffix?: string;
    /** Where a click on the figure leads: the list it counts, filtered. */
    to?: string;
  };
  // A figure the caller may not see comes as null and gets no card.
  const stats = (
    [
      {
        key: 'attainment',
        title: latest
          ? t('home.attainment', { campaign: labels.name(latest) })
          : t('home.attainmentNone'),
        // Already a percentage with one decimal, over the ports of the caller's scope.
        value: latest?.attainmentRate ?? null,
        suffix: '%',
        to: latest ? `/standards/campaigns/${latest.campaignId}` : undefined,
      },
      {
        key: 'overdue-mine',
        title: t('home.overdueMine'),
        value: summary.overdueFindings?.mine ?? null,
        to: '/standards/findings?overdue=true&mine=true',
      },
      {
        key: 'overdue-scope',
        title: t('home.overdueInScope'),
        value: summary.overdueFindings?.inScope ?? null,
        to: '/standards/findings?overdue=true',
      },
      {
        key: 'cert-expired',
        title: t('home.certExpired'),
        value: summary.certifications?.expired ?? null,
        to: '/certifications',
      },
      {
        key: 'cert-expiring',
        title: t('home.certExpiring'),
        value: summary.certifications?.expiring ?? null,
        to: '/certifications',
      },
      {
        key: 'org',
        title: t('home.orgUnits'),
        value: can('org.write') ? orgTotal : null,
        to: '/org-units',
      },
      {
        key: 'active',
        title: t('home.activeUsers'),
        value: summary.activeUsers,
        to: can('user.read') ? '/users' : undefined,
      },
      {
        key: 'locked',
        title: t('home.lockedUsers'),
        value: summary.lockedUsers,
        to: can('user.read') ? '/users' : undefined,
      },
      { key: 'sessions', title: t('home.activeSessions'), value: summary.activeSessions },
      {
        key: 'audit',
        title: t('home.auditRows'),
        value: summary.auditRowsLast24h,
        to: can('audit.read') ? '/audit' : undefined,
      },
    ] satisfies Stat[]
  ).filter((stat) => stat.value !== null);
  // The kinds of unit only say something where there are several: to whoever keeps the organisation.
  const kinds = Object.values(summary.orgUnitsByKind).filter((n) => n > 0).length;

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
            {stat.to ? (
              <Link to={stat.to} data-testid={`stat-link-${stat.key}`}>
                <Card hoverable data-testid={`stat-${stat.key}`}>
                  <Statistic title={stat.title} value={stat.value ?? 0} suffix={stat.suffix} />
                </Card>
              </Link>
            ) : (
              <Card data-testid={`stat-${stat.key}`}>
                <Statistic title={stat.title} value={stat.value ?? 0} suffix={stat.suffix} />
              </Card>
            )}
          </Col>
        ))}
        {summary.loginsLast7Days && (
          <Col xs={24} lg={14}>
            <Card title={<h2 className="card-title">{t('home.loginsTitle')}</h2>}>
              <LoginsChart days={summary.loginsLast7Days} />
            </Card>
          </Col>
        )}
        {kinds > 1 && can('org.write') && (
          <Col xs={24} lg={summary.loginsLast7Days ? 10 : 12}>
            <Card title={<h2 className="card-title">{t('home.orgTitle')}</h2>}>
              <OrgKindsChart byKind={summary.orgUnitsByKind} />
            </Card>
          </Col>
        )}
      </Row>
    </PageContainer>
  );
}
