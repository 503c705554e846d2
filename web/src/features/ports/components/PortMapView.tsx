import { CompressOutlined, MinusOutlined, PlusOutlined } from '@ant-design/icons';
import { PORT_STATUSES, type PortMapPoint, type PortStatus } from '@contracts';
import { Button, Card, Empty, Space, Tooltip, Typography } from 'antd';
import type { EChartsType } from 'echarts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
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
const HEIGHT = 620;
/** Room kept clear around the fitted ports, in pixels, so no point sits on the edge of the map. */
const FIT_PADDING = 56;
/** The band under the map that the legend takes. */
const LEGEND_BAND = 48;
/**
 * The deepest zoom a fit goes to, half the map's limit: a district of two cities fills the map, while one port, or ports a street
 * apart, show their city, not their street.
 */
const MAX_FIT_ZOOM = 40;
/** How much one press of the + or − button zooms. */
const ZOOM_STEP = 1.6;

type Located = PortMapPoint & { latitude: number; longitude: number };
/** Where a port's point is drawn, in pixels from the chart's top left corner. */
type Spot = { id: string; x: number; y: number; size: number };

const located = (p: PortMapPoint): p is Located => p.latitude !== null && p.longitude !== null;
const lonLat = (p: Located): [number, number] => [p.longitude, p.latitude];
const currentZoom = (chart: EChartsType) =>
  (chart.getOption() as { geo?: { zoom?: number }[] }).geo?.[0]?.zoom ?? 1;

/**
 * Centres and zooms the map on the ports. The map is a linear projection, so zooming scales the pixel
 * box around the ports by the same factor: measure it at the current zoom and scale it to the free area.
 */
function fitPorts(chart: EChartsType, ports: Located[]) {
  if (ports.length === 0) return;
  const pixels = ports.map((p) => chart.convertToPixel({ geoIndex: 0 }, lonLat(p)));
  const xs = pixels.map((p) => p[0] ?? 0);
  const ys = pixels.map((p) => p[1] ?? 0);
  const [left, right, top, bottom] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...ys),
    Math.max(...ys),
  ];
  const room = {
    width: chart.getWidth() - 2 * FIT_PADDING,
    height: chart.getHeight() - LEGEND_BAND - 2 * FIT_PADDING,
  };
  const factor = Math.min(
    right > left ? room.width / (right - left) : Infinity,
    bottom > top ? room.height / (bottom - top) : Infinity,
  );
  const zoom = Math.min(Math.max(currentZoom(chart) * factor, 1), MAX_FIT_ZOOM);
  const center = chart.convertFromPixel({ geoIndex: 0 }, [(left + right) / 2, (top + bottom) / 2]);
  chart.setOption({ geo: { center, zoom } });
}

/** Zooms about the middle of the map, within the map's zoom limits, as the mouse wheel does about the pointer. */
function zoomBy(chart: EChartsType, zoom: number) {
  chart.dispatchAction({
    type: 'geoRoam',
    componentType: 'geo',
    geoIndex: 0,
    zoom,
    originX: chart.getWidth() / 2,
    originY: (chart.getHeight() - LEGEND_BAND) / 2,
  });
}

/**
 * Every port in scope on a map of China: colour by status, size by traffic, designations in the tooltip.
 * The map opens fitted to the ports and fits again when the legend shows or hides a status. Each port is
 * also a link over its point, so the keyboard reaches it: focus shows its tooltip, Enter opens the port.
 */
