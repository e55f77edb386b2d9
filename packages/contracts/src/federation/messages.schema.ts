import { z } from 'zod';
import type { MessageType } from '@shuan/core';
import { CATEGORY_CODES, LEVELS } from '@shuan/core/taxonomy';
import { FilingFieldsSchema } from '../api/catalog.schema.ts';
import {
  AssessmentReportPayloadSchema,
  AssessmentYearSummaryPayloadSchema,
  ChecklistPublishPayloadSchema,
} from './assessment-messages.schema.ts';
import {
  FilingEnterpriseSchema,
  IndustryCodeSchema,
  RegionCodeSchema,
} from './enterprise.schema.ts';
import { NodeIdSchema, Sm3HexSchema } from './envelope.schema.ts';
import {
  IncidentReportPayloadSchema,
  RiskReportPayloadSchema,
} from './incident-messages.schema.ts';
import { FilingChangePayloadSchema } from './refiling-messages.schema.ts';
import { MessageRefusedPayloadSchema } from './refusal-messages.schema.ts';
import {
  WarningAckPayloadSchema,
  WarningChasePayloadSchema,
  WarningDeliveryPayloadSchema,
  WarningFeedbackPayloadSchema,
  WarningIssuePayloadSchema,
} from './warning-messages.schema.ts';

/**
 * One filed catalog item: the grade and the filing fields of Measures Art. 12 (never the
 * data itself). `itemId` is stable across versions so reviews can comment per item.
 */
export const FiledItemSchema = FilingFieldsSchema.extend({
  itemId: z.uuid(),
  sourceName: z.string().max(200),
  table: z.string().max(500),
  category: z.enum(CATEGORY_CODES).nullable(),
  level: z.enum(LEVELS),
  rows: z.number().int().min(0).nullable(),
  sizeBytes: z.number().int().min(0).nullable(),
});

/**
 * `filing.submit` (up): a frozen catalog version, either in full or as the changes since
 * the last accepted filing (`baseVersion`). `resubmitOf` links a re-submission to the
 * filing that was returned.
 */
export const FilingSubmitPayloadSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('full'),
    filingId: z.uuid(),
    enterprise: FilingEnterpriseSchema,
    catalogVersion: z.number().int().min(1),
    resubmitOf: z.uuid().nullable(),
    items: z.array(FiledItemSchema),
  }),
  z.strictObject({
    kind: z.literal('changes'),
    filingId: z.uuid(),
    enterprise: FilingEnterpriseSchema,
    catalogVersion: z.number().int().min(1),
    baseVersion: z.number().int().min(1),
    resubmitOf: z.uuid().nullable(),
    added: z.array(FiledItemSchema),
    changed: z.array(FiledItemSchema),
    removedItemIds: z.array(z.uuid()),
  }),
]);

/** `filing.withdraw` (up): the enterprise takes back a filing not yet reviewed. */
export const FilingWithdrawPayloadSchema = z.strictObject({
  filingId: z.uuid(),
  reason: z.string().min(1).max(1000),
});

/**
 * `filing.review` (down): the province's decision. A returned filing carries the reasons,
 * overall and/or per item; the enterprise re-submits within 15 working days.
 */
export const FilingReviewPayloadSchema = z
  .strictObject({
    filingId: z.uuid(),
    decision: z.enum(['accepted', 'returned']),
    reviewedAt: z.iso.datetime(),
    reviewer: z.string().min(1).max(100),
    comment: z.string().max(2000).default(''),
    itemComments: z
      .array(z.strictObject({ itemId: z.uuid(), comment: z.string().min(1).max(1000) }))
      .default([]),
  })
  .refine(
    (review) =>
      review.decision === 'accepted' || review.comment.length > 0 || review.itemComments.length > 0,
    { message: 'a returned filing needs a reason', path: ['comment'] },
  );

/** One count of a rollup: filings by industry, region, level and status. */
export const RollupCountSchema = z.strictObject({
  industry: IndustryCodeSchema,
  region: RegionCodeSchema,
  level: z.enum(LEVELS),
  status: z.enum(['submitted', 'accepted', 'returned', 'overdue']),
  count: z.number().int().min(0),
});

/**
 * Where a re-filing obligation stands in a rollup (Measures Art. 12: re-file within 3 months
 * of a material change): `pending` — open, last day not passed; `overdue` — open, past its
 * last day; `refiled-on-time` / `refiled-late` — answered by a filing that reached the
 * province on or before / after the last day. Obligations closed by a revert are not counted.
 */
export const ROLLUP_REFILING_STATUSES = [
  'pending',
  'overdue',
  'refiled-on-time',
  'refiled-late',
] as const;

/** One count of a rollup's re-filings: obligations by industry (GB/T 4754) and status. */
export const RollupRefilingCountSchema = z.strictObject({
  industry: IndustryCodeSchema,
  status: z.enum(ROLLUP_REFILING_STATUSES),
  count: z.number().int().min(0),
});

