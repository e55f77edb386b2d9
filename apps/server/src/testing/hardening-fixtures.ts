import { randomUUID } from 'node:crypto';
import { issueEnrollmentToken } from '@shuan/core';
import {
  enrollmentTokensRepository,
  federationPeersRepository,
  filingsRepository,
  organizationsRepository,
  usersRepository,
  warningInboxRepository,
} from '@shuan/db';
import { hashPassword, hashSecret } from '../accounts/secrets.ts';
import { buildFilingPayload } from '../federation/testing/envelopes.ts';
import { buildIncidentReportPayload, MAJOR_FACTS } from '../incidents/testing/incident-fixtures.ts';
import { applyIncidentReport } from '../incidents/receive-reports.ts';
import { ok, waitForScan } from './api.ts';
import { startTestNode, type TestNode } from './test-node.ts';
import {
  buildAssessmentReportPayload,
  receiveAssessmentReport,
} from '../assessments/testing/report-fixtures.ts';

/** The signed-in roles of an organisation. */
export const SIGNED_IN_ROLES = ['admin', 'officer', 'reviewer', 'auditor'] as const;
/** One of {@link SIGNED_IN_ROLES}. */
export type SignedInRole = (typeof SIGNED_IN_ROLES)[number];
/** Who sends a probe: a role's cookie session, the admin's API token, or nobody (public routes). */
export type Caller = SignedInRole | 'adminToken' | 'anonymous';

type Headers = Record<string, string>;

/** Ids of rows the probes aim at; `spare*` rows may be changed or deleted by the probes. */
export interface FixtureIds {
  /** The demo source, scanned once: its scan, one catalog item and version 1 exist. */
  source: string;
  scan: string;
  item: string;
  /** A postgres source pointing at a closed port (PATCH and test probes). */
  spareSource: string;
  /** A source the DELETE probes may remove. */
  doomedSource: string;
  spareUser: string;
  spareToken: string;
  /** An enrollment token and a child peer `ent-probe` (rows an enterprise node never makes itself). */
  enrollmentToken: string;
  /** An entry of the province's enterprise registry. */
  enterprise: string;
  /** A filing received from `ent-probe` in the review queue, and one of its item ids. */
  filingReview: string;
  filingItem: string;
  /** A filing of the admin's org waiting for review (its withdraw probe may take it back). */
  filing: string;
  /** An incident of the admin's org (graded 重大), and one received from `ent-probe`. */
  incident: string;
  receivedIncident: string;
  /** An assessment report received from `ent-probe` (the province reviews it). */
  receivedAssessment: string;
  /** A draft risk assessment of the admin's org with one finding and one register entry. */
  assessment: string;
  assessmentFinding: string;
  assessmentRisk: string;
  assessmentEvidence: string;
  /** A warning issued by the admin's org (audience: all), also put in that org's inbox. */
  warning: string;
}

/** A node with every role signed in, a scanned catalog, and a second organisation. */
export interface HardeningFixtures {
  t: TestNode;
  ids: FixtureIds;
  /** Request headers of each caller (cookie + CSRF, bearer token, or none). */
  as: Record<Caller, Headers>;
  /** Headers of the same roles in another organisation (for guessed ids → 404). */
  foreign: Record<'admin' | 'officer' | 'reviewer', Headers>;
  /** A real session cookie whose session has expired. */
  expiredCookie: string;
  /** The secret of an API token that has been deleted. */
  deletedToken: string;
}

const PASSWORD = 'hardening-password-1';

/** A valid registry entry (USCC with its check character, GB/T 2260 and GB/T 4754 codes). */
export const ENTERPRISE_PROBE = {
  uscc: '91350100MA2Y4B7C14',
  name: '探针制造有限公司',
  regionCode: '350100',
  industryCode: '36',
  size: 'medium',
  keyEnterprise: true,
  contactName: '张三',
  contactPhone: '13800138000',
  contactEmail: 'probe@example.com',
  address: '福州市',
};

