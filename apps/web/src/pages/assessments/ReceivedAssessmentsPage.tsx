/**
 * 收到的风险评估 (province: the reports its enterprises filed; ministry: the reports the
 * provinces passed on), with conclusions, validity, the checklist version assessed against and
 * the province's review (审核). A province also reviews the reports here and sends its yearly
 * summary of receipt and review to the ministry (the card above the list).
 */
import { useState } from 'react';
import { Button, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { can } from '../../auth/permissions.ts';
import { useAuth } from '../../auth/useAuth.ts';
import { formatTime } from '../../components/format.ts';
import { useApiQuery } from '../../hooks/useApiQuery.ts';
import { useNodeRole } from '../../hooks/useNodeRole.ts';
import { AssessmentYearSummaryCard } from './AssessmentYearSummaryCard.tsx';
import { ReviewCell, ValidityTag } from './AssessmentParts.tsx';
import { ReviewAssessmentModal } from './ReviewAssessmentModal.tsx';
import type { ReceivedAssessment } from './types.ts';

export function ReceivedAssessmentsPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const province = useNodeRole() === 'province';
  const mayReview = province && can(user?.role, 'reviewAssessments');
  const list = useApiQuery<{ items: ReceivedAssessment[] }>('/assessments-received');
  const [reviewing, setReviewing] = useState<ReceivedAssessment | null>(null);
  // Bumped after each review, so the summary card recounts the reviews.
  const [reviews, setReviews] = useState(0);
  return (
    <div data-testid="page-assessments-received">
      <Typography.Title level={3}>{t('assessments.received')}</Typography.Title>
      {province && <AssessmentYearSummaryCard refreshKey={reviews} />}
      <Table<ReceivedAssessment>
        rowKey="id"
        loading={list.loading}
        scroll={{ x: 'max-content' }}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('assessments.empty') }}
        columns={[
          { title: t('assessments.enterprise'), dataIndex: 'name', key: 'name' },
          { title: 'USCC', dataIndex: 'uscc', key: 'uscc' },
          { title: t('assessments.year'), dataIndex: 'year', key: 'year' },
          {
            title: t('assessments.checklistVersion'),
            key: 'checklist',
            render: (_: unknown, row) => `${row.checklistId} ${row.checklistVersion}`,
          },
          { title: t('assessments.completedOn'), dataIndex: 'completedOn', key: 'completedOn' },
          {
            title: t('assessments.validUntil'),
            key: 'validUntil',
            render: (_: unknown, row) => (
              <span>
                {row.validUntil} <ValidityTag validity={row.validity} />
              </span>
            ),
          },
          {
            title: t('assessments.distribution'),
            key: 'distribution',
            render: (_: unknown, row) =>
              (['critical', 'high', 'medium', 'low'] as const)
                .map(
                  (band) => `${t(`assessments.bandOf.${band}`)} ${String(row.distribution[band])}`,
                )
                .join(' / '),
          },
          { title: t('assessments.openRisks'), dataIndex: 'openRisks', key: 'openRisks' },
          { title: t('assessments.conclusion'), dataIndex: 'conclusion', key: 'conclusion' },
          { title: t('assessments.sender'), dataIndex: 'sender', key: 'sender' },
          {
            title: t('assessments.receivedAt'),
            key: 'receivedAt',
            render: (_: unknown, row) => formatTime(row.receivedAt),
          },
          {
            title: t('assessments.forwardedAt'),
            key: 'forwardedAt',
            render: (_: unknown, row) =>
              row.forwardedAt === null ? '—' : formatTime(row.forwardedAt),
          },
          // The province reviews; the ministry receives the reports, not the reviews.
          ...(province
            ? [
                {
                  title: t('assessmentReview.column'),
                  key: 'review',
                  render: (_: unknown, row: ReceivedAssessment) => (
                    <ReviewCell review={row.review} />
                  ),
                },
              ]
            : []),
          ...(mayReview
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  render: (_: unknown, row: ReceivedAssessment) => (
                    <Button
                      size="small"
                      data-testid={`review-assessment-${row.id}`}
                      onClick={() => {
                        setReviewing(row);
                      }}
                    >
                      {t('assessmentReview.action')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <ReviewAssessmentModal
        report={reviewing}
        onClose={() => {
          setReviewing(null);
        }}
        onReviewed={() => {
          setReviewing(null);
          setReviews((n) => n + 1);
          list.reload();
        }}
      />
    </div>
  );
}
