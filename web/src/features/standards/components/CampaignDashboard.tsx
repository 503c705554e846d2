import { ASPECTS } from '@contracts';
import { Card, Col, Empty, Row, Spin, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Chart } from '../../../components/charts/Chart.tsx';
import { chartFormatter, html } from '../../../components/charts/escape.ts';
import { useStandardLabels } from '../labels.ts';
import { useScores, useTrend } from '../queries.ts';
import { assessmentPath } from './AssessmentTable.tsx';

const BLUE = '#0b4fa8';
const GREEN = '#237804';

/** A campaign's figures: district totals, attainment by branch and aspect, ports × aspects, and the trend over campaigns. */
export function CampaignDashboard({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation();
  const labels = useStandardLabels();
  const navigate = useNavigate();
  const { data: scores, isPending } = useScores(campaignId);
  const { data: trend = [] } = useTrend();
  if (isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (!scores) return <Empty />;

  const { district } = scores;
  const rateName = t('dashboard.attainmentRate');
  const weightedName = t('dashboard.weighted');
  const mandatoryName = t('dashboard.mandatoryShare');
  const share = (met: number, total: number) =>
    total ? Math.round((1000 * met) / total) / 10 : null;

  const branchNames = scores.branches.map((b) => labels.name(b));
  const aspectNames = ASPECTS.map((a) => labels.aspect(a));
  // Ports by name, first at the top (the heatmap's y axis runs upwards).
  const ports = [...scores.ports].sort((a, b) => labels.name(b).localeCompare(labels.name(a)));
  const heat = ports.flatMap((p, y) =>
    ASPECTS.map(
      (a, x) => [x, y, p.byAspect[a]?.weighted ?? null] as [number, number, number | null],
    ),
  );

  return (
    <div data-testid="campaign-dashboard">
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Card size="small" data-testid="stat-attainment">
            <Statistic title={rateName} value={labels.percent(district.attainmentRate)} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small" data-testid="stat-ports-meeting">
            <Statistic
              title={t('dashboard.portsMeeting')}
              value={`${district.portsMeetingAll} / ${district.ports}`}
            />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small" data-testid="stat-weighted">
            <Statistic title={weightedName} value={labels.score(district.overall.weighted)} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small" data-testid="stat-mandatory">
            <Statistic
              title={t('dashboard.mandatoryMet')}
              value={`${district.overall.mandatoryMet} / ${district.overall.mandatoryTotal}`}
            />
          </Card>
        </Col>

        <Col xs={24} lg={12}>
          <Card size="small" title={<h2 className="card-title">{t('dashboard.byBranch')}</h2>}>
            <Chart
              testId="chart-branches"
              label={`${t('dashboard.byBranch')}: ${scores.branches.map((b) => `${labels.name(b)} ${rateName} ${labels.percent(b.attainmentRate)}, ${weightedName} ${labels.score(b.overall.weighted)}`).join('; ')}`}
              option={{
                color: [GREEN, BLUE],
                tooltip: { trigger: 'axis' },
                legend: { data: [rateName, weightedName], bottom: 0 },
                grid: { left: 40, right: 16, top: 16, bottom: 48 },
                xAxis: { type: 'category', data: branchNames },
                yAxis: { type: 'value', max: 100 },
                series: [
                  {
                    name: rateName,
                    type: 'bar',
                    data: scores.branches.map((b) => b.attainmentRate),
                    barMaxWidth: 28,
                  },
                  {
                    name: weightedName,
                    type: 'bar',
                    data: scores.branches.map((b) => b.overall.weighted),
                    barMaxWidth: 28,
                  },
                ],
              }}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={<h2 className="card-title">{t('dashboard.byAspect')}</h2>}>
            <Chart
              testId="chart-aspects"
              label={`${t('dashboard.byAspect')}: ${ASPECTS.map((a) => `${labels.aspect(a)} ${weightedName} ${labels.score(district.byAspect[a]?.weighted)}`).join('; ')}`}
              option={{
                color: [BLUE, GREEN],
                tooltip: { trigger: 'axis' },
                legend: { data: [weightedName, mandatoryName], bottom: 0 },
                grid: { left: 40, right: 16, top: 16, bottom: 48 },
                xAxis: { type: 'category', data: aspectNames, axisLabel: { interval: 0 } },
                yAxis: { type: 'value', max: 100 },
                series: [
                  {
                    name: weightedName,
                    type: 'bar',
                    data: ASPECTS.map((a) => district.byAspect[a]?.weighted ?? null),
                    barMaxWidth: 28,
                  },
                  {
                    name: mandatoryName,
                    type: 'bar',
                    data: ASPECTS.map((a) =>
                      share(
                        district.byAspect[a]?.mandatoryMet ?? 0,
                        district.byAspect[a]?.mandatoryTotal ?? 0,
                      ),
                    ),
                    barMaxWidth: 28,
                  },
                ],
              }}
            />
          </Card>
        </Col>

        <Col xs={24} lg={12}>
          <Card
            size="small"
            title={
              <h2 className="card-title" title={t('dashboard.heatmapHint')}>
                {t('dashboard.heatmap')}
              </h2>
            }
          >
            <Chart
              testId="chart-heatmap"
              height={Math.max(300, 60 + ports.length * 26)}
              label={`${t('dashboard.heatmap')}: ${ports.map((p) => `${labels.name(p)} ${ASPECTS.map((a) => `${labels.aspect(a)} ${labels.score(p.byAspect[a]?.weighted)}`).join(', ')}`).join('; ')}`}
              onClick={({ data }) => {
                const y = Array.isArray(data) ? Number(data[1]) : -1;
                const port = ports[y];
                if (port) void navigate(assessmentPath(port.assessmentId));
              }}
              option={{
                tooltip: {
                  // Port and branch names are user text: escaped by `html`, only the line break is markup.
                  formatter: chartFormatter((p: unknown) => {
                    const v = (p as { data: [number, number, number | null] }).data;
                    const port = ports[v[1]];
                    return html`${port ? labels.name(port) : ''} · ${port ? labels.name({ nameZh: port.branchNameZh, nameEn: port.branchNameEn }) : ''}<br/>${aspectNames[v[0]]}: ${labels.score(v[2])}`;
                  }),
                },
                grid: { left: 8, right: 16, top: 8, bottom: 64, containLabel: true },
                xAxis: {
                  type: 'category',
                  data: aspectNames,
                  splitArea: { show: true },
                  axisLabel: { interval: 0, width: 90, overflow: 'truncate' },
                },
                yAxis: {
                  type: 'category',
                  data: ports.map((p) => labels.name(p)),
                  splitArea: { show: true },
                  axisLabel: { width: 160, overflow: 'truncate' },
                },
                visualMap: {
                  min: 0,
                  max: 100,
                  calculable: true,
                  orient: 'horizontal',
                  left: 'center',
                  bottom: 0,
                  inRange: { color: ['#a8071a', '#fadb14', '#237804'] },
                },
                series: [
                  {
                    type: 'heatmap',
                    data: heat,
                    label: {
                      show: true,
                      formatter: (p: unknown) =>
                        labels.score((p as { data: [number, number, number | null] }).data[2]),
                    },
                  },
                ],
              }}
            />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('dashboard.heatmapHint')}
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={<h2 className="card-title">{t('dashboard.trend')}</h2>}>
            {trend.length ? (
              <Chart
                testId="chart-trend"
                label={`${t('dashboard.trend')}: ${trend.map((c) => `${c.code} ${rateName} ${labels.percent(c.attainmentRate)}, ${weightedName} ${labels.score(c.weighted)}`).join('; ')}`}
                option={{
                  color: [GREEN, BLUE, '#ad4e00', '#722ed1', '#08979c', '#595959'],
                  tooltip: { trigger: 'axis' },
                  legend: { bottom: 0 },
                  grid: { left: 40, right: 16, top: 16, bottom: 64 },
                  xAxis: { type: 'category', data: trend.map((c) => c.code) },
                  yAxis: { type: 'value', max: 100 },
                  series: [
                    { name: rateName, type: 'line', data: trend.map((c) => c.attainmentRate) },
                    { name: weightedName, type: 'line', data: trend.map((c) => c.weighted) },
                    ...ASPECTS.map((a) => ({
                      name: labels.aspect(a),
                      type: 'line' as const,
                      data: trend.map((c) => c.byAspect[a] ?? null),
                      lineStyle: { type: 'dashed' as const },
                    })),
                  ],
                }}
              />
            ) : (
              <Empty />
            )}
          </Card>
        </Col>
      </Row>
    </div>
  );
}
