/** The ministry's China map: a tile map of the provinces coloured by the chosen figure. */
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { RegulatorMap } from '../../api/types.ts';
import { echarts } from './regulator-echarts.ts';
import { PROVINCE_TILES, TILE_COLUMNS, TILE_ROWS } from './province-tiles.ts';

/** A figure's value as shown: a rate in per cent, a count as is, nothing as a dash. */
export function formatValue(figure: RegulatorMap['figure'], value: number | null): string {
  if (value === null) return '—';
  return figure === 'ackRate' ? `${(value * 100).toFixed(1)}%` : String(value);
}

export function ProvinceTileMap({ map, noData }: { map: RegulatorMap; noData: string }) {
  const data = map.provinces.flatMap((p) => {
    const tile = PROVINCE_TILES[p.code];
    if (tile === undefined) return [];
    // -1 marks "not reported": outside the visual map's range, drawn grey.
    return [{ name: tile.short, fullName: p.name, value: [tile.col, tile.row, p.value ?? -1] }];
  });
  const max = map.figure === 'ackRate' ? 1 : Math.max(1, map.max);
  const option = {
    tooltip: {
      formatter: (params: { data: { fullName: string; value: [number, number, number] } }) => {
        const value = params.data.value[2];
        return `${params.data.fullName}：${value < 0 ? noData : formatValue(map.figure, value)}`;
      },
    },
    grid: { left: 8, right: 8, top: 8, bottom: 56 },
    xAxis: { type: 'category', data: [...Array(TILE_COLUMNS).keys()], show: false },
    yAxis: { type: 'category', data: [...Array(TILE_ROWS).keys()], show: false, inverse: true },
    visualMap: {
      min: 0,
      max,
      calculable: true,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      inRange: { color: ['#e6f0ff', '#1f4e8c'] },
      outOfRange: { color: '#f0f0f0' },
      formatter: (value: number) => formatValue(map.figure, value),
    },
    series: [
      {
        type: 'heatmap',
        data,
        itemStyle: { borderColor: '#fff', borderWidth: 3 },
        label: {
          show: true,
          fontSize: 11,
          formatter: (params: { data: { name: string; value: [number, number, number] } }) => {
            const value = params.data.value[2];
            return `${params.data.name}\n${value < 0 ? '—' : formatValue(map.figure, value)}`;
          },
        },
      },
    ],
  };
  return (
    <div data-testid="regulator-tile-map">
      <ReactEChartsCore echarts={echarts} option={option} style={{ height: 460 }} notMerge />
    </div>
  );
}
