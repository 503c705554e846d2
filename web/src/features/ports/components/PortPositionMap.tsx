import type { Port } from '@contracts';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useTranslation } from 'react-i18next';
import { echarts, GEO_STYLE } from './chinaMap.ts';

/** One port's position on the map of China, centred on it. */
export default function PortPositionMap({ port }: { port: Port }) {
  const { t } = useTranslation();
  if (port.latitude === null || port.longitude === null) return null;
  return (
    <div
      role="img"
      aria-label={t('ports.position', { lat: port.latitude, lon: port.longitude })}
      data-testid="port-position-map"
    >
      <ReactEChartsCore
        echarts={echarts}
        notMerge
        style={{ height: 320 }}
        option={{
          geo: { ...GEO_STYLE, center: [port.longitude, port.latitude], zoom: 5 },
          series: [
            {
              type: 'scatter',
              coordinateSystem: 'geo',
              symbolSize: 14,
              itemStyle: { color: '#a8071a', borderColor: '#fff', borderWidth: 2 },
              data: [{ name: port.code, value: [port.longitude, port.latitude] }],
            },
          ],
        }}
      />
    </div>
  );
}
