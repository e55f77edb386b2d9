/** Pieces both sides of the filing loop show: status tags, deadline countdowns, item tables. */
import { Input, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { DeadlineState, FilingItemView } from '../../api/types.ts';
import { CategoryText, LevelTag } from '../../components/Tags.tsx';
import { formatCount } from '../../components/format.ts';

const STATUS_COLORS: Record<string, string> = {
  submitted: 'processing',
  received: 'processing',
  accepted: 'success',
  returned: 'error',
  withdrawn: 'default',
  refused: 'error',
};

export function FilingStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status] ?? 'default'} data-status={status}>
      {t(`filingStatus.${status}`, { defaultValue: status })}
    </Tag>
  );
}

/**
 * A deadline with its countdown in calendar days: red when overdue, orange when due soon
 * (the server's state, counted in working days), plain otherwise; greyed when no clock runs.
 */
export function DeadlineText({ dueBy, state }: { dueBy: string; state: DeadlineState | null }) {
  const { t } = useTranslation();
  if (state === null) return <Typography.Text type="secondary">{dueBy}</Typography.Text>;
  const days = dayjs(dueBy).diff(dayjs().startOf('day'), 'day');
  const text =
    state === 'overdue'
      ? t('deadline.overdue', { date: dueBy, days: Math.max(1, -days) })
      : days === 0
        ? t('deadline.today', { date: dueBy })
        : t('deadline.left', { date: dueBy, days });
  return (
    <Typography.Text
      type={state === 'overdue' ? 'danger' : state === 'due-soon' ? 'warning' : undefined}
      strong={state !== 'open'}
      data-deadline={state}
    >
      {text}
    </Typography.Text>
  );
}

/**
 * The items of a filing with their Art. 12 fields and the province's comment on each.
 * With `onComment`, the comment column is an input (the reviewer writes per-item comments).
 */
export function FilingItemsTable({
  items,
  comments,
  onComment,
}: {
  items: readonly FilingItemView[];
  comments?: Record<string, string>;
  onComment?: (itemId: string, comment: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Table<FilingItemView>
      size="small"
      rowKey="itemId"
      pagination={false}
      dataSource={[...items]}
      scroll={{ x: 1200 }}
      data-testid="filing-items"
      columns={[
        {
          title: t('filings.change'),
          dataIndex: 'change',
          width: 80,
          render: (_: unknown, row) => t(`itemChange.${row.change}`),
        },
        {
          title: t('filings.items'),
          key: 'table',
          render: (_: unknown, row) =>
            row.item ? `${row.item.sourceName} · ${row.item.table}` : row.itemId,
        },
        {
          title: t('catalog.level'),
          key: 'level',
          width: 100,
          render: (_: unknown, row) => (row.item ? <LevelTag level={row.item.level} /> : '—'),
        },
        {
          title: t('catalog.category'),
          key: 'category',
          render: (_: unknown, row) => (row.item ? <CategoryText code={row.item.category} /> : '—'),
        },
        {
          title: t('catalog.rows'),
          key: 'rows',
          render: (_: unknown, row) => formatCount(row.item?.rows),
        },
        {
          title: t('filing.purpose'),
          key: 'purpose',
          render: (_: unknown, row) => row.item?.purpose ?? '—',
        },
        {
          title: t('filing.storageLocation'),
          key: 'storage',
          render: (_: unknown, row) => row.item?.storageLocation ?? '—',
        },
        {
          title: t('filing.protection'),
          key: 'protection',
          render: (_: unknown, row) => row.item?.protection ?? '—',
        },
        {
          title: t('filing.responsiblePerson'),
          key: 'person',
          render: (_: unknown, row) => row.item?.responsiblePerson ?? '—',
        },
        {
          title: t('filings.comment'),
          key: 'comment',
          width: 260,
          render: (_: unknown, row) =>
            onComment ? (
              <Input.TextArea
                autoSize
                maxLength={1000}
                placeholder={t('filingReviews.itemCommentPlaceholder')}
                value={comments?.[row.itemId] ?? ''}
                data-testid={`item-comment-${row.itemId}`}
                onChange={(event) => {
                  onComment(row.itemId, event.target.value);
                }}
              />
            ) : row.comment ? (
              <Typography.Text type="danger" data-testid="item-comment">
                {row.comment}
              </Typography.Text>
            ) : (
              '—'
            ),
        },
      ]}
    />
  );
}
