/**
 * The regulator pages also draw a tile map (heatmap with a visual map) and monthly lines:
 * registered here, on the app's shared ECharts core, so only these lazy pages pull them in.
 */
import { HeatmapChart, LineChart } from 'echarts/charts';
import { VisualMapComponent } from 'echarts/components';
import { echarts } from '../../charts/echarts.ts';

echarts.use([HeatmapChart, LineChart, VisualMapComponent]);

export { echarts };
