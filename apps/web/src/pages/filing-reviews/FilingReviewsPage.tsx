/**
 * 备案审核: the province's queue of received filings, earliest review deadline first, the
 * overdue ones in red; open one to accept it or return it with comments per item. Below,
 * the enterprises that must re-file after a material change of their catalog (3 months).
 */
import { useState } from 'react';
import { Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FilingReview } from '../../api/types.ts';
import { useDeadlineList } from '../../hooks/useDeadlineList.ts';
import { formatTime } from '../../components/format.ts';
import {
  DeadlineFilters,
  DeadlineTable,
  enterpriseColumn,
  senderColumn,
} from '../../components/DeadlineTable.tsx';
import { DeadlineText, FilingStatusTag } from '../filings/FilingParts.tsx';
import { RefilingsCard } from './RefilingsCard.tsx';
import { ReviewDrawer } from './ReviewDrawer.tsx';

const STATUSES = ['received', 'accepted', 'returned', 'withdrawn'] as const;

export function FilingReviewsPage() {
  const { t } = useTranslation();
  const queue = useDeadlineList<FilingReview>('/filing-reviews', {
    filterKey: 'status',
    initialFilter: 'received',
    pageSize: 20,
  });
  const [opened, setOpened] = useState<string | null>(null);

  return (
    <div data-testid="page-filing-reviews">
      <Typography.Title level={3}>{t('nav.filingReviews')}</Typography.Title>
      <DeadlineFilters
        value={queue.filter}
        onChange={queue.setFilter}
        options={STATUSES.map((value) => ({ value, label: t(`filingStatus.${value}`) }))}
        placeholder={t('filingReviews.allStatuses')}
        overdue={queue.overdue}
        onOverdue={queue.setOverdue}
        selectTestId="review-status-filter"
        overdueTestId="review-overdue-filter"
      />
      <DeadlineTable<FilingReview>
        rowKey="id"
        list={queue.list}
        paging={queue.paging}
        onPaging={queue.setPaging}
        isOverdue={(row) => row.overdue}
        testId="review-queue"
        columns={[
          enterpriseColumn<FilingReview>(t),
          senderColumn<FilingReview>(t),
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
        onDecided={queue.list.reload}
      />
      <RefilingsCard />
    </div>
  );
}