/** An enterprise past its re-filing deadline, as its province reports it to the ministry. */
export const RollupOverdueRefilingSchema = z.strictObject({
  enterprise: FilingEnterpriseSchema,
  changedAt: z.iso.datetime(),
  refileBy: z.iso.date(),
});

/** At most this many overdue re-filings travel in one rollup (earliest last day first). */
export const MAX_ROLLUP_OVERDUE_REFILINGS = 500;

/** A rollup's re-filing section: counts, and the overdue enterprises (earliest first). */
export const RollupRefilingsSchema = z.strictObject({
  counts: z.array(RollupRefilingCountSchema),
  overdue: z.array(RollupOverdueRefilingSchema).max(MAX_ROLLUP_OVERDUE_REFILINGS),
});

/**
 * `rollup.report` (up): a province's counts as of a moment, replacing its previous report.
 * `refilings` is optional: reports of provinces that predate it stay valid (the ministry
 * then shows their re-filings as not reported).
 */
export const RollupReportPayloadSchema = z.strictObject({
  region: RegionCodeSchema,
  asOf: z.iso.datetime(),
  enterprises: z.number().int().min(0),
  counts: z.array(RollupCountSchema),
  refilings: RollupRefilingsSchema.optional(),
});

/**
 * `rulepack.publish` (down): a rule-pack version, passed on unchanged by provinces. `sm3` is
 * the digest of the pack's canonical JSON, so every node can show what it runs; the pack is
 * checked against the toolkit's rule-pack schema before use.
 */
export const RulePackPublishPayloadSchema = z.strictObject({
  packId: z.string().regex(/^[a-z][a-z0-9-]*$/),
  version: z.string().regex(/^\d{4}\.\d+$/),
  publishedBy: NodeIdSchema,
  sm3: Sm3HexSchema,
  pack: z.record(z.string(), z.unknown()),
});

/** `node.heartbeat` (both ways): liveness, outbox backlog and the rule packs a node runs. */
export const NodeHeartbeatPayloadSchema = z.strictObject({
  softwareVersion: z.string().max(50),
  backlog: z.number().int().min(0),
  rulePacks: z.record(z.string(), z.string()),
});

/**
 * `node.key-rotate` (up): the child's new SM2 public key (uncompressed, `04` + 128 hex). The
 * envelope is signed with the OLD key; the parent switches the key when it applies it.
 */
export const NodeKeyRotatePayloadSchema = z.strictObject({
  publicKey: z.string().regex(/^04[0-9a-fA-F]{128}$/, 'SM2 public key: 04 + 128 hex'),
});

/** The payload schema of each message type; a new type does not compile without one. */
export const MESSAGE_PAYLOAD_SCHEMAS = {
  'filing.submit': FilingSubmitPayloadSchema,
  'filing.withdraw': FilingWithdrawPayloadSchema,
  'filing.review': FilingReviewPayloadSchema,
  'filing.change': FilingChangePayloadSchema,
  'rollup.report': RollupReportPayloadSchema,
  'rulepack.publish': RulePackPublishPayloadSchema,
  'node.heartbeat': NodeHeartbeatPayloadSchema,
  'incident.report': IncidentReportPayloadSchema,
  'risk.report': RiskReportPayloadSchema,
  'assessment.report': AssessmentReportPayloadSchema,
  'assessment.year-summary': AssessmentYearSummaryPayloadSchema,
  'checklist.publish': ChecklistPublishPayloadSchema,
  'warning.issue': WarningIssuePayloadSchema,
  'warning.chase': WarningChasePayloadSchema,
  'warning.delivery': WarningDeliveryPayloadSchema,
  'warning.ack': WarningAckPayloadSchema,
  'warning.feedback': WarningFeedbackPayloadSchema,
  'node.key-rotate': NodeKeyRotatePayloadSchema,
  'message.refused': MessageRefusedPayloadSchema,
} as const satisfies Record<MessageType, z.ZodType>;

/** The payload of message type `T`, as parsed. */
export type MessagePayload<T extends MessageType> = z.infer<(typeof MESSAGE_PAYLOAD_SCHEMAS)[T]>;

/**
 * Checks a (joined) payload against the schema of its message type. Returns zod's safe-parse
 * result, so the receiver can record the issues of a rejected message.
 *
 * @example
 * const parsed = parseMessagePayload(envelope.type, joined.payload);
 * if (!parsed.success) reject('VALIDATION_FAILED', parsed.error.issues);
 */
export function parseMessagePayload<T extends MessageType>(
  type: T,
  payload: unknown,
): z.ZodSafeParseResult<MessagePayload<T>> {
  // TypeScript cannot correlate T with the table entry; the table's `satisfies` keeps it right.
  const schema: z.ZodType = MESSAGE_PAYLOAD_SCHEMAS[type];
  return schema.safeParse(payload) as z.ZodSafeParseResult<MessagePayload<T>>;
}
