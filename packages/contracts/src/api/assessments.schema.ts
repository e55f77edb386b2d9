import { z } from 'zod';

/**
 * The yearly risk assessment API (`/api/v1/assessments…`, docs/risk-assessment.md); the
 * cross-border self-check is in cross-border.schema.ts.
 */

const Day = z.iso.date();
const Text = (max: number) => z.string().max(max);

/** Status of a checklist answer. */
export const CHECKLIST_ANSWER_STATUSES = [
  'pending',
  'compliant',
  'partial',
  'non-compliant',
  'not-applicable',
] as const;

/** Status of a risk register entry. */
export const RISK_REGISTER_STATUSES = ['open', 'in-progress', 'done', 'accepted'] as const;

/** One team member and their role in the assessment. */
export const AssessmentTeamMemberSchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  role: z.string().trim().min(1).max(100),
  organization: Text(200).default(''),
});

/** Body of `POST /api/v1/assessments`. */
export const CreateAssessmentRequestSchema = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  title: z.string().trim().min(1).max(200).optional(),
  team: z.array(AssessmentTeamMemberSchema).max(50).default([]),
});

/** Body of `PATCH /api/v1/assessments/:id` (a draft only). */
export const UpdateAssessmentRequestSchema = z.strictObject({
  title: z.string().trim().min(1).max(200).optional(),
  team: z.array(AssessmentTeamMemberSchema).max(50).optional(),
  conclusion: Text(10000).optional(),
  measures: Text(10000).optional(),
});

/** Params of a checklist item. */
export const ChecklistItemParamsSchema = z.object({
  id: z.uuid(),
  itemId: z.string().regex(/^[A-Z0-9][A-Z0-9-]{0,63}$/),
});

/** Body of `PUT /api/v1/assessments/:id/checklist/:itemId`. */
export const SaveChecklistAnswerRequestSchema = z.strictObject({
  status: z.enum(CHECKLIST_ANSWER_STATUSES),
  notes: Text(10000).default(''),
  catalogItemIds: z.array(z.uuid()).max(200).default([]),
  links: z
    .array(z.url({ protocol: /^https?$/ }).max(2000))
    .max(50)
    .default([]),
});

/** Body of `POST /api/v1/assessments/:id/evidence`: a small file, base64-encoded. */
export const UploadEvidenceRequestSchema = z.strictObject({
  checklistItemId: z.string().regex(/^[A-Z0-9][A-Z0-9-]{0,63}$/),
  fileName: z.string().trim().min(1).max(200),
  contentType: z
    .string()
    .regex(/^[\w.+-]+\/[\w.+-]+$/)
    .max(100)
    .default('application/octet-stream'),
  contentBase64: z.base64().max(800_000),
});

/** Params of an evidence file, finding or register entry. */
export const AssessmentChildParamsSchema = z.object({ id: z.uuid(), childId: z.uuid() });

/** Body of `POST/PATCH …/findings`. */
export const SaveFindingRequestSchema = z.strictObject({
  checklistItemId: z
    .string()
    .regex(/^[A-Z0-9][A-Z0-9-]{0,63}$/)
    .nullable()
    .default(null),
  title: z.string().trim().min(1).max(200),
  description: Text(10000).default(''),
  likelihood: z.number().int().min(1).max(5),
  impact: z.number().int().min(1).max(5),
});

/** Body of `POST/PATCH …/risks`. */
export const SaveRiskRequestSchema = z.strictObject({
  findingId: z.uuid().nullable().default(null),
  title: z.string().trim().min(1).max(200),
  owner: z.string().trim().min(1).max(100),
  measures: Text(10000).default(''),
  remediationDue: Day,
  status: z.enum(RISK_REGISTER_STATUSES).default('open'),
});

/** Body of `POST /api/v1/assessments/:id/complete`. */
export const CompleteAssessmentRequestSchema = z.strictObject({
  /** The completion day; today (China) by default. */
  completedOn: Day.optional(),
});

const BandCounts = z.object({
  low: z.number(),
  medium: z.number(),
  high: z.number(),
  critical: z.number(),
});

