/** One filing of the enterprise: status, deadline, the province's comment and its items. */
import { Alert, Descriptions, Drawer, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FilingDetail } from '../../api/types.ts';
import { useApiQuery } from '../../hooks/useApiQuery.ts';
import { formatTime } from '../../components/format.ts';
import { DeadlineText, FilingItemsTable, FilingStatusTag } from './FilingParts.tsx';
import { FilingRefusal } from './FilingRefusal.tsx';

export function FilingDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const detail = useApiQuery<FilingDetail>(id === null ? null : `/filings/${id}`);
  const filing = id === null ? undefined : detail.data;
  return (
    <Drawer
      open={id !== null}
      size={1100}
      title={t('filings.detail')}
      onClose={onClose}
      data-testid="filing-drawer"
    >
      {filing && filing.id === id && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <FilingRefusal filing={filing} />
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label={t('filings.status')}>
              <FilingStatusTag status={filing.status} />
            </Descriptions.Item>
            <Descriptions.Item label={t('filings.kind')}>
              {t(`filings.kindOf.${filing.kind}`)} ·{' '}
              {t('versions.label', { n: filing.catalogVersion })}
            </Descriptions.Item>
            <Descriptions.Item label={t('filings.reviewBy')}>
              <DeadlineText
                dueBy={filing.reviewBy}
                state={filing.status === 'submitted' ? filing.deadlineState : null}
              />
            </Descriptions.Item>
            <Descriptions.Item label={t('filings.resubmitBy')}>
              {filing.resubmitBy === null ? (
                '—'
              ) : (
                <DeadlineText dueBy={filing.resubmitBy} state={filing.deadlineState} />
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('filings.reviewer')}>
              {filing.reviewer ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('filings.reviewedAt')}>
              {formatTime(filing.reviewedAt)}
            </Descriptions.Item>
          </Descriptions>
          {filing.reviewComment && (
            <Alert
              type={filing.status === 'returned' ? 'error' : 'info'}
              title={t('filings.reviewComment')}
              description={filing.reviewComment}
              data-testid="review-comment"
            />
          )}
          {filing.withdrawReason && (
            <Alert
              type="warning"
              title={t('filings.withdrawReason')}
              description={filing.withdrawReason}
            />
          )}
          <FilingItemsTable items={filing.items} />
        </Space>
      )}
    </Drawer>
  );
}
