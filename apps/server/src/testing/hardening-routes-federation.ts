import { randomUUID } from 'node:crypto';
import { ENTERPRISE_PROBE, type FixtureIds } from './hardening-fixtures.ts';
import type { RouteSpec } from './hardening-routes.ts';

/** Specs of the federation, registry, filing, rule-pack, rollup and regulator routes. */
export function federationRouteSpecs(ids: FixtureIds): Record<string, RouteSpec> {
  return {
    'GET /api/v1/federation/status': { as: 'admin' },
    'GET /api/v1/federation/refused': { as: 'officer' },
    // The parent is a closed port: valid variants answer 422 FED_PARENT_UNREACHABLE.
    'POST /api/v1/federation/enroll': {
      as: 'admin',
      body: { parentUrl: 'http://127.0.0.1:1', token: 'shuan_enroll_probe' },
      extraBodies: [{ token: 'x' }, { parentUrl: 'ftp://127.0.0.1:1/x', token: 'x' }],
    },
    'POST /api/v1/federation/sync': { as: 'admin' },
    // The province under test has no parent: 409 FED_NOT_ENROLLED.
    'POST /api/v1/federation/rotate-key': { as: 'admin' },
    'GET /api/v1/federation/peers': { as: 'admin' },
    'POST /api/v1/federation/peers/:nodeId/suspend': {
      as: 'admin',
      params: { nodeId: 'ent-probe' },
    },
    'POST /api/v1/federation/peers/:nodeId/resume': {
      as: 'admin',
      params: { nodeId: 'ent-probe' },
    },
    'GET /api/v1/federation/tokens': { as: 'admin' },
    'POST /api/v1/federation/tokens': {
      as: 'admin',
      body: { scope: { kind: 'region', code: '320000' }, ttlHours: 24 },
      extraBodies: [
        { scope: { kind: 'enterprise', uscc: '91350100M000100Y44' } },
        { scope: { kind: 'industry', code: 'C3' } },
      ],
    },
    'POST /api/v1/federation/tokens/:id/revoke': {
      as: 'admin',
      params: { id: ids.enrollmentToken },
    },
    'GET /api/v1/federation/rejections': { as: 'admin' },
    'GET /api/v1/registry/enterprises': { as: 'auditor' },
    'POST /api/v1/registry/enterprises': {
      as: 'officer',
      body: { ...ENTERPRISE_PROBE, uscc: '91110000600037341L', name: '探针二号' },
      extraBodies: [{ ...ENTERPRISE_PROBE, regionCode: '999999' }, { ...ENTERPRISE_PROBE }],
    },
    'GET /api/v1/registry/enterprises/:id': { as: 'auditor', params: { id: ids.enterprise } },
    'PATCH /api/v1/registry/enterprises/:id': {
      as: 'officer',
      params: { id: ids.enterprise },
      body: { name: '探针制造', size: 'large', keyEnterprise: false, industryCode: '38' },
      extraBodies: [{ industryCode: '99' }, { uscc: 'not-a-code' }],
    },
    'GET /api/v1/registry/regions': { as: 'auditor' },
    'GET /api/v1/registry/industries': { as: 'auditor' },
    'GET /api/v1/filings/profile': { as: 'admin' },
    'PUT /api/v1/filings/profile': {
      as: 'officer',
      body: {
        uscc: '91350100MA2Y4B7C14',
        name: '探针制造',
        regionCode: '350100',
        industryCode: 'C36',
      },
      extraBodies: [
        { uscc: 'not-a-code', name: 'x', regionCode: '350100', industryCode: '36' },
        { uscc: '91350100MA2Y4B7C14', name: 'x', regionCode: '999999', industryCode: '99' },
      ],
    },
    'GET /api/v1/filings': { as: 'admin' },
    // The province's own org is not a tenant: valid variants answer 409 FILING_PROFILE_MISSING.
    'POST /api/v1/filings': {
      as: 'officer',
      body: { version: 1, kind: 'full' },
      extraBodies: [
        { version: 1, kind: 'changes' },
        { version: 999, kind: 'full' },
      ],
    },
    'GET /api/v1/filings/:id': { as: 'admin', params: { id: ids.filing } },
    'POST /api/v1/filings/:id/withdraw': {
      as: 'officer',
      params: { id: ids.filing },
      body: { reason: 'probe' },
    },
    'GET /api/v1/filings/refiling': { as: 'auditor' },
    'GET /api/v1/filing-reviews': { as: 'auditor' },
    'GET /api/v1/refilings': { as: 'auditor' },
    'GET /api/v1/filing-reviews/:id': { as: 'auditor', params: { id: ids.filingReview } },
    'POST /api/v1/filing-reviews/:id/review': {
      as: 'reviewer',
      params: { id: ids.filingReview },
      body: {
        decision: 'returned',
        comment: 'probe',
        itemComments: [{ itemId: ids.filingItem, comment: '请补充 / probe' }],
      },
      extraBodies: [
        { decision: 'returned' },
        { decision: 'accepted', itemComments: [{ itemId: randomUUID(), comment: 'x' }] },
        { decision: 'accepted' },
      ],
    },
    'GET /api/v1/rule-packs': { as: 'auditor' },
    // A province is no publisher (409) once the body passes the rule-pack schema.
    'POST /api/v1/rule-packs': {
      as: 'admin',
      body: {
        id: 'probe-pack',
        version: '2026.9',
        name: { zh: '探针规则包', en: 'Probe pack' },
        description: { zh: '探针', en: 'probe' },
        extends: 'general',
        categoryRules: [],
        levelRules: [],
      },
      extraBodies: [{ id: 'Bad Id', version: 'x' }, {}],
    },
    'GET /api/v1/nodes': { as: 'auditor' },
    'GET /api/v1/national/overview': { as: 'auditor' },
    'GET /api/v1/national/refilings/overdue': { as: 'auditor' },
    'GET /api/v1/national/assessment-summaries': { as: 'auditor' },
    'GET /api/v1/regulator/overview': { as: 'auditor' },
    'GET /api/v1/regulator/map': { as: 'auditor' },
    'GET /api/v1/regulator/targets': { as: 'auditor' },
    'POST /api/v1/rollups/send': { as: 'admin' },
  };
}
