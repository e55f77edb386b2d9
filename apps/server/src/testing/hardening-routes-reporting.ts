import { randomUUID } from 'node:crypto';
import type { FixtureIds } from './hardening-fixtures.ts';
import { checklistSpecs } from './hardening-routes-checklists.ts';
import { incidentSpecs } from './hardening-routes-incidents.ts';
import type { RouteSpec } from './hardening-routes.ts';

/** Specs of the warning, assessment, cross-border, incident and risk-report routes. */
export function reportingRouteSpecs(ids: FixtureIds): Record<string, RouteSpec> {
  return {
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
        catalogItemIds: [ids.item],
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
          catalogItemIds: [randomUUID(), ids.item],
          operatorIsCiio: true,
          personalInfoPersons: 1,
          sensitivePersonalInfoPersons: 1,
          importantData: true,
          coreData: true,
        },
      ],
    },
    'GET /api/v1/cross-border/decisions': { as: 'auditor' },
    'GET /api/v1/cross-border/items': { as: 'auditor' },
    'GET /api/v1/cross-border/rules': { as: 'auditor' },
    'GET /api/v1/assessments-received': { as: 'auditor' },
    // No parent: sending answers FED_NOT_ENROLLED (the summary is still computed).
    'POST /api/v1/assessments-received/:id/review': {
      as: 'admin',
      params: { id: ids.receivedAssessment },
      body: { outcome: 'needs-rework', note: '探针' },
      extraBodies: [{ outcome: 'needs-rework' }, { outcome: 'accepted', note: 'x'.repeat(3000) }],
    },
    'GET /api/v1/assessment-summaries/:year': { as: 'auditor', params: { year: '2026' } },
    'POST /api/v1/assessment-summaries': {
      as: 'admin',
      body: { year: 2026 },
      extraBodies: [{ year: 1999 }, { year: '2026x' }],
    },
    ...incidentSpecs(ids),
    ...checklistSpecs(),
  };
}
