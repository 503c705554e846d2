import { BarChart, HeatmapChart, LineChart, PieChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { EChartsOption, EChartsType } from 'echarts';

// Only the kinds of chart the pages draw, to keep the bundle small; the port maps add theirs (chinaMap.ts).
echarts.use([
  LineChart,
  BarChart,
  PieChart,
  HeatmapChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
]);

/** What ECharts says about a click on a data item. */
export type ChartClick = { dataIndex: number; value: unknown; data: unknown };

type Props = {
  option: EChartsOption;
  /** What the chart says, for screen readers (the canvas itself says nothing). */
  label: string;
  testId: string;
  height?: number;
  onClick?: (params: ChartClick) => void;
  /** Other ECharts events by name, e.g. `legendselectchanged`. */
  onEvents?: Record<string, (params: unknown) => void>;
  /**
   * Merge each new option into the chart instead of replacing it, so what the user did to the chart
   * (a map zoomed or dragged, for one) survives a re-render; the option must then name every series.
   */
  merge?: boolean;
  /** The ECharts instance once it is drawn, for charts that drive it (e.g. fit a map to its points). */
  onReady?: (chart: EChartsType) => void;
};

/**
 * An ECharts chart with a text description for screen readers. A tooltip formatter that returns HTML
 * must be built with `chartFormatter` and `html` (escape.ts), since ECharts inserts it as markup.
 */
export function Chart({
  option,
  label,
  testId,
  height = 300,
  onClick,
  onEvents,
  merge = false,
  onReady,
}: Props) {
  const events = { ...onEvents, ...(onClick ? { click: onClick } : {}) };
  return (
    <div role="img" aria-label={label} data-testid={testId}>
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge={!merge}
        style={{ height }}
        onEvents={Object.keys(events).length > 0 ? events : undefined}
        onChartReady={onReady}
      />
    </div>
  );
}
