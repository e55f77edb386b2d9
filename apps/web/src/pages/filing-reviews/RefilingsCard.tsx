/**
 * 变更后重新备案 on the province's review page: enterprises whose catalog changed materially
 * since their accepted filing, earliest last day first, the overdue ones in red; a filter
 * keeps only those past their 3 months.
 */
import { Card, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReceivedRefiling } from '../../api/types.ts';
import { useDeadlineList } from '../../hooks/useDeadlineList.ts';
import { formatTime } from '../../components/format.ts';
import {
  DeadlineFilters,
  DeadlineTable,
  enterpriseColumn,
  senderColumn,
} from '../../components/DeadlineTable.tsx';
import { DeadlineText } from '../filings/FilingParts.tsx';
import { refilingSummaryText } from '../filings/refiling-summary.ts';

const STATES = ['open', 'refiled', 'reverted'] as const;
const STATE_COLORS: Record<string, string> = {
  open: 'warning',
  refiled: 'processing',
  reverted: 'default',
};

export function RefilingsCard() {
  const { t } = useTranslation();
  const refilings = useDeadlineList<ReceivedRefiling>('/refilings', {
    filterKey: 'state',
    initialFilter: 'open',
    pageSize: 10,
  });

  return (
    <Card title={t('refiling.title')} style={{ marginTop: 24 }} data-testid="refilings">
      <DeadlineFilters
        value={refilings.filter}
        onChange={refilings.setFilter}
        options={STATES.map((value) => ({ value, label: t(`refiling.stateOf.${value}`) }))}
        placeholder={t('refiling.allStates')}
        overdue={refilings.overdue}
        onOverdue={refilings.setOverdue}
        overdueTestId="refiling-overdue-filter"
      />
      <DeadlineTable<ReceivedRefiling>
        rowKey="id"
        size="small"
        list={refilings.list}
        paging={refilings.paging}
        onPaging={refilings.setPaging}
        isOverdue={(row) => row.overdue}
        emptyText={t('refiling.empty')}
        testId="refiling-list"
        columns={[
          enterpriseColumn<ReceivedRefiling>(t),
          senderColumn<ReceivedRefiling>(t),
          {
            title: t('refiling.changedAt'),
            key: 'changedAt',
            render: (_: unknown, row) => (
              <Space orientation="vertical" size={0}>
                <span>{formatTime(row.changedAt)}</span>
                <Typography.Text type="secondary">
                  {t('versions.label', { n: row.baseCatalogVersion })}
                </Typography.Text>
              </Space>
            ),
          },
          {
            title: t('refiling.changes'),
            key: 'changes',
            render: (_: unknown, row) => refilingSummaryText(t, row.summary),
          },
          {
            title: t('refiling.refileBy'),
            key: 'refileBy',
            render: (_: unknown, row) => (
              <DeadlineText dueBy={row.refileBy} state={row.deadlineState} />
            ),
          },
          {
            title: t('refiling.state'),
            key: 'state',
            render: (_: unknown, row) => (
              <Tag color={STATE_COLORS[row.state] ?? 'default'} data-state={row.state}>
                {t(`refiling.stateOf.${row.state}`)}
              </Tag>
            ),
          },
        ]}
      />
    </Card>
  );
}
