import { z } from 'zod';
import {
  IncidentFactsSchema,
  IncidentLevelSchema,
  IncidentSummarySchema,
  RiskTypeSchema,
} from '../federation/incident-messages.schema.ts';
import { ListQuerySchema, pageOf } from './common.schema.ts';

const Text = (max: number) => z.string().trim().max(max);
const Bilingual = z.object({ zh: z.string(), en: z.string() });

/** Body of `POST /api/v1/incidents` (and, every field optional, of PATCH). */
export const CreateIncidentRequestSchema = z.strictObject({
  title: z.string().trim().min(1).max(200),
  description: Text(8000).default(''),
  discoveredAt: z.iso.datetime({ offset: true }),
  occurredAt: z.iso.datetime({ offset: true }).nullable().default(null),
  facts: IncidentFactsSchema,
  ciiInvolved: z.boolean().default(false),
  systems: z.array(z.string().trim().min(1).max(200)).max(100).default([]),
  catalogItemIds: z.array(z.uuid()).max(1000).default([]),
  dataVolume: Text(200).default(''),
  measures: Text(8000).default(''),
});

/** Body of `PATCH /api/v1/incidents/:id`: the fields to change; the grade is recomputed. */
export const UpdateIncidentRequestSchema = z.strictObject({
  title: z.string().trim().min(1).max(200).optional(),
  description: Text(8000).optional(),
  discoveredAt: z.iso.datetime({ offset: true }).optional(),
  occurredAt: z.iso.datetime({ offset: true }).nullable().optional(),
  facts: IncidentFactsSchema.optional(),
  ciiInvolved: z.boolean().optional(),
  systems: z.array(z.string().trim().min(1).max(200)).max(100).optional(),
  catalogItemIds: z.array(z.uuid()).max(1000).optional(),
  dataVolume: Text(200).optional(),
  measures: Text(8000).optional(),
});

/** Body of `POST /api/v1/incidents/:id/level`: raise the level (never below the computed one). */
export const RaiseIncidentLevelRequestSchema = z.strictObject({
  // A string, not the enum: core's applyOfficerLevel answers INCIDENT_LEVEL_UNKNOWN.
  level: z.string().min(1).max(40),
  reason: z.string().trim().min(1).max(2000),
});

/** Body of `POST /api/v1/incidents/:id/updates`: one timeline entry. */
export const AddIncidentUpdateRequestSchema = z.strictObject({
  note: z.string().trim().min(1).max(4000),
  at: z.iso.datetime({ offset: true }).optional(),
});

/** Body of `POST /api/v1/incidents/:id/reports`. */
export const SendIncidentReportRequestSchema = z.strictObject({
  kind: z.enum(['initial', 'follow-up', 'summary']),
  /** Required for a summary report. */
  summary: IncidentSummarySchema.optional(),
});

/** Body of `POST /api/v1/incidents/:id/close`. */
export const CloseIncidentRequestSchema = z.strictObject({
  closedAt: z.iso.datetime({ offset: true }).optional(),
  note: z.string().trim().min(1).max(4000).optional(),
});

/** Filters of `GET /api/v1/incidents`. */
export const ListIncidentsQuerySchema = ListQuerySchema.extend({
  status: z.enum(['open', 'closed']).optional(),
  level: IncidentLevelSchema.optional(),
});

/** A matched grading criterion (core CriterionMatch). */
export const CriterionMatchSchema = z.object({
  id: z.string(),
  level: IncidentLevelSchema,
  clause: z.string(),
  confirmed: z.boolean(),
  description: Bilingual,
});

/** The report the officer must send next, with its due time (null: nothing due). */
export const NextReportDueSchema = z.object({
  kind: z.enum(['initial', 'follow-up', 'summary']),
  dueAt: z.iso.datetime(),
  overdue: z.boolean(),
});

/** The reports an incident needs and their state (core incidentReportingPlan). */
export const IncidentPlanSchema = z.object({
  initial: z.object({
    required: z.boolean(),
    dueAt: z.iso.datetime().nullable(),
    sentAt: z.iso.datetime().nullable(),
    reasons: z.array(z.object({ id: z.string(), text: Bilingual })),
  }),
  followUp: z.object({ required: z.boolean(), nextDueAt: z.iso.datetime().nullable() }),
  summary: z.object({
    required: z.boolean(),
    dueAt: z.iso.datetime().nullable(),
    sentAt: z.iso.datetime().nullable(),
  }),
  ministry: z.object({ forwarded: z.boolean() }),
  next: NextReportDueSchema.nullable(),
});

/** An incident in the list. */
export const IncidentSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  discoveredAt: z.iso.datetime(),
  computedLevel: IncidentLevelSchema,
  level: IncidentLevelSchema,
  raised: z.boolean(),
  decidedBy: CriterionMatchSchema,
  status: z.enum(['open', 'closed']),
  closedAt: z.iso.datetime().nullable(),
  plan: IncidentPlanSchema,
});

