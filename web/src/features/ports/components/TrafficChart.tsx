import type { PortTraffic } from '@contracts';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../../components/charts/Chart.tsx';
import { usePortLabels } from '../../../components/portLabels.ts';

const COLOURS = [
  '#0b4fa8',
  '#237804',
  '#ad4e00',
  '#722ed1',
  '#a8071a',
  '#08979c',
  '#595959',
  '#d4380d',
  '#1d39c4',
];

/** Yearly volumes per category (bars), or the latest year's months (lines); one series per category and unit. */
export function TrafficChart({ traffic, monthly }: { traffic: PortTraffic; monthly: boolean }) {
  const { t } = useTranslation();
  const labels = usePortLabels();
  const name = (s: PortTraffic['series'][number]) =>
    `${labels.category(s.categoryCode)}（${labels.trafficUnit(s.unit)}）`;
  const latest = Math.max(0, ...traffic.series.flatMap((s) => s.monthly.map((m) => m.year)));
  const years = [...new Set(traffic.series.flatMap((s) => s.yearly.map((y) => y.year)))].sort();
  const months = Array.from({ length: 12 }, (_, i) => i + 1);
  const x = monthly
    ? months.map((m) => `${latest}-${String(m).padStart(2, '0')}`)
    : years.map(String);
  const series = traffic.series.map((s) => ({
    name: name(s),
    type: monthly ? ('line' as const) : ('bar' as const),
    data: monthly
      ? months.map((m) => s.monthly.find((v) => v.year === latest && v.month === m)?.value ?? null)
      : years.map((y) => s.yearly.find((v) => v.year === y)?.value ?? null),
    barMaxWidth: 24,
  }));
  const label = `${monthly ? t('ports.trafficMonthly', { year: latest }) : t('ports.trafficYearly')}: ${series.map((s) => `${s.name} ${s.data.map((v, i) => `${x[i]} ${v ?? '—'}`).join(', ')}`).join('; ')}`;
  return (
    <Chart
      testId={monthly ? 'chart-traffic-monthly' : 'chart-traffic-yearly'}
      label={label}
      option={{
        color: COLOURS,
        tooltip: { trigger: 'axis' },
        legend: { bottom: 0, type: 'scroll' },
        grid: { left: 64, right: 16, top: 16, bottom: 56 },
        xAxis: { type: 'category', data: x },
        yAxis: { type: 'value' },
        series,
      }}
    />
  );
}
