/**
 * 变更后重新备案 on the province's review page: enterprises whose catalog changed materially
 * since their accepted filing, earliest last day first, the overdue ones in red; a filter
 * keeps only those past their 3 months.
 */
import { useState } from 'react';
import { Card, Checkbox, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Page, ReceivedRefiling } from '../../api/types.ts';
import { useApiQuery } from '../../hooks/useApiQuery.ts';
import { formatTime } from '../../components/format.ts';
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
  const [page, setPage] = useState({ page: 1, pageSize: 10 });
  const [state, setState] = useState<string | undefined>('open');
  const [overdue, setOverdue] = useState(false);
  const query = {
    ...page,
    ...(overdue ? { overdue: 'true' } : state === undefined ? {} : { state }),
  };
  const list = useApiQuery<Page<ReceivedRefiling>>('/refilings', query);

  return (
    <Card title={t('refiling.title')} style={{ marginTop: 24 }} data-testid="refilings">
      <Space style={{ marginBottom: 16 }} wrap>
        <Select<string>
          allowClear
          style={{ width: 160 }}
          placeholder={t('refiling.allStates')}
          value={state}
          disabled={overdue}
          options={STATES.map((value) => ({ value, label: t(`refiling.stateOf.${value}`) }))}
          onChange={(value) => {
            setState(value);
            setPage((p) => ({ ...p, page: 1 }));
          }}
        />
        <Checkbox
          checked={overdue}
          data-testid="refiling-overdue-filter"
          onChange={(event) => {
            setOverdue(event.target.checked);
            setPage((p) => ({ ...p, page: 1 }));
          }}
        >
          {t('filingReviews.overdueOnly')}
        </Checkbox>
      </Space>
      <Table<ReceivedRefiling>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('refiling.empty') }}
        data-testid="refiling-list"
        onRow={(row) =>
          ({
            'data-overdue': String(row.overdue),
            style: row.overdue ? { background: '#fff1f0' } : undefined,
          }) as object
        }
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: list.data?.total ?? 0,
          onChange: (current, pageSize) => {
            setPage({ page: current, pageSize });
          },
        }}
        columns={[
          {
            title: t('filingReviews.enterprise'),
            key: 'enterprise',
            render: (_: unknown, row) => (
              <Space orientation="vertical" size={0}>
                <Typography.Text strong>{row.enterprise.name}</Typography.Text>
                <Typography.Text type="secondary">{row.enterprise.uscc}</Typography.Text>
              </Space>
            ),
          },
          {
            title: t('filingReviews.sender'),
            key: 'sender',
            render: (_: unknown, row) =>
              row.tenant ? <Tag>{t('filingReviews.tenant')}</Tag> : row.sender,
          },
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