/** Starts a node on a fresh database and prepares {@link HardeningFixtures}. */
export async function startHardeningNode(): Promise<HardeningFixtures> {
  // A province node mounts every API route (tenants' enterprise routes, registry, federation).
  const t = await startTestNode({ env: { SHUAN_ROLE: 'province' } });
  const admin = await t.login('admin', t.adminPassword);
  const as: Record<string, Headers> = { admin, anonymous: {} };
  for (const role of SIGNED_IN_ROLES.slice(1)) {
    await ok(t, admin, 'POST', '/users', {
      username: role,
      displayName: role,
      role,
      password: PASSWORD,
    });
    as[role] = await t.login(role, PASSWORD);
  }
  const officer = as.officer ?? {};
  const token = await ok<{ secret: string }>(t, admin, 'POST', '/tokens', { name: 'hardening' });
  as.adminToken = { authorization: `Bearer ${token.secret}` };
  const source =
    (await ok<{ items: { id: string }[] }>(t, admin, 'GET', '/sources')).items[0]?.id ?? '';
  const scan = (await ok<{ id: string }>(t, officer, 'POST', '/scans', { sourceId: source })).id;
  await waitForScan(t, officer, scan);
  const item =
    (await ok<{ items: { id: string }[] }>(t, officer, 'GET', '/catalog/items')).items[0]?.id ?? '';
  await ok(t, officer, 'POST', '/catalog/versions', { note: 'v1' });
  const probeSource = { kind: 'postgres', target: 'postgres://probe@127.0.0.1:1/db' };
  const spareSource = (
    await ok<{ id: string }>(t, admin, 'POST', '/sources', { name: 'spare', ...probeSource })
  ).id;
  const doomedSource = (
    await ok<{ id: string }>(t, admin, 'POST', '/sources', { name: 'doomed', ...probeSource })
  ).id;
  const spareUser = (
    await ok<{ id: string }>(t, admin, 'POST', '/users', {
      username: 'spare',
      displayName: 'spare',
      role: 'auditor',
      password: PASSWORD,
    })
  ).id;
  const spareToken = (
    await ok<{ token: { id: string } }>(t, admin, 'POST', '/tokens', { name: 'spare' })
  ).token.id;
  const deleted = await ok<{ secret: string; token: { id: string } }>(t, admin, 'POST', '/tokens', {
    name: 'deleted',
  });
  await ok(t, admin, 'DELETE', `/tokens/${deleted.token.id}`);
  const enterprise = (
    await ok<{ id: string }>(t, admin, 'POST', '/registry/enterprises', ENTERPRISE_PROBE)
  ).id;
  const enrollmentToken = randomUUID();
  await enrollmentTokensRepository.insert(
    t.node.deps.pool,
    issueEnrollmentToken({
      id: enrollmentToken,
      secretHash: 'e'.repeat(64),
      scope: { kind: 'region', code: '320000' },
      issuedBy: 'admin',
      now: new Date(),
    }),
  );
  await federationPeersRepository.insert(t.node.deps.pool, {
    nodeId: 'ent-probe',
    relation: 'child',
    publicKey: '04' + 'ab'.repeat(64),
    url: null,
    scope: null,
    tokenId: null,
  });
  const filingPayload = buildFilingPayload();
  const filingReview = (
    await t.node.deps.pool.query<{ id: string }>(
      `INSERT INTO federation_filings (envelope_id, sender, filing_id, kind, payload)
       VALUES ($1, 'ent-probe', $2, 'full', $3) RETURNING id`,
      [randomUUID(), filingPayload.filingId, JSON.stringify(filingPayload)],
    )
  ).rows[0]?.id;
  const filingItem = filingPayload.kind === 'full' ? filingPayload.items[0]?.itemId : undefined;
  const ownFiling = buildFilingPayload();
  await filingsRepository.insert(t.node.deps.pool, {
    id: ownFiling.filingId,
    orgId: (await organizationsRepository.first(t.node.deps.pool))?.id ?? '',
    catalogVersion: 1,
    kind: 'full',
    baseVersion: null,
    resubmitOf: null,
    receiver: t.node.deps.federation.identity.nodeId,
    messageId: null,
    payload: ownFiling,
    itemCount: 1,
    submittedBy: 'officer',
    submittedAt: new Date(),
  });
  const incident = (
    await ok<{ id: string }>(t, officer, 'POST', '/incidents', {
      title: '探针事件',
      discoveredAt: new Date().toISOString(),
      facts: MAJOR_FACTS,
    })
  ).id;
  const incidentReport = buildIncidentReportPayload();
  await applyIncidentReport(
    t.node.deps.pool,
    { sender: 'ent-probe', tenantOrgId: null, envelopeId: randomUUID() },
    incidentReport,
    new Date(),
  );
  const receivedIncident = (
    await t.node.deps.pool.query<{ id: string }>(
      `SELECT id FROM received_incidents WHERE incident_id = $1`,
      [incidentReport.incidentId],
    )
  ).rows[0]?.id;
  const receivedAssessment = await receiveAssessmentReport(
    t.node.deps.pool,
    'ent-probe',
    buildAssessmentReportPayload(),
  );
  const assessment = await ok<{ id: string; findings: { id: string }[]; risks: { id: string }[] }>(
    t,
    officer,
    'POST',
    '/assessments',
    { year: 2026, team: [{ name: '张三', role: '组长', organization: '' }] },
  );
  const withFinding = await ok<{ findings: { id: string }[] }>(
    t,
    officer,
    'POST',
    `/assessments/${assessment.id}/findings`,
    { title: '探针风险', likelihood: 3, impact: 4 },
  );
  const assessmentFinding = withFinding.findings[0]?.id ?? '';
  const withRisk = await ok<{ risks: { id: string }[] }>(
    t,
    officer,
    'POST',
    `/assessments/${assessment.id}/risks`,
    { findingId: assessmentFinding, title: '整改', owner: '李四', remediationDue: '2026-12-31' },
  );
  const warning = await issueProbeWarning(t, officer);
  const withEvidence = await ok<{ checklist: { evidence: { id: string }[] }[] }>(
    t,
    officer,
    'POST',
    `/assessments/${assessment.id}/evidence`,
    { checklistItemId: 'RA24-02-POLICIES', fileName: '制度.txt', contentBase64: 'eA==' },
  );
  const assessmentEvidence = withEvidence.checklist.flatMap((item) => item.evidence)[0]?.id ?? '';
  // A real session, then expired in the database.
  const expiring = await t.login('auditor', PASSWORD);
  const expiredCookie = expiring.cookie ?? '';
  await t.node.deps.pool.query(
    `UPDATE sessions SET expires_at = now() - interval '1 minute' WHERE id_hash = $1`,
    [hashSecret(expiredCookie.replace(/^shuan_session=/, ''))],
  );
  return {
    t,
    as,
    foreign: await foreignOrganisation(t),
    expiredCookie,
    deletedToken: deleted.secret,
    ids: {
      source,
      scan,
      item,
      spareSource,
      doomedSource,
      spareUser,
      spareToken,
      enrollmentToken,
      enterprise,
      filingReview: filingReview ?? '',
      filingItem: filingItem ?? '',
      filing: ownFiling.filingId,
      incident,
      receivedIncident: receivedIncident ?? '',
      receivedAssessment,
      assessment: assessment.id,
      assessmentFinding,
      assessmentRisk: withRisk.risks[0]?.id ?? '',
      assessmentEvidence,
      warning,
    },
  };
}

