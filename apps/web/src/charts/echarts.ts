/**
 * ECharts with only what the app draws (pie and bar, tooltip, legend, grid) so the bundle
 * stays small; pass this instance to `echarts-for-react/esm/core`.
 */
import * as echarts from 'echarts/core';
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([PieChart, BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export { echarts };
