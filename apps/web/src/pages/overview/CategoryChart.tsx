/** Horizontal bars of catalog items by data category. */
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useTranslation } from 'react-i18next';
import { echarts } from '../../charts/echarts.ts';

/** Keys the server may use for items without a category. */
const NO_CATEGORY = new Set(['', 'none', 'null', 'uncategorized']);

export function CategoryChart({ counts }: { counts: Readonly<Record<string, number>> }) {
  const { t } = useTranslation();
  const sorted = Object.entries(counts)
    .map(([category, count]) => ({ category: NO_CATEGORY.has(category) ? null : category, count }))
    .sort((a, b) => a.count - b.count);
  const option = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      data: sorted.map((row) =>
        row.category
          ? t(`category.${row.category}`, { defaultValue: row.category })
          : t('category.none'),
      ),
    },
    series: [
      {
        type: 'bar',
        data: sorted.map((row) => row.count),
        itemStyle: { color: '#1f4e8c' },
        barMaxWidth: 24,
      },
    ],
  };
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      style={{ height: Math.max(300, sorted.length * 28) }}
      notMerge
    />
  );
}