export default function PortMapView() {
  const { t } = useTranslation();
  const labels = usePortLabels();
  const navigate = useNavigate();
  const [chart, setChart] = useState<EChartsType | null>(null);
  const [hidden, setHidden] = useState<PortStatus[]>([]);
  // One request for every port in scope, each with its latest yearly tonnes (the point size).
  const { data } = usePortMap();
  const ports = (data ?? []).filter(located);
  const tonnes = ports.map((p) => p.latestTonnes);
  const max = Math.max(1, ...tonnes);
  const size = (i: number) => 8 + 22 * Math.sqrt((tonnes[i] ?? 0) / max);
  // The English name where there is one, the Chinese otherwise.
  const name = (p: PortMapPoint) => labels.name(p) || p.nameZh;
  const shown = ports.filter((p) => !hidden.includes(p.status));
  const fitKey = shown.map((p) => `${p.id}@${p.longitude},${p.latitude}`).join(';');

  useEffect(() => {
    if (chart) fitPorts(chart, shown);
    // Fit again only when the set of ports shown (or where they are) changes, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [chart, fitKey]);

  // Names and categories are user text: built with `html`, they are escaped and only the tags written here are live.
  const tooltip = (port: PortMapPoint, i: number) =>
    joinMarkup(
      [
        html`<b>${port.code} ${name(port)}</b>`,
        html`${t('ports.status')}：${labels.status(port.status)}`,
        html`${t('ports.latestTonnes')}：${labels.number(tonnes[i] ?? 0)}`,
        ...port.categories.map(
          (c) => html`${labels.category(c.code)}：${labels.designation(c.status)}`,
        ),
      ],
      html`<br/>`,
    );
  const described = ports.map((p) => `${p.code} ${name(p)} ${labels.status(p.status)}`).join('; ');
  // Where each port sits in its status's series, for the tooltip and highlight the links show on focus.
  const seriesData = PORT_STATUSES.map((status) =>
    ports.flatMap((p, index) => (p.status === status ? [{ port: p, index }] : [])),
  );

  if (data && ports.length === 0) return <Empty description={t('ports.mapEmpty')} />;
  return (
    <Card>
      <div style={{ position: 'relative' }}>
        <Chart
          testId="ports-map"
          label={`${t('ports.tabMap')}: ${described}`}
          height={HEIGHT}
          // Merged, not replaced, on each render: a re-render keeps the user's zoom and drag.
          merge
          onReady={setChart}
          onClick={({ data }) => {
            const id = typeof data === 'object' && data !== null && 'id' in data ? data.id : null;
            if (typeof id === 'string') void navigate(`/ports/${id}`);
          }}
          onEvents={{
            legendselectchanged: (params) => {
              const { selected } = params as { selected: Record<string, boolean> };
              setHidden(PORT_STATUSES.filter((s) => selected[labels.status(s)] === false));
            },
          }}
          option={{
            tooltip: {
              trigger: 'item',
              className: 'port-map-tooltip',
              formatter: chartFormatter((p: unknown) => {
                // Each point carries its index into `ports` (see the series data below).
                const { index } = (p as { data: { index: number } }).data;
                const port = ports[index];
                return port ? tooltip(port, index) : null;
              }),
            },
            legend: {
              bottom: 8,
              data: PORT_STATUSES.map(labels.status),
              selected: Object.fromEntries(
                PORT_STATUSES.map((s) => [labels.status(s), !hidden.includes(s)]),
              ),
            },
            // No centre or zoom here: the fit and the user set them, and a merged option keeps them.
            geo: { ...GEO_STYLE, top: 8, bottom: LEGEND_BAND },
            series: PORT_STATUSES.map((status, s) => ({
              name: labels.status(status),
              type: 'scatter',
              coordinateSystem: 'geo',
              itemStyle: { color: STATUS_COLOURS[status], borderColor: '#fff', borderWidth: 1 },
              // The name beside the point while it is hovered or focused.
              label: { show: false, position: 'right', formatter: '{b}', color: '#1f1f1f' },
              emphasis: {
                scale: 1.3,
                label: {
                  show: true,
                  fontWeight: 'bold',
                  backgroundColor: 'rgba(255, 255, 255, 0.85)',
                  padding: 2,
                },
              },
              data: (seriesData[s] ?? []).map(({ port, index }) => ({
                id: port.id,
                index,
                name: name(port),
                value: lonLat(port),
                symbolSize: size(index),
              })),
            })),
          }}
        />
        {chart && (
          <PortTargets
            chart={chart}
            ports={shown}
            size={(p) => size(ports.indexOf(p))}
            label={(p) => `${p.code} ${name(p)}`}
            onFocus={(p) => {
              const seriesIndex = PORT_STATUSES.indexOf(p.status);
              const dataIndex = seriesData[seriesIndex]?.findIndex((d) => d.port === p) ?? -1;
              chart.dispatchAction({ type: 'highlight', seriesIndex, dataIndex });
              chart.dispatchAction({ type: 'showTip', seriesIndex, dataIndex });
            }}
            onBlur={() => {
              chart.dispatchAction({ type: 'downplay' });
              chart.dispatchAction({ type: 'hideTip' });
            }}
          />
        )}
        {chart && (
          <Space.Compact direction="vertical" style={{ position: 'absolute', top: 8, right: 8 }}>
            <Tooltip title={t('ports.mapZoomIn')} placement="left">
              <Button
                icon={<PlusOutlined />}
                aria-label={t('ports.mapZoomIn')}
                data-testid="ports-map-zoom-in"
                onClick={() => zoomBy(chart, ZOOM_STEP)}
              />
            </Tooltip>
            <Tooltip title={t('ports.mapZoomOut')} placement="left">
              <Button
                icon={<MinusOutlined />}
                aria-label={t('ports.mapZoomOut')}
                data-testid="ports-map-zoom-out"
                onClick={() => zoomBy(chart, 1 / ZOOM_STEP)}
              />
            </Tooltip>
            <Tooltip title={t('ports.mapFit')} placement="left">
              <Button
                icon={<CompressOutlined />}
                aria-label={t('ports.mapFit')}
                data-testid="ports-map-fit"
                onClick={() => fitPorts(chart, shown)}
              />
            </Tooltip>
          </Space.Compact>
        )}
      </div>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t('ports.mapHelp')}
      </Typography.Paragraph>
    </Card>
  );
}

/**
 * A link over each port's point that is on the map, following every zoom, drag and resize. The links
 * let the mouse through to the canvas (which shows the same tooltip on hover); they are there for focus.
 */
function PortTargets({
  chart,
  ports,
  size,
  label,
  onFocus,
  onBlur,
}: {
  chart: EChartsType;
  ports: Located[];
  size: (port: Located) => number;
  label: (port: Located) => string;
  onFocus: (port: Located) => void;
  onBlur: () => void;
}) {
  const [spots, setSpots] = useState<Spot[]>([]);
  useEffect(() => {
    const place = () => {
      const width = chart.getWidth();
      const height = chart.getHeight() - LEGEND_BAND;
      const next = ports.flatMap((p): Spot[] => {
        const [x = -1, y = -1] = chart.convertToPixel({ geoIndex: 0 }, lonLat(p));
        return x >= 0 && x <= width && y >= 0 && y <= height
          ? [{ id: p.id, x, y, size: size(p) }]
          : [];
      });
      // Charts report 'finished' after every frame they draw; only a move needs a render here.
      setSpots((prev) => (JSON.stringify(prev) === JSON.stringify(next) ? prev : next));
    };
    place();
    chart.on('finished', place);
    return () => {
      chart.off('finished', place);
    };
  }, [chart, ports, size]);

  const byId = new Map(ports.map((p) => [p.id, p]));
  return (
    <div className="port-map-targets" style={{ height: chart.getHeight() - LEGEND_BAND }}>
      {spots.map((spot) => {
        const port = byId.get(spot.id);
        if (!port) return null;
        const side = Math.max(spot.size, 16);
        return (
          <Link
            key={spot.id}
            to={`/ports/${spot.id}`}
            className="port-map-target"
            aria-label={label(port)}
            data-testid={`port-map-target-${port.code}`}
            style={{ left: spot.x - side / 2, top: spot.y - side / 2, width: side, height: side }}
            onFocus={() => onFocus(port)}
            onBlur={onBlur}
          />
        );
      })}
    </div>
  );
}