/**
 * A warning issued through the API (the registry probe entry is addressed, undeliverable),
 * and the same warning in the issuing org's own inbox so the inbox routes have a row.
 */
async function issueProbeWarning(t: TestNode, officer: Record<string, string>): Promise<string> {
  const day = 24 * 3600 * 1000;
  const issued = await ok<{ id: string }>(t, officer, 'POST', '/warnings', {
    level: 'orange',
    type: 'vulnerability',
    title: '探针预警',
    description: '探针',
    indicators: [{ kind: 'product', value: 'MySQL 5.7' }],
    ackBy: new Date(Date.now() + day).toISOString(),
    feedbackBy: new Date(Date.now() + 2 * day).toISOString(),
    audience: { kind: 'all' },
  });
  const own = await organizationsRepository.first(t.node.deps.pool);
  await warningInboxRepository.deliver(t.node.deps.pool, issued.id, own?.id ?? '', new Date());
  return issued.id;
}

/** A second organisation on the same node with an admin, an officer and a reviewer. */
async function foreignOrganisation(t: TestNode): Promise<HardeningFixtures['foreign']> {
  const org = await organizationsRepository.create(t.node.deps.pool, 'Other Co');
  const passwordHash = await hashPassword(PASSWORD);
  const headers: Record<string, Headers> = {};
  for (const role of ['admin', 'officer', 'reviewer'] as const) {
    await usersRepository.create(t.node.deps.pool, {
      orgId: org.id,
      username: `other-${role}`,
      displayName: role,
      role,
      passwordHash,
    });
    headers[role] = await t.login(`other-${role}`, PASSWORD);
  }
  return {
    admin: headers.admin ?? {},
    officer: headers.officer ?? {},
    reviewer: headers.reviewer ?? {},
  };
}
