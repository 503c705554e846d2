import type { Port } from '@contracts';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../../components/charts/Chart.tsx';
import { GEO_STYLE } from './chinaMap.ts';

/** One port's position on the map of China, centred on it. */
export default function PortPositionMap({ port }: { port: Port }) {
  const { t } = useTranslation();
  if (port.latitude === null || port.longitude === null) return null;
  return (
    <Chart
      testId="port-position-map"
      label={t('ports.position', { lat: port.latitude, lon: port.longitude })}
      height={320}
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
  );
}
