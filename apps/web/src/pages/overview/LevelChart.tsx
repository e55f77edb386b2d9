/** Donut of catalog items by level, coloured 一般 / 重要 / 核心. */
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useTranslation } from 'react-i18next';
import { echarts } from '../../charts/echarts.ts';
import { LEVEL_COLORS, LEVELS } from '../../components/levels.ts';
import type { Level } from '../../api/types.ts';

export function LevelChart({ counts }: { counts: Record<Level, number> }) {
  const { t } = useTranslation();
  const option = {
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['45%', '70%'],
        avoidLabelOverlap: true,
        label: { formatter: '{b}\n{c}' },
        data: LEVELS.map((level) => ({
          name: t(`level.${level}`),
          value: counts[level],
          itemStyle: { color: LEVEL_COLORS[level] },
          // A level with no items keeps its legend entry but gets no dangling label.
          label: { show: counts[level] > 0 },
          labelLine: { show: counts[level] > 0 },
        })),
      },
    ],
  };
  return <ReactEChartsCore echarts={echarts} option={option} style={{ height: 300 }} notMerge />;
}
