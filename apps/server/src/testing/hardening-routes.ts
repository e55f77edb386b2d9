import { randomUUID } from 'node:crypto';
import { ENTERPRISE_PROBE, type Caller, type FixtureIds } from './hardening-fixtures.ts';

/**
 * How the input-hardening test calls one route with valid input, from which it derives the
 * malformed variants: who calls, the path parameters of rows that exist, and a valid body
 * holding every field (optional ones too, so that each field gets mutated).
 */
export interface RouteSpec {
  as: Caller;
  params?: Record<string, string>;
  body?: Record<string, unknown>;
  /** Inputs beyond the generic mutations that reach deeper code (URL parsing, review rules). */
  extraBodies?: Record<string, unknown>[];
}

const PG = 'postgres://probe@127.0.0.1:1/db';

/**
 * One spec per mounted API route (`METHOD /path`). The test fails when a mounted route has
 * no spec here, or a spec names a route that is not mounted.
 */
export function routeSpecs(ids: FixtureIds): Record<string, RouteSpec> {
  const filing = {
    department: '生产部',
    purpose: 'probe',
    storageLocation: 'DC-1',
    sharing: false,
    crossBorder: false,
    protection: 'SM4',
    responsiblePerson: '张三',
  };
  return {
    'POST /api/v1/auth/login': {
      as: 'anonymous',
      body: { username: 'login-probe', password: 'wrong-password' },
    },
    // The API token's principal has no session to end, so the probes keep every session alive.
    'POST /api/v1/auth/logout': { as: 'adminToken' },
    'GET /api/v1/auth/me': { as: 'admin' },
    'GET /api/v1/users': { as: 'admin' },
    'POST /api/v1/users': {
      as: 'admin',
      body: {
        username: 'probe-user',
        displayName: 'Probe',
        role: 'auditor',
        password: 'probe-password-1',
      },
    },
    'PATCH /api/v1/users/:id': {
      as: 'admin',
      params: { id: ids.spareUser },
      body: {
        displayName: 'Probe',
        role: 'auditor',
        disabled: false,
        password: 'probe-password-2',
      },
    },
    'GET /api/v1/tokens': { as: 'admin' },
    'POST /api/v1/tokens': { as: 'admin', body: { name: 'probe' } },
    'DELETE /api/v1/tokens/:id': { as: 'admin', params: { id: ids.spareToken } },
    'GET /api/v1/sources': { as: 'admin' },
    'POST /api/v1/sources': {
      as: 'admin',
      body: { name: 'probe', kind: 'postgres', target: PG, password: 'pw' },
      extraBodies: [
        { name: 'p', kind: 'postgres', target: 'postgres://u:%E0%A4%A@127.0.0.1:1/db' },
        { name: 'p', kind: 'mysql', target: 'mysql://u:%zz@127.0.0.1:1/db' },
        { name: 'p', kind: 'postgres', target: 'postgres://u@127.0.0.1:99999/db' },
        { name: 'p', kind: 'sqlite', target: 'sqlite:' },
        { name: 'p', kind: 'files', target: 'http://example.com/x.csv' },
        { name: 'p', kind: 'postgres', target: 'postgres://u:%00@127.0.0.1:1/%00' },
      ],
    },
    'GET /api/v1/sources/:id': { as: 'admin', params: { id: ids.source } },
    'PATCH /api/v1/sources/:id': {
      as: 'admin',
      params: { id: ids.spareSource },
      body: { name: 'probe', target: PG, password: 'pw' },
      extraBodies: [
        { target: 'postgres://u:%zz@127.0.0.1:1/db' },
        { target: 'mysql://u@127.0.0.1:1/db' },
        { password: null },
        {},
      ],
    },
    'DELETE /api/v1/sources/:id': { as: 'admin', params: { id: ids.doomedSource } },
    'POST /api/v1/sources/:id/test': { as: 'admin', params: { id: ids.spareSource } },
    'GET /api/v1/scans': { as: 'admin' },
    // An unknown source: valid variants answer 404 instead of queueing scans.
    'POST /api/v1/scans': {
      as: 'admin',
      body: { sourceId: randomUUID(), industry: 'steel', sampleRows: 10 },
      extraBodies: [{ sourceId: ids.source, industry: 'no-such-pack' }],
    },
    'GET /api/v1/scans/:id': { as: 'admin', params: { id: ids.scan } },
    'POST /api/v1/scans/:id/cancel': { as: 'admin', params: { id: ids.scan } },
    'GET /api/v1/scans/:id/findings': { as: 'admin', params: { id: ids.scan } },
    'GET /api/v1/catalog/items': { as: 'admin' },
    'GET /api/v1/catalog/items/:id': { as: 'admin', params: { id: ids.item } },
    'PATCH /api/v1/catalog/items/:id': {
      as: 'officer',
      params: { id: ids.item },
      body: filing,
      extraBodies: [{}],
    },
    'POST /api/v1/catalog/items/:id/review': {
      as: 'reviewer',
      params: { id: ids.item },
      body: { action: 'change', category: 'mgmt.hr', level: 'important', reason: 'probe' },
      extraBodies: [
        { action: 'change' },
        { action: 'change', level: 'core' },
        { action: 'change', category: null, level: 'general', reason: 'x' },
        { action: 'confirm', category: 'mgmt.finance', level: 'core' },
      ],
    },
    'POST /api/v1/catalog/items/bulk-review': {
      as: 'reviewer',
      body: { ids: [ids.item], action: 'confirm' },
      extraBodies: [{ ids: [ids.item, ids.item, randomUUID()], action: 'confirm' }],
    },
    'GET /api/v1/catalog/versions': { as: 'admin' },
    'POST /api/v1/catalog/versions': { as: 'officer', body: { note: 'probe' }, extraBodies: [{}] },
    'GET /api/v1/catalog/versions/:n': { as: 'admin', params: { n: '1' } },
    'GET /api/v1/catalog/versions/:a/diff/:b': { as: 'admin', params: { a: '1', b: '1' } },
    'GET /api/v1/catalog/export.xlsx': { as: 'admin' },
    'GET /api/v1/catalog/export.json': { as: 'admin' },
    'GET /api/v1/audit': { as: 'admin' },
    'GET /api/v1/audit/verify': { as: 'admin' },
    'GET /api/v1/overview': { as: 'admin' },
    'GET /api/v1/federation/status': { as: 'admin' },
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
    'GET /api/v1/filing-reviews': { as: 'auditor' },
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
    'GET /api/v1/regulator/overview': { as: 'auditor' },
    'GET /api/v1/regulator/map': { as: 'auditor' },
    'GET /api/v1/regulator/targets': { as: 'auditor' },
    'POST /api/v1/rollups/send': { as: 'admin' },
    'POST /api/v1/warnings': {
      as: 'officer',
      body: {
        level: 'red',
        type: 'threat',
        title: '探针预警',
        description: '探针',
        indicators: [
          { kind: 'ip', value: '203.0.113.0/24', note: 'C2' },
          { kind: 'domain', value: 'c2.example.com' },
          { kind: 'hash', value: 'd41d8cd98f00b204e9800998ecf8427e' },
          { kind: 'product', value: 'Oracle WebLogic 12.2.1' },
        ],
        measures: '封禁',
        ackBy: new Date(Date.now() + 86_400_000).toISOString(),
        feedbackBy: new Date(Date.now() + 172_800_000).toISOString(),
        audience: { kind: 'industry', industries: ['C36', '26'] },
      },
      extraBodies: [
        {
          level: 'red',
          type: 'threat',
          title: 't',
          description: 'd',
          ackBy: '2020-01-01T00:00:00Z',
          feedbackBy: '2020-01-02T00:00:00Z',
          audience: { kind: 'all' },
        },
        {
          level: 'red',
          type: 'threat',
          title: 't',
          description: 'd',
          ackBy: new Date(Date.now() + 86_400_000).toISOString(),
          feedbackBy: new Date(Date.now() + 172_800_000).toISOString(),
          indicators: [
            { kind: 'ip', value: '999.1.1.1' },
            { kind: 'hash', value: 'xyz' },
          ],
          audience: { kind: 'all' },
        },
        {
          level: 'red',
          type: 'threat',
          title: 't',
          description: 'd',
          ackBy: new Date(Date.now() + 86_400_000).toISOString(),
          feedbackBy: new Date(Date.now() + 172_800_000).toISOString(),
          audience: { kind: 'region', regions: ['999999'] },
        },
        {
          level: 'red',
          type: 'threat',
          title: 't',
          description: 'd',
          ackBy: new Date(Date.now() + 86_400_000).toISOString(),
          feedbackBy: new Date(Date.now() + 172_800_000).toISOString(),
          audience: { kind: 'named', usccs: ['not-a-code'], nodeIds: [] },
        },
        {
          level: 'red',
          type: 'threat',
          title: 't',
          description: 'd',
          ackBy: new Date(Date.now() + 86_400_000).toISOString(),
          feedbackBy: new Date(Date.now() + 172_800_000).toISOString(),
          audience: { kind: 'named', usccs: [], nodeIds: ['ent-probe'] },
        },
        {
          level: 'red',
          type: 'threat',
          title: 't',
          description: 'd',
          ackBy: new Date(Date.now() + 86_400_000).toISOString(),
          feedbackBy: new Date(Date.now() + 172_800_000).toISOString(),
          audience: { kind: 'key' },
        },
      ],
    },
    'GET /api/v1/warnings': { as: 'auditor' },
    'GET /api/v1/warnings/:id': { as: 'auditor', params: { id: ids.warning } },
    'POST /api/v1/warnings/:id/chase': {
      as: 'officer',
      params: { id: ids.warning },
      body: { message: '请尽快签收 / probe' },
    },
    'GET /api/v1/warning-inbox': { as: 'auditor' },
    'GET /api/v1/warning-inbox/:id': { as: 'auditor', params: { id: ids.warning } },
    'POST /api/v1/warning-inbox/:id/ack': { as: 'officer', params: { id: ids.warning } },
    'POST /api/v1/warning-inbox/:id/feedback': {
      as: 'officer',
      params: { id: ids.warning },
      body: { measures: '已排查 / probe' },
    },
    'GET /api/v1/assessments': { as: 'auditor' },
    'POST /api/v1/assessments': {
      as: 'officer',
      body: {
        year: 2026,
        title: '探针评估',
        team: [{ name: '张三', role: '组长', organization: 'x' }],
      },
      extraBodies: [{ year: 1999 }, { year: 2026, team: [{ name: '', role: 'x' }] }],
    },
    'GET /api/v1/assessments/:id': { as: 'auditor', params: { id: ids.assessment } },
    'PATCH /api/v1/assessments/:id': {
      as: 'officer',
      params: { id: ids.assessment },
      body: {
        title: '探针评估',
        team: [{ name: '张三', role: '组长', organization: 'x' }],
        conclusion: '探针结论',
        measures: '探针措施',
      },
    },
    'POST /api/v1/assessments/:id/refresh': { as: 'officer', params: { id: ids.assessment } },
    'PUT /api/v1/assessments/:id/checklist/:itemId': {
      as: 'reviewer',
      params: { id: ids.assessment, itemId: 'RA24-01-LAWFULNESS' },
      body: {
        status: 'partial',
        notes: '探针',
        catalogItemIds: [ids.item],
        links: ['https://example.com/policy'],
      },
      extraBodies: [{ status: 'compliant', catalogItemIds: [randomUUID()] }],
    },
    'POST /api/v1/assessments/:id/evidence': {
      as: 'reviewer',
      params: { id: ids.assessment },
      body: {
        checklistItemId: 'RA24-02-POLICIES',
        fileName: '制度.txt',
        contentType: 'text/plain',
        contentBase64: Buffer.from('探针').toString('base64'),
      },
      extraBodies: [
        { checklistItemId: 'RA24-99-NOPE', fileName: 'x', contentBase64: 'eA==' },
        {
          checklistItemId: 'RA24-02-POLICIES',
          fileName: 'big.bin',
          contentBase64: Buffer.alloc(600 * 1024).toString('base64'),
        },
      ],
    },
    'GET /api/v1/assessments/:id/evidence/:childId': {
      as: 'auditor',
      params: { id: ids.assessment, childId: ids.assessmentEvidence },
    },
    'DELETE /api/v1/assessments/:id/evidence/:childId': {
      as: 'reviewer',
      params: { id: ids.assessment, childId: randomUUID() },
    },
    'POST /api/v1/assessments/:id/findings': {
      as: 'reviewer',
      params: { id: ids.assessment },
      body: {
        checklistItemId: 'RA24-04-TECHNICAL',
        title: '探针风险',
        description: '探针',
        likelihood: 2,
        impact: 5,
      },
      extraBodies: [{ checklistItemId: 'RA24-99-NOPE', title: 'x', likelihood: 1, impact: 1 }],
    },
    'PATCH /api/v1/assessments/:id/findings/:childId': {
      as: 'reviewer',
      params: { id: ids.assessment, childId: ids.assessmentFinding },
      body: {
        checklistItemId: null,
        title: '探针风险',
        description: '探针',
        likelihood: 4,
        impact: 4,
      },
    },
    'DELETE /api/v1/assessments/:id/findings/:childId': {
      as: 'reviewer',
      params: { id: ids.assessment, childId: randomUUID() },
    },
    'POST /api/v1/assessments/:id/risks': {
      as: 'reviewer',
      params: { id: ids.assessment },
      body: {
        findingId: ids.assessmentFinding,
        title: '整改',
        owner: '李四',
        measures: '加密',
        remediationDue: '2026-12-31',
        status: 'open',
      },
      extraBodies: [
        { findingId: randomUUID(), title: 'x', owner: 'y', remediationDue: '2026-02-30' },
      ],
    },
    'PATCH /api/v1/assessments/:id/risks/:childId': {
      as: 'reviewer',
      params: { id: ids.assessment, childId: ids.assessmentRisk },
      body: {
        findingId: null,
        title: '整改',
        owner: '李四',
        measures: '加密',
        remediationDue: '2026-12-31',
        status: 'in-progress',
      },
    },
    'DELETE /api/v1/assessments/:id/risks/:childId': {
      as: 'reviewer',
      params: { id: ids.assessment, childId: randomUUID() },
    },
    // The checklist is still pending: valid variants answer 409 ASSESSMENT_CHECKLIST_INCOMPLETE.
    'POST /api/v1/assessments/:id/complete': {
      as: 'officer',
      params: { id: ids.assessment },
      body: { completedOn: '2026-11-30' },
    },
    'POST /api/v1/assessments/:id/file': { as: 'officer', params: { id: ids.assessment } },
    'GET /api/v1/assessments/:id/report.pdf': { as: 'auditor', params: { id: ids.assessment } },
    'GET /api/v1/assessments/:id/report.xlsx': { as: 'auditor', params: { id: ids.assessment } },
    'POST /api/v1/cross-border/self-check': {
      as: 'officer',
      body: {
        catalogItemId: ids.item,
        operatorIsCiio: false,
        personalInfoPersons: 150_000,
        sensitivePersonalInfoPersons: 0,
        importantData: false,
        coreData: false,
        exemptions: ['hr-management'],
        note: '探针',
      },
      extraBodies: [
        {
          catalogItemId: randomUUID(),
          operatorIsCiio: true,
          personalInfoPersons: 1,
          sensitivePersonalInfoPersons: 1,
          importantData: true,
          coreData: true,
        },
      ],
    },
    'GET /api/v1/cross-border/decisions': { as: 'auditor' },
    'GET /api/v1/assessments-received': { as: 'auditor' },
    ...incidentSpecs(ids),
  };
}

/** Incidents and risk reports (apps/server/src/incidents). */
function incidentSpecs(ids: FixtureIds): Record<string, RouteSpec> {
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
