import { PORT_STATUSES, type PortMapPoint } from '@contracts';
import { Card, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Chart } from '../../../components/charts/Chart.tsx';
import { chartFormatter, html, joinMarkup } from '../../../components/charts/escape.ts';
import { usePortLabels } from '../../../components/portLabels.ts';
import { usePortMap } from '../queries.ts';
import { GEO_STYLE } from './chinaMap.ts';

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
  const { data } = usePortMap();
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
      <Chart
        testId="ports-map"
        label={`${t('ports.tabMap')}: ${described}`}
        height={620}
        onClick={({ data }) => {
          const id = typeof data === 'object' && data !== null && 'id' in data ? data.id : null;
          if (typeof id === 'string') void navigate(`/ports/${id}`);
        }}
        option={{
          tooltip: {
            trigger: 'item',
            formatter: chartFormatter((p: unknown) => {
              // Each point carries its index into `ports` (see the series data below).
              const { index } = (p as { data: { index: number } }).data;
              const port = ports[index];
              return port ? tooltip(port, index) : null;
            }),
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
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t('ports.mapHelp')}
      </Typography.Paragraph>
    </Card>
  );
}
