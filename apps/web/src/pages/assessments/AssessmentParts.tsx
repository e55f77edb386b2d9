/**
 * Small pieces shared by the assessment pages: deadline text, validity and band tags, and the
 * province's review of a received report.
 */
import { Space, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../components/format.ts';
import {
  BAND_COLOURS,
  type AssessmentDates,
  type AssessmentReview,
  type AssessmentSummary,
  type Band,
} from './types.ts';

export function ValidityTag({ validity }: { validity: AssessmentDates['validity'] }) {
  const { t } = useTranslation();
  const colour = validity === 'valid' ? 'green' : validity === 'expired' ? 'red' : 'orange';
  return (
    <Tag color={colour} data-testid="assessment-validity">
      {t(`assessments.validity.${validity}`)}
    </Tag>
  );
}

export function BandTag({ band }: { band: Band }) {
  const { t } = useTranslation();
  return <Tag color={BAND_COLOURS[band]}>{t(`assessments.bandOf.${band}`)}</Tag>;
}

/** The filing deadline (with the unconfirmed-wording note) or when it was filed. */
export function DatesText({ row }: { row: AssessmentSummary }) {
  const { t } = useTranslation();
  if (row.dates === null) return <span>—</span>;
  if (row.filedAt !== null) {
    return (
      <Space>
        <Tag color="green">{t('assessments.filed')}</Tag>
        {formatTime(row.filedAt)}
      </Space>
    );
  }
  return (
    <Space data-testid="assessment-filing-due">
      <Tooltip title={t('assessments.unconfirmedFiling')}>
        <span>{row.dates.filingDueBy}</span>
      </Tooltip>
      {row.dates.filingOverdue ? (
        <Tag color="red">{t('assessments.filingOverdue')}</Tag>
      ) : (
        <Tag>{t('assessments.notFiled')}</Tag>
      )}
    </Space>
  );
}

const REVIEW_COLOURS = { accepted: 'green', 'needs-rework': 'orange' } as const;

/** 审核通过 / 需整改 / 待审核, who reviewed and when in the tooltip, the note below. */
export function ReviewCell({ review }: { review: AssessmentReview | null }) {
  const { t } = useTranslation();
  if (review === null) {
    return (
      <Tag data-testid="assessment-review" data-outcome="pending">
        {t('assessmentReview.outcomeOf.pending')}
      </Tag>
    );
  }
  const byAt = t('assessmentReview.byAt', { by: review.by, at: formatTime(review.at) });
  return (
    <Tooltip
      title={
        <>
          <div>{byAt}</div>
          {review.note && <div style={{ whiteSpace: 'pre-wrap' }}>{review.note}</div>}
        </>
      }
    >
      <div>
        <Tag
          color={REVIEW_COLOURS[review.outcome]}
          data-testid="assessment-review"
          data-outcome={review.outcome}
        >
          {t(`assessmentReview.outcomeOf.${review.outcome}`)}
        </Tag>
        {review.note && (
          <Typography.Paragraph
            type="secondary"
            ellipsis={{ rows: 2 }}
            style={{ margin: '4px 0 0', maxWidth: 220, fontSize: 12 }}
          >
            {review.note}
          </Typography.Paragraph>
        )}
      </div>
    </Tooltip>
  );
}
