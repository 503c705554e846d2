import { ORG_KINDS, type HomeSummary } from '@contracts';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../../components/charts/Chart.tsx';
import { chartFormatter, html } from '../../../components/charts/escape.ts';
import { useLabels } from '../../../i18n/labels.ts';

/** Org units in the user's scope, by kind. */
export function OrgKindsChart({ byKind }: { byKind: HomeSummary['orgUnitsByKind'] }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const data = ORG_KINDS.filter((kind) => (byKind[kind] ?? 0) > 0).map((kind) => ({
    name: labels.kind(kind),
    value: byKind[kind] ?? 0,
  }));
  const label = `${t('home.orgTitle')}: ${data.map((d) => `${d.name} ${d.value}`).join(', ')}`;
  return (
    <Chart
      testId="chart-org-kinds"
      label={label}
      option={{
        tooltip: {
          trigger: 'item',
          formatter: chartFormatter((p: unknown) => {
            const { name, value, percent } = p as { name: string; value: number; percent: number };
            return html`${name}: ${value} (${percent}%)`;
          }),
        },
        series: [
          {
            type: 'pie',
            radius: ['40%', '68%'],
            center: ['50%', '50%'],
            label: { formatter: '{b} {c}' },
            data,
          },
        ],
      }}
    />
  );
}
