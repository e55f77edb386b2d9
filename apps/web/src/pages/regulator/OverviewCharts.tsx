/** Charts of the regulator overview: monthly series, breakdowns and assessment conclusions. */
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useTranslation } from 'react-i18next';
import type { RegulatorOverview } from '../../api/types.ts';
import { echarts } from './regulator-echarts.ts';

type KeyCount = RegulatorOverview['incidents']['byLevel'][number];

const LEVEL_COLORS: Record<string, string> = {
  general: '#1f4e8c',
  'relatively-major': '#d48806',
  major: '#d4380d',
  'especially-major': '#a8071a',
};
const CONCLUSION_COLORS = {
  none: '#389e0d',
  low: '#1f4e8c',
  medium: '#d48806',
  high: '#d4380d',
  critical: '#a8071a',
} as const;

export function MonthlyLines({ overview }: { overview: RegulatorOverview }) {
  const { t } = useTranslation();
  const option = {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 8, right: 16, top: 16, bottom: 40, containLabel: true },
    xAxis: { type: 'category', data: overview.months },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        name: t('regulator.incidents'),
        type: 'line',
        data: overview.incidents.byMonth.map((m) => m.count),
        itemStyle: { color: '#d4380d' },
      },
      {
        name: t('regulator.risks'),
        type: 'line',
        data: overview.risks.byMonth.map((m) => m.count),
        itemStyle: { color: '#1f4e8c' },
      },
    ],
  };
  return <ReactEChartsCore echarts={echarts} option={option} style={{ height: 300 }} notMerge />;
}

/** A donut of one breakdown, names in the page's language. */
export function BreakdownPie({
  rows,
  colors,
}: {
  rows: KeyCount[];
  colors?: Record<string, string>;
}) {
  const { i18n } = useTranslation();
  const english = i18n.language.startsWith('en');
  const option = {
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0, type: 'scroll' },
    series: [
      {
        type: 'pie',
        radius: ['40%', '65%'],
        center: ['50%', '42%'],
        label: { show: false },
        // Zero slices are left out: a pie of zeros would draw equal slices.
        data: rows
          .filter((row) => row.count > 0)
          .map((row) => ({
            name: english ? row.nameEn : row.name,
            value: row.count,
            itemStyle: colors?.[row.key] ? { color: colors[row.key] } : {},
          })),
      },
    ],
  };
  return <ReactEChartsCore echarts={echarts} option={option} style={{ height: 280 }} notMerge />;
}

export function LevelPie({ rows }: { rows: KeyCount[] }) {
  return <BreakdownPie rows={rows} colors={LEVEL_COLORS} />;
}

/** Horizontal bars of one breakdown (industries, regions), the largest on top. */
export function BreakdownBars({ rows }: { rows: KeyCount[] }) {
  const { i18n } = useTranslation();
  const english = i18n.language.startsWith('en');
  const shown = rows.slice(0, 15).reverse();
  const option = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: shown.map((r) => (english ? r.nameEn : r.name)) },
    series: [{ type: 'bar', data: shown.map((r) => r.count), itemStyle: { color: '#1f4e8c' } }],
  };
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      style={{ height: Math.max(240, shown.length * 26) }}
      notMerge
    />
  );
}

export function ConclusionPie({ overview }: { overview: RegulatorOverview }) {
  const { t } = useTranslation();
  const rows = Object.entries(overview.assessments.byConclusion).map(([key, count]) => {
    const name = t(`regulator.conclusion.${key as keyof typeof CONCLUSION_COLORS}`);
    return { key, name, nameEn: name, count };
  });
  return <BreakdownPie rows={rows} colors={CONCLUSION_COLORS} />;
}
