import type { HomeSummary } from '@contracts';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../../components/charts/Chart.tsx';

/** Successful and failed logins per day over the last week. */
export function LoginsChart({ days }: { days: NonNullable<HomeSummary['loginsLast7Days']> }) {
  const { t } = useTranslation();
  const success = t('home.loginSuccess');
  const failure = t('home.loginFailure');
  const label = `${t('home.loginsTitle')}: ${days.map((d) => `${d.date} ${success} ${d.success}, ${failure} ${d.failure}`).join('; ')}`;
  return (
    <Chart
      testId="chart-logins"
      label={label}
      option={{
        color: ['#0b4fa8', '#cf1322'],
        tooltip: { trigger: 'axis' },
        legend: { data: [success, failure], bottom: 0 },
        grid: { left: 40, right: 16, top: 16, bottom: 48 },
        xAxis: { type: 'category', data: days.map((d) => d.date.slice(5)) },
        yAxis: { type: 'value', minInterval: 1 },
        series: [
          { name: success, type: 'bar', data: days.map((d) => d.success), barMaxWidth: 28 },
          { name: failure, type: 'line', data: days.map((d) => d.failure), smooth: true },
        ],
      }}
    />
  );
}