/** Filing deadline, validity and reminders of a completed assessment. */
export const AssessmentDatesSchema = z.object({
  filingDueBy: z.string(),
  filingOverdue: z.boolean(),
  validUntil: z.string(),
  validity: z.enum(['valid', 'expiring-soon', 'expired']),
  reminders: z.array(z.object({ daysBefore: z.number(), on: z.string(), due: z.boolean() })),
});

/** One assessment in the list. */
export const AssessmentSummarySchema = z.object({
  id: z.string(),
  year: z.number(),
  title: z.string(),
  status: z.enum(['draft', 'completed']),
  checklistId: z.string(),
  checklistVersion: z.string(),
  scopeCount: z.number(),
  findingCount: z.number().optional(),
  completedOn: z.string().nullable(),
  filedAt: z.string().nullable(),
  dates: AssessmentDatesSchema.nullable(),
  createdAt: z.string(),
});

/** `GET /api/v1/assessments`. */
export const AssessmentListSchema = z.object({ items: z.array(AssessmentSummarySchema) });

/** One assessment with everything the detail page shows. */
export const AssessmentDetailSchema = AssessmentSummarySchema.extend({
  team: z.array(z.object({ name: z.string(), role: z.string(), organization: z.string() })),
  scope: z.array(z.record(z.string(), z.unknown())),
  facts: z.record(z.string(), z.unknown()),
  scopeRefreshedAt: z.string(),
  conclusion: z.string(),
  measures: z.string(),
  completedBy: z.string().nullable(),
  filedReceiver: z.string().nullable(),
  checklist: z.array(
    z.object({
      itemId: z.string(),
      title: z.object({ zh: z.string(), en: z.string() }),
      guidance: z.object({ zh: z.string(), en: z.string() }),
      reference: z.string(),
      status: z.enum(CHECKLIST_ANSWER_STATUSES),
      notes: z.string(),
      catalogItemIds: z.array(z.string()),
      links: z.array(z.string()),
      evidence: z.array(
        z.object({
          id: z.string(),
          fileName: z.string(),
          contentType: z.string(),
          sizeBytes: z.number(),
          uploadedBy: z.string(),
          uploadedAt: z.string(),
        }),
      ),
    }),
  ),
  findings: z.array(
    z.object({
      id: z.string(),
      checklistItemId: z.string().nullable(),
      title: z.string(),
      description: z.string(),
      likelihood: z.number(),
      impact: z.number(),
      score: z.number(),
      band: z.enum(['low', 'medium', 'high', 'critical']),
    }),
  ),
  risks: z.array(
    z.object({
      id: z.string(),
      findingId: z.string().nullable(),
      title: z.string(),
      owner: z.string(),
      measures: z.string(),
      remediationDue: z.string(),
      status: z.enum(RISK_REGISTER_STATUSES),
      overdue: z.boolean(),
    }),
  ),
  distribution: BandCounts,
});

/** `GET /api/v1/assessments-received` (province). */
/** A province's review (审核) of a received assessment report. */
export const AssessmentReviewSchema = z.object({
  outcome: z.enum(['accepted', 'needs-rework']),
  note: z.string().nullable(),
  by: z.string(),
  at: z.string(),
});

export const ReceivedAssessmentListSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      sender: z.string(),
      tenant: z.boolean(),
      assessmentId: z.string(),
      uscc: z.string(),
      name: z.string(),
      year: z.number(),
      completedOn: z.string(),
      validUntil: z.string(),
      validity: z.enum(['valid', 'expiring-soon', 'expired']),
      conclusion: z.string(),
      distribution: BandCounts,
      findingCount: z.number(),
      openRisks: z.number(),
      /** The checklist the enterprise assessed against. */
      checklistId: z.string(),
      checklistVersion: z.string(),
      receivedAt: z.string(),
      /** When a province passed it on to the ministry (null: not yet, or on the ministry). */
      forwardedAt: z.string().nullable(),
      /** The province's review (审核): null until reviewed. */
      review: AssessmentReviewSchema.nullable(),
    }),
  ),
});
