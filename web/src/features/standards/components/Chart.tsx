import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { EChartsOption } from 'echarts';

// The charts the standards dashboard draws: bars, lines and the ports × aspects heatmap.
echarts.use([
  LineChart,
  BarChart,
  HeatmapChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
]);

type Props = {
  option: EChartsOption;
  /** What the chart says, for screen readers (the canvas itself says nothing). */
  label: string;
  testId: string;
  height?: number;
  onClick?: (params: { dataIndex: number; value: unknown; data: unknown }) => void;
};

export function Chart({ option, label, testId, height = 300, onClick }: Props) {
  return (
    <div role="img" aria-label={label} data-testid={testId}>
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        style={{ height }}
        onEvents={onClick ? { click: onClick } : undefined}
      />
    </div>
  );
}
