import { z } from 'zod';
import { FilingEnterpriseSchema, RegionCodeSchema } from './enterprise.schema.ts';
import { NodeIdSchema, Sm3HexSchema } from './envelope.schema.ts';

// The payloads of the yearly risk assessment cycle: reports up, the province's yearly summary
// up, checklist versions down (docs/risk-assessment.md).

/**
 * `assessment.report` (up): the yearly risk assessment report an enterprise files with its
 * province (RA Rules Arts. 6–7, within 10 working days of completion): the figures and
 * conclusion the province lists, never the data. docs/risk-assessment.md.
 */
export const AssessmentReportPayloadSchema = z.strictObject({
  assessmentId: z.uuid(),
  enterprise: FilingEnterpriseSchema,
  year: z.number().int().min(2000).max(2100),
  checklistId: z.string().max(100),
  checklistVersion: z.string().max(50),
  completedOn: z.iso.date(),
  validUntil: z.iso.date(),
  conclusion: z.string().max(10000),
  measures: z.string().max(10000),
  importantItems: z.number().int().min(0),
  coreItems: z.number().int().min(0),
  distribution: z.strictObject({
    low: z.number().int().min(0),
    medium: z.number().int().min(0),
    high: z.number().int().min(0),
    critical: z.number().int().min(0),
  }),
  findingCount: z.number().int().min(0),
  openRisks: z.number().int().min(0),
  checklist: z
    .array(z.strictObject({ itemId: z.string().max(64), status: z.string().max(20) }))
    .max(100),
});

const RiskCountsSchema = z.strictObject({
  low: z.number().int().min(0),
  medium: z.number().int().min(0),
  high: z.number().int().min(0),
  critical: z.number().int().min(0),
});

/**
 * `assessment.year-summary` (up, province → ministry): the year's receipt and review status of
 * the assessment reports (core `summarizeAssessmentYear`), as of `asOf`. A later summary of the
 * same year replaces the earlier one at the ministry; the first one's time decides whether the
 * province reported by `dueBy`.
 */
export const AssessmentYearSummaryPayloadSchema = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  region: RegionCodeSchema,
  asOf: z.iso.datetime(),
  dueBy: z.iso.date(),
  expected: z.number().int().min(0),
  received: z.number().int().min(0),
  onTime: z.number().int().min(0),
  late: z.number().int().min(0),
  review: z.strictObject({
    accepted: z.number().int().min(0),
    needsRework: z.number().int().min(0),
    pending: z.number().int().min(0),
  }),
  risks: RiskCountsSchema,
  openRisks: z.number().int().min(0),
  missing: z
    .array(z.strictObject({ uscc: z.string().max(18), name: z.string().max(200) }))
    .max(500),
  missingTotal: z.number().int().min(0),
});

/**
 * `checklist.publish` (down): a risk assessment checklist version published by a province or
 * the ministry, passed on unchanged by provinces. `sm3` is the digest of the checklist's
 * canonical JSON; the checklist is checked with core's checklist parser before use, and
 * `publishedAt` (the publisher's clock) decides which checklist a node's next assessment
 * uses (core `pickCurrentChecklist`). docs/risk-assessment.md § Checklist versions.
 */
export const ChecklistPublishPayloadSchema = z.strictObject({
  checklistId: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    .max(100),
  version: z.string().regex(/^\d{1,6}\.\d{1,6}\.\d{1,6}$/),
  publishedBy: NodeIdSchema,
  publishedAt: z.iso.datetime(),
  sm3: Sm3HexSchema,
  checklist: z.record(z.string(), z.unknown()),
});
