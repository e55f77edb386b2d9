/**
 * 备案审核: the province's queue of received filings, earliest review deadline first, the
 * overdue ones in red; open one to accept it or return it with comments per item. Below,
 * the enterprises that must re-file after a material change of their catalog (3 months).
 */
import { useState } from 'react';
import { Button, Checkbox, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FilingReview, Page } from '../../api/types.ts';
import { useApiQuery } from '../../hooks/useApiQuery.ts';
import { formatTime } from '../../components/format.ts';
import { DeadlineText, FilingStatusTag } from '../filings/FilingParts.tsx';
import { RefilingsCard } from './RefilingsCard.tsx';
import { ReviewDrawer } from './ReviewDrawer.tsx';

const STATUSES = ['received', 'accepted', 'returned', 'withdrawn'] as const;

export function FilingReviewsPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [status, setStatus] = useState<string | undefined>('received');
  const [overdue, setOverdue] = useState(false);
  const [opened, setOpened] = useState<string | null>(null);
  const query = {
    ...page,
    ...(overdue ? { overdue: 'true' } : status === undefined ? {} : { status }),
  };
  const list = useApiQuery<Page<FilingReview>>('/filing-reviews', query);

  return (
    <div data-testid="page-filing-reviews">
      <Typography.Title level={3}>{t('nav.filingReviews')}</Typography.Title>
      <Space style={{ marginBottom: 16 }} wrap>
        <Select<string>
          allowClear
          style={{ width: 160 }}
          placeholder={t('filingReviews.allStatuses')}
          value={status}
          disabled={overdue}
          data-testid="review-status-filter"
          options={STATUSES.map((value) => ({ value, label: t(`filingStatus.${value}`) }))}
          onChange={(value) => {
            setStatus(value);
            setPage((p) => ({ ...p, page: 1 }));
          }}
        />
        <Checkbox
          checked={overdue}
          data-testid="review-overdue-filter"
          onChange={(event) => {
            setOverdue(event.target.checked);
            setPage((p) => ({ ...p, page: 1 }));
          }}
        >
          {t('filingReviews.overdueOnly')}
        </Checkbox>
      </Space>
      <Table<FilingReview>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        data-testid="review-queue"
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
            title: t('filings.kind'),
            key: 'kind',
            render: (_: unknown, row) => (
              <Space orientation="vertical" size={0}>
                <span>
                  {t(`filings.kindOf.${row.kind}`)} ·{' '}
                  {t('versions.label', { n: row.catalogVersion })}
                </span>
                {row.changes && (
                  <Typography.Text type="secondary">
                    {t('filingReviews.changes', row.changes)}
                  </Typography.Text>
                )}
              </Space>
            ),
          },
          {
            title: t('filings.items'),
            key: 'counts',
            render: (_: unknown, row) => t('filings.counts', row.counts),
          },
          {
            title: t('filingReviews.received'),
            key: 'received',
            render: (_: unknown, row) => formatTime(row.receivedAt),
          },
          {
            title: t('filingReviews.reviewBy'),
            key: 'deadline',
            render: (_: unknown, row) => (
              <DeadlineText dueBy={row.reviewBy} state={row.deadlineState} />
            ),
          },
          {
            title: t('filings.status'),
            key: 'status',
            render: (_: unknown, row) => <FilingStatusTag status={row.status} />,
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, row) => (
              <Button
                size="small"
                type={row.status === 'received' ? 'primary' : 'default'}
                data-testid={`review-open-${row.filingId}`}
                onClick={() => {
                  setOpened(row.id);
                }}
              >
                {row.status === 'received' ? t('filingReviews.open') : t('filings.detail')}
              </Button>
            ),
          },
        ]}
      />
      <ReviewDrawer
        id={opened}
        onClose={() => {
          setOpened(null);
        }}
        onDecided={list.reload}
      />
      <RefilingsCard />
    </div>
  );
}
