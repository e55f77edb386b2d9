import { z } from 'zod';
import { INDICATOR_KINDS, WARNING_LEVELS, WARNING_TYPES } from '@shuan/core';
import { NodeIdSchema } from './envelope.schema.ts';

// Warnings (预警通报) down, their acknowledgements and answers up (issue #5 §3,
// docs/warnings.md). The issuer's node checks codes and indicators before queuing; these
// schemas keep the shapes. The code shapes are repeated here (not imported from
// messages.schema.ts, which imports this file for its table: no module cycle).

const UsccSchema = z.string().regex(/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/);
const RegionCodeSchema = z.string().regex(/^\d{6}$/);
const IndustryCodeSchema = z.string().regex(/^[A-T]?\d{2}$/);

/** One indicator: IP / CIDR, domain, file hash or vulnerable product (validated by core). */
export const WarningIndicatorSchema = z.strictObject({
  kind: z.enum(INDICATOR_KINDS),
  value: z.string().min(1).max(200),
  note: z.string().max(500).optional(),
});

/** Who is addressed: GB/T 4754 divisions, GB/T 2260 prefixes, the key list, or named ones. */
export const WarningAudienceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('all') }),
  z.strictObject({
    kind: z.literal('industry'),
    industries: z
      .array(z.string().regex(/^\d{2}$/))
      .min(1)
      .max(97),
  }),
  z.strictObject({
    kind: z.literal('region'),
    regions: z
      .array(z.string().regex(/^(\d{2}|\d{4}|\d{6})$/))
      .min(1)
      .max(200),
  }),
  z.strictObject({ kind: z.literal('key') }),
  z.strictObject({
    kind: z.literal('named'),
    usccs: z.array(UsccSchema).max(1000),
    nodeIds: z.array(NodeIdSchema).max(1000),
  }),
]);

/** The warning itself, as it travels and as each node stores it. */
export const WarningContentSchema = z.strictObject({
  warningId: z.uuid(),
  issuedBy: NodeIdSchema,
  issuerName: z.string().min(1).max(200),
  issuedAt: z.iso.datetime(),
  level: z.enum(WARNING_LEVELS),
  type: z.enum(WARNING_TYPES),
  title: z.string().min(1).max(200),
  description: z.string().min(1).max(10_000),
  indicators: z.array(WarningIndicatorSchema).max(500),
  measures: z.string().max(10_000),
  ackBy: z.iso.datetime(),
  feedbackBy: z.iso.datetime(),
  audience: WarningAudienceSchema,
});

/**
 * `warning.issue` (down). `deliver`: `resolve` — the receiver (a province) resolves the
 * audience against its registry and passes it on; `inbox` — the receiver (an enterprise)
 * puts it in its inbox. The sender knows which one it talks to.
 */
export const WarningIssuePayloadSchema = z.strictObject({
  deliver: z.enum(['resolve', 'inbox']),
  warning: WarningContentSchema,
});

/** An addressed enterprise as the issuer's tracking table names it. */
export const WarningDeliveryRecipientSchema = z.strictObject({
  uscc: UsccSchema.nullable(),
  name: z.string().min(1).max(200),
  region: RegionCodeSchema.nullable(),
  industry: IndustryCodeSchema.nullable(),
  nodeId: NodeIdSchema.nullable(),
  delivered: z.boolean(),
});

/** `warning.delivery` (up): a province tells the ministry whom it addressed. */
export const WarningDeliveryPayloadSchema = z.strictObject({
  warningId: z.uuid(),
  deliveredAt: z.iso.datetime(),
  recipients: z.array(WarningDeliveryRecipientSchema).max(50_000),
  /** True for an enterprise that joined the audience after the first delivery (enrolled late). */
  late: z.boolean().optional(),
});

/** Who answers: absent from an enterprise node (the sender is known), set when a province forwards. */
const AnsweringEnterpriseSchema = z.strictObject({
  uscc: UsccSchema.nullable(),
  name: z.string().min(1).max(200),
  nodeId: NodeIdSchema.nullable(),
});

/** `warning.ack` (up): signed for (签收). */
export const WarningAckPayloadSchema = z.strictObject({
  warningId: z.uuid(),
  acknowledgedAt: z.iso.datetime(),
  acknowledgedBy: z.string().min(1).max(100),
  enterprise: AnsweringEnterpriseSchema.optional(),
});

/** `warning.feedback` (up): the measures taken (反馈). */
export const WarningFeedbackPayloadSchema = z.strictObject({
  warningId: z.uuid(),
  answeredAt: z.iso.datetime(),
  answeredBy: z.string().min(1).max(100),
  measures: z.string().min(1).max(10_000),
  matchedIndicators: z.number().int().min(0),
  enterprise: AnsweringEnterpriseSchema.optional(),
});

/**
 * `warning.chase` (down): a reminder to the laggards. To a province (`deliver: resolve`) it
 * names the ministry's laggards by credit code; the province reminds those of its own.
 */
export const WarningChasePayloadSchema = z.strictObject({
  deliver: z.enum(['resolve', 'inbox']),
  warningId: z.uuid(),
  chasedAt: z.iso.datetime(),
  message: z.string().max(1000),
  usccs: z.array(UsccSchema).max(50_000),
});
