import { z } from 'zod';
import { AssessmentYearSummaryPayloadSchema } from '../federation/assessment-messages.schema.ts';
import { AssessmentReviewSchema } from './assessments.schema.ts';

/**
 * The province's review of received assessment reports and the yearly summary of receipt and
 * review it reports to the ministry before 25 December (docs/risk-assessment.md § Yearly
 * summary): `POST /assessments-received/:id/review`, `GET|POST /assessment-summaries`, and
 * the ministry's `GET /national/assessment-summaries`.
 */

export const Year = z.coerce.number().int().min(2000).max(2100);

/** `POST /assessments-received/:id/review`: 审核通过, or 需整改 with what to do. */
export const ReviewReceivedAssessmentRequestSchema = z
  .strictObject({
    outcome: z.enum(['accepted', 'needs-rework']),
    note: z.string().trim().max(2000).optional(),
  })
  .refine((body) => body.outcome === 'accepted' || (body.note ?? '') !== '', {
    message: '需整改须写明意见 / a needs-rework review needs a note',
    path: ['note'],
  });

export const ReceivedAssessmentParamsSchema = z.object({ id: z.uuid() });

/** The review as recorded (the list's `review` field). */
export const ReceivedAssessmentReviewSchema = z.object({
  id: z.string(),
  review: AssessmentReviewSchema,
});

export const AssessmentSummaryParamsSchema = z.object({ year: Year });

/** `POST /assessment-summaries`: compute the year's summary now and send it to the ministry. */
export const SendAssessmentSummaryRequestSchema = z.strictObject({ year: Year });

/** The summary as the province computes it now, and the last one it sent for the year. */
export const AssessmentSummaryViewSchema = z.object({
  current: AssessmentYearSummaryPayloadSchema,
  sent: z
    .object({
      summary: AssessmentYearSummaryPayloadSchema,
      firstSentAt: z.string(),
      lastSentAt: z.string(),
    })
    .nullable(),
  /** False on a province without a parent: it can compute the summary but not send it. */
  canSend: z.boolean(),
});

export const SentAssessmentSummarySchema = z.object({
  messageId: z.string(),
  receiver: z.string(),
  summary: AssessmentYearSummaryPayloadSchema,
});

export const NationalAssessmentSummariesQuerySchema = z.object({ year: Year.optional() });

/** Whether a province reported the year: by the due day, after it, not yet, or overdue. */
export const SUMMARY_STATES = ['on-time', 'late', 'not-yet', 'overdue'] as const;

/** `GET /national/assessment-summaries`: every province (child) and its summary of the year. */
export const NationalAssessmentSummariesSchema = z.object({
  year: z.number(),
  dueBy: z.string(),
  items: z.array(
    z.object({
      province: z.string(),
      /** The region of the province's enrollment scope; null for another scope. */
      region: z.string().nullable(),
      /** The region's name (GB/T 2260), e.g. 福建省. */
      regionName: z.string().nullable(),
      state: z.enum(SUMMARY_STATES),
      firstReportedAt: z.string().nullable(),
      lastReportedAt: z.string().nullable(),
      summary: AssessmentYearSummaryPayloadSchema.nullable(),
    }),
  ),
});
