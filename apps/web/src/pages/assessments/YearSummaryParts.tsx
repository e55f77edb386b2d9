/**
 * Pieces of the province's yearly summary card: the on time / late / not filed bar, the
 * enterprises that have not filed, and what was last sent to the ministry.
 */
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummaryView, AssessmentYearSummary } from '../../api/types.ts';
import { echarts } from '../../charts/echarts.ts';
import { formatTime } from '../../components/format.ts';

const COLOURS = { onTime: '#389e0d', late: '#d48806', missing: '#cf1322' } as const;

/** Of the expected enterprises: filed on time, filed late, not filed. */
export function FilingBars({ summary }: { summary: AssessmentYearSummary }) {
  const { t } = useTranslation();
  const bars = [
    ['onTime', summary.onTime],
    ['late', summary.late],
    ['missing', summary.missingTotal],
  ] as const;
  const option = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: bars.map(([key]) => t(`yearSummary.${key}`)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'bar',
        barMaxWidth: 40,
        label: { show: true, position: 'top' },
        data: bars.map(([key, value]) => ({ value, itemStyle: { color: COLOURS[key] } })),
      },
    ],
  };
  return (
    <div data-testid="year-summary-chart">
      <ReactEChartsCore echarts={echarts} option={option} style={{ height: 220 }} notMerge />
    </div>
  );
}

/** The expected enterprises without a report, with the total when not all are listed. */
export function MissingTable({ summary }: { summary: AssessmentYearSummary }) {
  const { t } = useTranslation();
  if (summary.missingTotal === 0) {
    return <Typography.Text type="secondary">{t('yearSummary.noMissing')}</Typography.Text>;
  }
  return (
    <Table<AssessmentYearSummary['missing'][number]>
      rowKey="uscc"
      size="small"
      data-testid="year-summary-missing-list"
      dataSource={summary.missing}
      pagination={summary.missing.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      title={() => (
        <Space>
          <Typography.Text strong>{t('yearSummary.missing')}</Typography.Text>
          {summary.missingTotal > summary.missing.length && (
            <Typography.Text type="secondary">
              {t('yearSummary.missingMore', {
                shown: summary.missing.length,
                total: summary.missingTotal,
              })}
            </Typography.Text>
          )}
        </Space>
      )}
      columns={[
        { title: t('yearSummary.uscc'), dataIndex: 'uscc', key: 'uscc' },
        { title: t('yearSummary.name'), dataIndex: 'name', key: 'name' },
      ]}
    />
  );
}

/** The figures a send carries; `asOf` and the (capped) list left out. */
function figures(summary: AssessmentYearSummary): string {
  const { expected, received, onTime, late, review, risks, openRisks, missingTotal } = summary;
  return JSON.stringify([expected, received, onTime, late, review, risks, openRisks, missingTotal]);
}

/** When the year's summary was sent (first and last), or 未上报. */
export function SentText({ view }: { view: AssessmentSummaryView }) {
  const { t } = useTranslation();
  const { sent } = view;
  if (sent === null) {
    return (
      <Tag data-testid="year-summary-sent" data-sent="false">
        {t('yearSummary.notSent')}
      </Tag>
    );
  }
  return (
    <Space wrap data-testid="year-summary-sent" data-sent="true">
      <Tag color="green">
        {t('yearSummary.sentAt', {
          last: formatTime(sent.lastSentAt),
          first: formatTime(sent.firstSentAt),
        })}
      </Tag>
      {figures(sent.summary) !== figures(view.current) && (
        <Typography.Text type="warning">{t('yearSummary.changedSinceSent')}</Typography.Text>
      )}
    </Space>
  );
}
