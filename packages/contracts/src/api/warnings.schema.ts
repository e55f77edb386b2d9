import { z } from 'zod';
import { INDICATOR_KINDS, WARNING_LEVELS, WARNING_TYPES } from '@shuan/core';
import { ListQuerySchema, pageOf, QueryBooleanSchema } from './common.schema.ts';

// Warnings and notices (预警通报), docs/warnings.md. Codes, indicators and deadlines are
// checked in the use case (stable WARNING_* codes); the schemas keep shapes and sizes.

const IndicatorInputSchema = z.strictObject({
  kind: z.enum(INDICATOR_KINDS),
  value: z.string().min(1).max(300),
  note: z.string().max(500).optional(),
});

/** Who is addressed (industry: GB/T 4754 divisions `36`/`C36`; region: GB/T 2260 codes). */
export const WarningAudienceInputSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('all') }),
  z.strictObject({
    kind: z.literal('industry'),
    industries: z.array(z.string().min(1).max(6)).min(1).max(97),
  }),
  z.strictObject({
    kind: z.literal('region'),
    regions: z.array(z.string().min(1).max(12)).min(1).max(200),
  }),
  z.strictObject({ kind: z.literal('key') }),
  z.strictObject({
    kind: z.literal('named'),
    usccs: z.array(z.string().min(1).max(40)).max(1000).default([]),
    nodeIds: z.array(z.string().min(1).max(128)).max(1000).default([]),
  }),
]);

/** Body of `POST /api/v1/warnings`. */
export const IssueWarningRequestSchema = z.strictObject({
  level: z.enum(WARNING_LEVELS),
  type: z.enum(WARNING_TYPES),
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().min(1).max(10_000),
  indicators: z.array(IndicatorInputSchema).max(500).default([]),
  measures: z.string().max(10_000).default(''),
  ackBy: z.iso.datetime({ offset: true }),
  feedbackBy: z.iso.datetime({ offset: true }),
  audience: WarningAudienceInputSchema,
});

export const WarningIndicatorOutSchema = z.object({
  kind: z.enum(INDICATOR_KINDS),
  value: z.string(),
  note: z.string().optional(),
});

/** A warning as every node shows it. */
export const WarningSchema = z.object({
  id: z.uuid(),
  origin: z.enum(['issued', 'received']),
  receivedFrom: z.string().nullable(),
  issuedBy: z.string(),
  issuerName: z.string(),
  issuedAt: z.string(),
  issuedUser: z.string().nullable(),
  level: z.enum(WARNING_LEVELS),
  type: z.enum(WARNING_TYPES),
  title: z.string(),
  description: z.string(),
  indicators: z.array(WarningIndicatorOutSchema),
  measures: z.string(),
  ackBy: z.string(),
  feedbackBy: z.string(),
  audience: z.record(z.string(), z.unknown()),
});

/** A tracked warning's figures (rates of the delivered, 0–1, null before any delivery). */
export const WarningSummarySchema = z.object({
  addressed: z.number().int(),
  delivered: z.number().int(),
  acknowledged: z.number().int(),
  answered: z.number().int(),
  overdue: z.number().int(),
  ackRate: z.number().nullable(),
  feedbackRate: z.number().nullable(),
});

export const TrackedWarningSchema = WarningSchema.extend({ summary: WarningSummarySchema });

export const TrackedWarningPageSchema = pageOf(TrackedWarningSchema);

export const WarningRecipientStateSchema = z.enum([
  'undeliverable',
  'delivered',
  'acknowledged',
  'answered',
]);

/** One addressed enterprise in the issuer's tracking table. */
export const WarningRecipientSchema = z.object({
  id: z.uuid(),
  uscc: z.string().nullable(),
  name: z.string(),
  regionCode: z.string().nullable(),
  industryCode: z.string().nullable(),
  nodeId: z.string().nullable(),
  viaNode: z.string().nullable(),
  tenant: z.boolean(),
  state: WarningRecipientStateSchema,
  deliveredAt: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  acknowledgedBy: z.string().nullable(),
  answeredAt: z.string().nullable(),
  answeredBy: z.string().nullable(),
  measures: z.string().nullable(),
  matchedIndicators: z.number().int().nullable(),
  ackOverdue: z.boolean(),
  feedbackOverdue: z.boolean(),
  chaseCount: z.number().int(),
  lastChasedAt: z.string().nullable(),
});

/**
 * One entry of a warning's history on the tracking node: a chase (催办) by a user, an
 * automatic chase (自动催办), or a delivery to enterprises that joined the audience late.
 */
export const WarningEventSchema = z.object({
  at: z.iso.datetime(),
  kind: z.enum(['chase', 'auto-chase', 'late-delivery']),
  /** A user name, `system`, or `node:<id>` (a province reporting a late delivery). */
  actor: z.string(),
  recipients: z.array(
    z.object({ uscc: z.string().nullable(), name: z.string(), nodeId: z.string().nullable() }),
  ),
  queuedTo: z.array(z.string()),
});

/** `GET /api/v1/warnings/:id`: the warning, its figures, every recipient and its history. */
export const WarningTrackingSchema = TrackedWarningSchema.extend({
  recipients: z.array(WarningRecipientSchema),
  history: z.array(WarningEventSchema),
  /** Child nodes the warning was queued to (provinces from the ministry, enterprises' nodes). */
  queuedTo: z.array(z.string()).optional(),
});

/** Body of `POST /api/v1/warnings/:id/chase`. */
export const ChaseWarningRequestSchema = z.strictObject({
  message: z.string().max(1000).default(''),
});

export const ChaseWarningResponseSchema = z.object({
  chased: z.number().int(),
  queuedTo: z.array(z.string()),
});

export const ListTrackedWarningsQuerySchema = ListQuerySchema;

export const ListWarningInboxQuerySchema = ListQuerySchema.extend({
  open: QueryBooleanSchema.optional(),
});

/** One indicator found in what the enterprise holds. */
export const IndicatorMatchSchema = z.object({
  indicator: WarningIndicatorOutSchema,
  subject: z.enum(['source', 'catalog-item']),
  subjectId: z.string(),
  subjectName: z.string(),
  matched: z.string(),
});

/** A warning in the enterprise's inbox with its own progress. */
export const InboxWarningSchema = WarningSchema.extend({
  receivedAt: z.string(),
  state: WarningRecipientStateSchema,
  acknowledgedAt: z.string().nullable(),
  acknowledgedBy: z.string().nullable(),
  answeredAt: z.string().nullable(),
  answeredBy: z.string().nullable(),
  answer: z.string().nullable(),
  reminders: z.number().int(),
  lastRemindedAt: z.string().nullable(),
  ackOverdue: z.boolean(),
  feedbackOverdue: z.boolean(),
});

export const InboxWarningPageSchema = pageOf(InboxWarningSchema);

/** `GET /api/v1/warning-inbox/:id`: with the indicators matched against the org's holdings. */
export const InboxWarningDetailSchema = InboxWarningSchema.extend({
  matches: z.array(IndicatorMatchSchema),
});

/** Body of `POST /api/v1/warning-inbox/:id/feedback`: the measures taken. */
export const WarningFeedbackRequestSchema = z.strictObject({
  measures: z.string().trim().min(1).max(10_000),
});
