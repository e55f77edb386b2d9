import { z } from 'zod';
import { INCIDENT_LEVELS, RISK_TYPES } from '@shuan/core';
import { LEVELS } from '@shuan/core/taxonomy';
import { FilingEnterpriseSchema } from './enterprise.schema.ts';

/** Incident levels, lowest first (core `INCIDENT_LEVELS`). */
export const IncidentLevelSchema = z.enum(INCIDENT_LEVELS);

/** The seven risk type ids (core `RISK_TYPES`). */
export const RiskTypeSchema = z.enum(RISK_TYPES.map((type) => type.id) as [string, ...string[]]);

/** The graded facts of an incident (core `IncidentFacts`). */
export const IncidentFactsSchema = z.strictObject({
  domain: z.enum(['industrial', 'telecom', 'radio']),
  dataLevel: z.enum([...LEVELS, 'none']),
  threat: z.enum(['none', 'relatively-serious', 'serious', 'especially-serious']),
  productionDamage: z.enum(['none', 'partial', 'major', 'large-scale']),
  outageHours: z.number().min(0).max(1_000_000),
  economicLossYuan: z.number().min(0).max(1e15),
  personalInfoPersons: z.number().int().min(0).max(10_000_000_000),
  sensitivePersonalInfoPersons: z.number().int().min(0).max(10_000_000_000),
});

/** A catalog item an incident involves, as reported (never the data itself). */
export const IncidentCatalogItemSchema = z.strictObject({
  itemId: z.uuid(),
  table: z.string().max(500),
  level: z.enum(LEVELS),
});

/** One entry of an incident's timeline. */
export const IncidentTimelineEntrySchema = z.strictObject({
  at: z.iso.datetime(),
  author: z.string().max(100),
  note: z.string().min(1).max(4000),
});

/** The summary report's contents (CAC 2025 measures; reference §9 "Incident report"). */
export const IncidentSummarySchema = z.strictObject({
  cause: z.string().min(1).max(4000),
  measures: z.string().min(1).max(4000),
  harm: z.string().min(1).max(4000),
  accountability: z.string().max(4000),
  fixes: z.string().max(4000),
  lessons: z.string().max(4000),
});

/** The incident as one report carries it: the record at the moment it was sent. */
export const ReportedIncidentSchema = z.strictObject({
  title: z.string().min(1).max(200),
  description: z.string().max(8000),
  discoveredAt: z.iso.datetime(),
  occurredAt: z.iso.datetime().nullable(),
  facts: IncidentFactsSchema,
  ciiInvolved: z.boolean(),
  systems: z.array(z.string().min(1).max(200)).max(100),
  catalogItems: z.array(IncidentCatalogItemSchema).max(1000),
  dataVolume: z.string().max(200),
  measures: z.string().max(8000),
  computedLevel: IncidentLevelSchema,
  /** The effective level: the computed one, or the officer's raise. */
  level: IncidentLevelSchema,
  decidedBy: z.strictObject({ id: z.string().max(64), zh: z.string(), en: z.string() }),
  status: z.enum(['open', 'closed']),
  closedAt: z.iso.datetime().nullable(),
  timeline: z.array(IncidentTimelineEntrySchema).max(1000),
});

/**
 * `incident.report` (up): an initial, follow-up or summary report of one incident. The
 * province stores it and passes it on to the ministry unchanged when core's reporting plan
 * says the ministry gets it (重大 and above, or important/core data).
 */
export const IncidentReportPayloadSchema = z.strictObject({
  kind: z.enum(['initial', 'follow-up', 'summary']),
  reportId: z.uuid(),
  incidentId: z.uuid(),
  enterprise: FilingEnterpriseSchema,
  sentAt: z.iso.datetime(),
  incident: ReportedIncidentSchema,
  summary: IncidentSummarySchema.nullable(),
});

/**
 * `risk.report` (up): a risk that may lead to a 较大 or higher incident (Measures Art. 27);
 * the province passes on those that may lead to 重大 or higher.
 */
export const RiskReportPayloadSchema = z.strictObject({
  reportId: z.uuid(),
  enterprise: FilingEnterpriseSchema,
  sentAt: z.iso.datetime(),
  riskType: RiskTypeSchema,
  potentialLevel: IncidentLevelSchema,
  title: z.string().min(1).max(200),
  description: z.string().max(8000),
  foundAt: z.iso.datetime(),
  systems: z.array(z.string().min(1).max(200)).max(100),
  measures: z.string().max(8000),
});
