/** One received filing: its items, then accept, or return with an overall and per-item comments. */
import { useEffect, useState } from 'react';
import { Alert, App, Button, Descriptions, Drawer, Input, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { FilingReviewDetail, ReviewFilingRequest } from '../../api/types.ts';
import { useAuth } from '../../auth/useAuth.ts';
import { can } from '../../auth/permissions.ts';
import { useApiQuery } from '../../hooks/useApiQuery.ts';
import { useApiError } from '../../hooks/useApiError.ts';
import { formatTime } from '../../components/format.ts';
import { DeadlineText, FilingItemsTable, FilingStatusTag } from '../filings/FilingParts.tsx';

export function ReviewDrawer({
  id,
  onClose,
  onDecided,
}: {
  id: string | null;
  onClose: () => void;
  onDecided: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user } = useAuth();
  const showError = useApiError();
  const detail = useApiQuery<FilingReviewDetail>(id === null ? null : `/filing-reviews/${id}`);
  const [comment, setComment] = useState('');
  const [itemComments, setItemComments] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    setComment('');
    setItemComments({});
  }, [id]);
  const filing = id === null || detail.data?.id !== id ? undefined : detail.data;
  const pending = filing?.status === 'received' && can(user?.role, 'decideFilings');

  const decide = (decision: ReviewFilingRequest['decision']) => {
    if (id === null) return;
    if (decision === 'returned' && comment.trim().length === 0) {
      void message.warning(t('filingReviews.commentRequired'));
      return;
    }
    setBusy(true);
    const body: ReviewFilingRequest = {
      decision,
      comment,
      itemComments: Object.entries(itemComments)
        .filter(([, text]) => text.trim().length > 0)
        .map(([itemId, text]) => ({ itemId, comment: text })),
    };
    api.post(`/filing-reviews/${id}/review`, body).then(
      () => {
        setBusy(false);
        void message.success(t('filingReviews.decided'));
        detail.reload();
        onDecided();
      },
      (error: unknown) => {
        setBusy(false);
        showError(error);
      },
    );
  };

  return (
    <Drawer
      open={id !== null}
      size={1100}
      title={filing ? filing.enterprise.name : t('filings.detail')}
      onClose={onClose}
      data-testid="review-drawer"
    >
      {filing && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label={t('filings.uscc')}>
              {filing.enterprise.uscc}
            </Descriptions.Item>
            <Descriptions.Item label={t('filings.status')}>
              <FilingStatusTag status={filing.status} />
            </Descriptions.Item>
            <Descriptions.Item label={t('filings.kind')}>
              {t(`filings.kindOf.${filing.kind}`)} ·{' '}
              {t('versions.label', { n: filing.catalogVersion })}
            </Descriptions.Item>
            <Descriptions.Item label={t('filingReviews.reviewBy')}>
              <DeadlineText dueBy={filing.reviewBy} state={filing.deadlineState} />
            </Descriptions.Item>
            <Descriptions.Item label={t('filingReviews.received')}>
              {formatTime(filing.receivedAt)}
            </Descriptions.Item>
            <Descriptions.Item label={t('filings.reviewer')}>
              {filing.reviewer ?? '—'}
            </Descriptions.Item>
          </Descriptions>
          {filing.resubmitOf && <Alert type="info" title={t('filings.resubmitOf')} />}
          {filing.withdrawReason && (
            <Alert
              type="warning"
              title={t('filingReviews.withdrawReason')}
              description={filing.withdrawReason}
            />
          )}
          {!pending && filing.reviewComment && (
            <Alert
              type="info"
              title={t('filings.reviewComment')}
              description={filing.reviewComment}
            />
          )}
          <FilingItemsTable
            items={filing.items}
            {...(pending && {
              comments: itemComments,
              onComment: (itemId: string, text: string) => {
                setItemComments((all) => ({ ...all, [itemId]: text }));
              },
            })}
          />
          {pending && (
            <>
              <Typography.Text strong>{t('filingReviews.comment')}</Typography.Text>
              <Input.TextArea
                rows={3}
                maxLength={2000}
                value={comment}
                data-testid="review-comment-input"
                onChange={(event) => {
                  setComment(event.target.value);
                }}
              />
              <Space>
                <Button
                  type="primary"
                  loading={busy}
                  data-testid="review-accept"
                  onClick={() => {
                    decide('accepted');
                  }}
                >
                  {t('filingReviews.accept')}
                </Button>
                <Button
                  danger
                  loading={busy}
                  data-testid="review-return"
                  onClick={() => {
                    decide('returned');
                  }}
                >
                  {t('filingReviews.return')}
                </Button>
              </Space>
            </>
          )}
        </Space>
      )}
    </Drawer>
  );
}