/** One incident with everything recorded about it. */
export const IncidentDetailSchema = IncidentSchema.extend({
  description: z.string(),
  occurredAt: z.iso.datetime().nullable(),
  facts: IncidentFactsSchema,
  ciiInvolved: z.boolean(),
  systems: z.array(z.string()),
  catalogItems: z.array(z.object({ itemId: z.uuid(), table: z.string(), level: z.string() })),
  dataVolume: z.string(),
  measures: z.string(),
  matched: z.array(CriterionMatchSchema),
  officerLevel: IncidentLevelSchema.nullable(),
  officerReason: z.string().nullable(),
  createdBy: z.string(),
  updates: z.array(
    z.object({ id: z.uuid(), at: z.iso.datetime(), author: z.string(), note: z.string() }),
  ),
  reports: z.array(
    z.object({
      id: z.uuid(),
      kind: z.enum(['initial', 'follow-up', 'summary']),
      receiver: z.string(),
      sentBy: z.string(),
      sentAt: z.iso.datetime(),
    }),
  ),
});

export const IncidentPageSchema = pageOf(IncidentSchema);

/** Body of `POST /api/v1/risk-reports`. */
export const CreateRiskReportRequestSchema = z.strictObject({
  riskType: RiskTypeSchema,
  potentialLevel: IncidentLevelSchema,
  title: z.string().trim().min(1).max(200),
  description: Text(8000).default(''),
  foundAt: z.iso.datetime({ offset: true }),
  systems: z.array(z.string().trim().min(1).max(200)).max(100).default([]),
  measures: Text(8000).default(''),
});

/** A risk report as listed; `sent` is false for a risk below the reporting threshold. */
export const RiskReportSchema = z.object({
  id: z.uuid(),
  riskType: z.string(),
  potentialLevel: IncidentLevelSchema,
  title: z.string(),
  foundAt: z.iso.datetime(),
  sent: z.boolean(),
  toMinistry: z.boolean(),
  receiver: z.string().nullable(),
  sentBy: z.string(),
  sentAt: z.iso.datetime(),
});

export const RiskReportPageSchema = pageOf(RiskReportSchema);

/** Filters of `GET /api/v1/incidents-received`. */
export const ListReceivedIncidentsQuerySchema = ListQuerySchema.extend({
  level: IncidentLevelSchema.optional(),
  status: z.enum(['open', 'closed']).optional(),
});

/** An incident received by a province or the ministry, with its open deadline. */
export const ReceivedIncidentSchema = z.object({
  id: z.uuid(),
  sender: z.string(),
  tenant: z.boolean(),
  incidentId: z.uuid(),
  enterprise: z.object({
    uscc: z.string(),
    name: z.string(),
    region: z.string(),
    industry: z.string(),
  }),
  title: z.string(),
  level: IncidentLevelSchema,
  status: z.enum(['open', 'closed']),
  discoveredAt: z.iso.datetime(),
  closedAt: z.iso.datetime().nullable(),
  lastKind: z.enum(['initial', 'follow-up', 'summary']),
  lastReportAt: z.iso.datetime(),
  reports: z.number().int(),
  summaryReceived: z.boolean(),
  forwardedAt: z.iso.datetime().nullable(),
  next: NextReportDueSchema.nullable(),
});

export const ReceivedIncidentPageSchema = pageOf(ReceivedIncidentSchema);

/** One received incident with its latest report and the reports received. */
export const ReceivedIncidentDetailSchema = ReceivedIncidentSchema.extend({
  latest: z.record(z.string(), z.unknown()),
  history: z.array(
    z.object({ reportId: z.uuid(), kind: z.string(), receivedAt: z.iso.datetime() }),
  ),
});

/** Filters of `GET /api/v1/risks-received`. */
export const ListReceivedRisksQuerySchema = ListQuerySchema.extend({
  level: IncidentLevelSchema.optional(),
  type: RiskTypeSchema.optional(),
});

export const ReceivedRiskSchema = z.object({
  id: z.uuid(),
  sender: z.string(),
  tenant: z.boolean(),
  enterprise: z.object({
    uscc: z.string(),
    name: z.string(),
    region: z.string(),
    industry: z.string(),
  }),
  riskType: z.string(),
  potentialLevel: IncidentLevelSchema,
  title: z.string(),
  foundAt: z.iso.datetime(),
  receivedAt: z.iso.datetime(),
  forwardedAt: z.iso.datetime().nullable(),
  description: z.string(),
  measures: z.string(),
});

export const ReceivedRiskPageSchema = pageOf(ReceivedRiskSchema);
