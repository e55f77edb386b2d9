import { randomUUID } from 'node:crypto';
import type { FixtureIds } from './hardening-fixtures.ts';
import type { RouteSpec } from './hardening-routes.ts';

/** Incidents and risk reports (apps/server/src/incidents). */
export function incidentSpecs(ids: FixtureIds): Record<string, RouteSpec> {
  const incident = { id: ids.incident };
  const facts = {
    domain: 'telecom',
    dataLevel: 'important',
    threat: 'serious',
    productionDamage: 'partial',
    outageHours: 12.5,
    economicLossYuan: 100_000_000,
    personalInfoPersons: 10_000_000,
    sensitivePersonalInfoPersons: 1_000_000,
  };
  const record = {
    title: '探针事件',
    description: 'probe',
    discoveredAt: '2026-01-05T08:00:00+08:00',
    occurredAt: '2026-01-05T07:00:00Z',
    facts,
    ciiInvolved: true,
    systems: ['CRM'],
    catalogItemIds: [ids.item],
    dataVolume: '1000万条',
    measures: '隔离 / isolated',
  };
  return {
    'GET /api/v1/incidents': { as: 'auditor' },
    'POST /api/v1/incidents': {
      as: 'officer',
      body: record,
      extraBodies: [
        { ...record, facts: { ...facts, sensitivePersonalInfoPersons: 20_000_000 } },
        { ...record, catalogItemIds: [randomUUID()] },
      ],
    },
    'GET /api/v1/incidents/:id': { as: 'auditor', params: incident },
    'PATCH /api/v1/incidents/:id': { as: 'officer', params: incident, body: record },
    'POST /api/v1/incidents/:id/level': {
      as: 'officer',
      params: incident,
      body: { level: 'especially-major', reason: 'probe' },
      extraBodies: [
        { level: 'general', reason: 'lower' },
        { level: 'catastrophic', reason: 'unknown' },
      ],
    },
    'POST /api/v1/incidents/:id/updates': {
      as: 'officer',
      params: incident,
      body: { note: 'probe', at: '2026-01-05T09:00:00Z' },
    },
    // The province's own org is not a tenant: reports answer 409 FILING_PROFILE_MISSING.
    'POST /api/v1/incidents/:id/reports': {
      as: 'officer',
      params: incident,
      body: {
        kind: 'summary',
        summary: {
          cause: 'c',
          measures: 'm',
          harm: 'h',
          accountability: 'a',
          fixes: 'f',
          lessons: 'l',
        },
      },
      extraBodies: [{ kind: 'initial' }, { kind: 'follow-up' }],
    },
    'POST /api/v1/incidents/:id/close': {
      as: 'officer',
      params: incident,
      body: { closedAt: '2026-02-01T00:00:00Z', note: 'probe' },
      extraBodies: [{ closedAt: '2000-01-01T00:00:00Z' }],
    },
    'GET /api/v1/incidents/:id/export.json': { as: 'auditor', params: incident },
    'GET /api/v1/incidents/:id/export.xlsx': { as: 'auditor', params: incident },
    'GET /api/v1/incidents/:id/export.pdf': { as: 'auditor', params: incident },
    'GET /api/v1/risk-reports': { as: 'auditor' },
    'POST /api/v1/risk-reports': {
      as: 'officer',
      body: {
        riskType: 'data-leakage',
        potentialLevel: 'general',
        title: '探针风险',
        description: 'probe',
        foundAt: '2026-01-05T08:00:00Z',
        systems: ['CRM'],
        measures: 'probe',
      },
      extraBodies: [
        {
          riskType: 'abnormal-traffic',
          potentialLevel: 'major',
          title: 'x',
          foundAt: '2026-01-05T08:00:00Z',
        },
      ],
    },
    'GET /api/v1/incidents-received': { as: 'auditor' },
    'GET /api/v1/incidents-received/:id': { as: 'auditor', params: { id: ids.receivedIncident } },
    'GET /api/v1/risks-received': { as: 'auditor' },
  };
}
