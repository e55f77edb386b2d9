/** The national view's charts: filings by province (stacked by status), level, status, industry. */
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useTranslation } from 'react-i18next';
import { echarts } from '../../charts/echarts.ts';
import { LEVEL_COLORS, LEVELS } from '../../components/levels.ts';
import type { NationalOverview } from '../../api/types.ts';

const STATUSES = ['submitted', 'accepted', 'returned', 'overdue'] as const;
const STATUS_COLORS = {
  submitted: '#1f4e8c',
  accepted: '#389e0d',
  returned: '#d48806',
  overdue: '#cf1322',
} as const;

export function ProvinceBars({ overview }: { overview: NationalOverview }) {
  const { t } = useTranslation();
  const names = overview.provinces.map((p) => p.regionName ?? p.nodeId);
  const option = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0 },
    grid: { left: 8, right: 16, top: 16, bottom: 40, containLabel: true },
    xAxis: { type: 'category', data: names },
    yAxis: { type: 'value', minInterval: 1 },
    series: STATUSES.map((status) => ({
      name: t(`national.status.${status}`),
      type: 'bar',
      stack: 'filings',
      barMaxWidth: 32,
      itemStyle: { color: STATUS_COLORS[status] },
      data: overview.provinces.map((p) => p.byStatus[status]),
    })),
  };
  return <ReactEChartsCore echarts={echarts} option={option} style={{ height: 320 }} notMerge />;
}

function Donut({ data }: { data: { name: string; value: number; color: string }[] }) {
  const option = {
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['40%', '65%'],
        center: ['50%', '42%'],
        // The cards are narrow: figures in the tooltip and legend, not as outside labels.
        label: { show: false },
        labelLine: { show: false },
        data: data.map((d) => ({ name: d.name, value: d.value, itemStyle: { color: d.color } })),
      },
    ],
  };
  return <ReactEChartsCore echarts={echarts} option={option} style={{ height: 280 }} notMerge />;
}

export function LevelPie({ overview }: { overview: NationalOverview }) {
  const { t } = useTranslation();
  return (
    <Donut
      data={LEVELS.map((level) => ({
        name: t(`level.${level}`),
        value: overview.byLevel[level],
        color: LEVEL_COLORS[level],
      }))}
    />
  );
}

export function StatusPie({ overview }: { overview: NationalOverview }) {
  const { t } = useTranslation();
  return (
    <Donut
      data={STATUSES.map((status) => ({
        name: t(`national.status.${status}`),
        value: overview.byStatus[status],
        color: STATUS_COLORS[status],
      }))}
    />
  );
}

export function IndustryBars({ overview }: { overview: NationalOverview }) {
  const { i18n } = useTranslation();
  const rows = [...overview.byIndustry].reverse();
  const english = i18n.language.startsWith('en');
  const option = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      data: rows.map((row) => `${row.code} ${english ? row.nameEn : row.name}`),
    },
    series: [
      { type: 'bar', data: rows.map((row) => row.filings), itemStyle: { color: '#1f4e8c' } },
    ],
  };
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      style={{ height: Math.max(280, rows.length * 28) }}
      notMerge
    />
  );
}
