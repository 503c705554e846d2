import { PORT_STATUSES, type PortMapPoint } from '@contracts';
import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Typography } from 'antd';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../../api/client.ts';
import { chartFormatter, html, joinMarkup } from '../../../components/charts/escape.ts';
import { usePortLabels } from '../portLabels.ts';
import { portKeys } from '../queries.ts';
import { echarts, GEO_STYLE } from './chinaMap.ts';

const STATUS_COLOURS = {
  planned: '#0b4fa8',
  open: '#237804',
  suspended: '#ad4e00',
  closed: '#595959',
} as const;
/** Every port in scope on a map of China: colour by status, size by traffic, designations in the tooltip. */
export default function PortMapView() {
  const { t } = useTranslation();
  const labels = usePortLabels();
  const navigate = useNavigate();
  // One request for every port in scope, each with its latest yearly tonnes (the point size).
  const { data } = useQuery({
    queryKey: portKeys.map,
    queryFn: () => api.get<PortMapPoint[]>('/ports/map'),
  });
  const ports = (data ?? []).filter((p) => p.latitude !== null && p.longitude !== null);
  const tonnes = ports.map((p) => p.latestTonnes);
  const max = Math.max(1, ...tonnes);
  const size = (i: number) => 8 + 22 * Math.sqrt((tonnes[i] ?? 0) / max);
  // Names and categories are user text: built with `html`, they are escaped and only the tags written here are live.
  const tooltip = (port: PortMapPoint, i: number) =>
    joinMarkup(
      [
        html`<b>${port.code} ${labels.name(port)}</b>`,
        html`${t('ports.status')}：${labels.status(port.status)}`,
        html`${t('ports.latestTonnes')}：${labels.number(tonnes[i] ?? 0)}`,
        ...port.categories.map(
          (c) => html`${labels.category(c.code)}：${labels.designation(c.status)}`,
        ),
      ],
      html`<br/>`,
    );
  const described = ports
    .map((p) => `${p.code} ${labels.name(p)} ${labels.status(p.status)}`)
    .join('; ');

  if (data && ports.length === 0) return <Empty description={t('ports.mapEmpty')} />;
  return (
    <Card>
      <div role="img" aria-label={`${t('ports.tabMap')}: ${described}`} data-testid="ports-map">
        <ReactEChartsCore
          echarts={echarts}
          notMerge
          style={{ height: 620 }}
          onEvents={{
            click: (e: { data?: { id?: string } }) => e.data?.id && navigate(`/ports/${e.data.id}`),
          }}
          option={{
            tooltip: {
              trigger: 'item',
              formatter: chartFormatter(
                (p: { dataIndex: number; seriesIndex: number; data: { index: number } }) => {
                  const port = ports[p.data.index];
                  return port ? tooltip(port, p.data.index) : null;
                },
              ),
            },
            legend: { bottom: 8, data: PORT_STATUSES.map(labels.status) },
            geo: { ...GEO_STYLE, center: [110, 32], zoom: 1.2 },
            series: PORT_STATUSES.map((status) => ({
              name: labels.status(status),
              type: 'scatter',
              coordinateSystem: 'geo',
              itemStyle: { color: STATUS_COLOURS[status], borderColor: '#fff', borderWidth: 1 },
              data: ports.flatMap((p, index) =>
                p.status === status
                  ? [
                      {
                        id: p.id,
                        index,
                        name: p.code,
                        value: [p.longitude, p.latitude],
                        symbolSize: size(index),
                      },
                    ]
                  : [],
              ),
            })),
          }}
        />
      </div>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t('ports.mapHelp')}
      </Typography.Paragraph>
    </Card>
  );
}
