/**
 * 各省风险评估年度汇总 on 全国概览 (ministry): for a year, whether each province sent its
 * summary of receipt and review (due 25 December) — on time, late, not yet or overdue, the
 * overdue first — and the figures of the last summary it sent.
 */
import { useState } from 'react';
import { Alert, Card, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NationalAssessmentSummaries, NationalAssessmentSummary } from '../../api/types.ts';
import { chinaYear, formatTime } from '../../components/format.ts';
import { YearPicker } from '../../components/YearPicker.tsx';
import { errorText } from '../../hooks/useApiError.ts';
import { useApiQuery } from '../../hooks/useApiQuery.ts';

type State = NationalAssessmentSummary['state'];

const STATE_COLOURS: Record<State, string> = {
  overdue: 'red',
  'not-yet': 'default',
  late: 'orange',
  'on-time': 'green',
};
/** Display order: those that owe a summary past the due day first. */
const STATE_RANK: Record<State, number> = { overdue: 0, 'not-yet': 1, late: 2, 'on-time': 3 };

function byState(a: NationalAssessmentSummary, b: NationalAssessmentSummary): number {
  return (
    STATE_RANK[a.state] - STATE_RANK[b.state] ||
    (a.region ?? '').localeCompare(b.region ?? '') ||
    a.province.localeCompare(b.province)
  );
}

type Figure = 'expected' | 'received' | 'onTime' | 'late' | 'missingTotal' | 'reviewPending';

function figure(row: NationalAssessmentSummary, key: Figure): number | string {
  if (row.summary === null) return '—';
  return key === 'reviewPending' ? row.summary.review.pending : row.summary[key];
}

const FIGURES: readonly [Figure, string][] = [
  ['expected', 'yearSummary.expected'],
  ['received', 'yearSummary.received'],
  ['onTime', 'yearSummary.onTime'],
  ['late', 'yearSummary.late'],
  ['reviewPending', 'nationalYearSummaries.reviewPending'],
  ['missingTotal', 'yearSummary.missing'],
];

export function NationalAssessmentSummariesCard() {
  const { t, i18n } = useTranslation();
  const [year, setYear] = useState(chinaYear);
  const list = useApiQuery<NationalAssessmentSummaries>('/national/assessment-summaries', {
    year,
  });
  const data = list.data?.year === year ? list.data : undefined;
  const counts = new Map<State, number>();
  for (const item of data?.items ?? []) counts.set(item.state, (counts.get(item.state) ?? 0) + 1);

  return (
    <Card
      title={t('nationalYearSummaries.title')}
      data-testid="national-assessment-summaries"
      extra={
        <Space>
          {data && (
            <Typography.Text type="secondary">
              {t('nationalYearSummaries.dueBy', { dueBy: data.dueBy })}
            </Typography.Text>
          )}
          <YearPicker value={year} onChange={setYear} testId="national-assessment-summaries-year" />
        </Space>
      }
    >
      {list.error !== undefined && !list.loading && (
        <Alert
          type="error"
          style={{ marginBottom: 16 }}
          title={t('errors.loadFailed')}
          description={errorText(t, (key) => i18n.exists(key), list.error)}
        />
      )}
      <Space wrap style={{ marginBottom: 8 }} data-testid="national-assessment-summaries-counts">
        {(Object.keys(STATE_RANK) as State[]).map((state) => (
          <Tag key={state} color={STATE_COLOURS[state]}>
            {t(`nationalYearSummaries.stateOf.${state}`)} {counts.get(state) ?? 0}
          </Tag>
        ))}
      </Space>
      <Table<NationalAssessmentSummary>
        rowKey="province"
        size="small"
        pagination={false}
        loading={list.loading}
        scroll={{ x: 'max-content' }}
        dataSource={[...(data?.items ?? [])].sort(byState)}
        locale={{ emptyText: t('nationalYearSummaries.empty') }}
        onRow={(row) =>
          ({
            'data-testid': `national-assessment-summary-${row.province}`,
            'data-state': row.state,
            style: row.state === 'overdue' ? { background: '#fff1f0' } : {},
          }) as object
        }
        columns={[
          {
            title: t('nationalYearSummaries.province'),
            key: 'province',
            render: (_: unknown, row) => (
              <>
                {row.regionName ?? row.province}{' '}
                <span style={{ color: '#888' }}>
                  {row.region ?? ''} {row.regionName === null ? '' : row.province}
                </span>
              </>
            ),
          },
          {
            title: t('nationalYearSummaries.state'),
            key: 'state',
            render: (_: unknown, row) => (
              <Tag color={STATE_COLOURS[row.state]}>
                {t(`nationalYearSummaries.stateOf.${row.state}`)}
              </Tag>
            ),
          },
          {
            title: t('nationalYearSummaries.firstReportedAt'),
            key: 'firstReportedAt',
            render: (_: unknown, row) => formatTime(row.firstReportedAt),
          },
          {
            title: t('nationalYearSummaries.lastReportedAt'),
            key: 'lastReportedAt',
            render: (_: unknown, row) => formatTime(row.lastReportedAt),
          },
          ...FIGURES.map(([key, label]) => ({
            title: t(label),
            key,
            align: 'right' as const,
            render: (_: unknown, row: NationalAssessmentSummary) => figure(row, key),
          })),
        ]}
      />
    </Card>
  );
}
