import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { HttpSession } from '../testing/http-session.ts';
import {
  closeFederationNodes,
  eventually,
  startFederationNode,
  startFederationNodes,
  type FederationTestNode,
} from '../federation/testing/federation-node.ts';
import { enrollOver, userOn } from '../federation/testing/topology-steps.ts';

// Ministry → province → enterprise as real processes with their own databases (issue #5 §1,
// §4; docs/risk-assessment.md § Checklist versions, § Reports to the ministry): an assessment
// filed before the province had a parent reaches the ministry when the province enrolls; a
// checklist version the ministry publishes reaches the enterprise through the province and
// its next assessment uses it (the earlier one keeps its own); the report of that assessment
// reaches the ministry's regulator views; a province's own checklist goes to its children
// only, and a child enrolling later receives the current versions.

const MINISTRY = 'ministry-000000';
const PROVINCE = 'province-320000';
const ENTERPRISE = 'ent-checklists-1';
// Several hops of 1-second syncs on a shared machine: generous, it only bounds a failure.
const WAIT_MS = 90_000;
const COMPANY = {
  uscc: '91350100MA2Y4B7C14',
  name: '某钢铁集团',
  regionCode: '320500',
  industryCode: '31',
};

let ministry: FederationTestNode;
let province: FederationTestNode;
let enterprise: FederationTestNode;
let late: FederationTestNode | undefined;
let officer: HttpSession;
let firstId = '';

interface Checklists {
  current: { checklistId: string; version: string };
  items: {
    checklistId: string;
    version: string;
    origin: string;
    sm3: string;
    problem: string | null;
  }[];
}
interface Assessment {
  id: string;
  checklistId: string;
  checklistVersion: string;
  checklist: { itemId: string }[];
}
interface Received {
  items: {
    assessmentId: string;
    sender: string;
    checklistVersion: string;
    forwardedAt: string | null;
  }[];
}

before(async () => {
  [ministry, province, enterprise] = await startFederationNodes([
    ['ministry', MINISTRY],
    ['province', PROVINCE],
    ['enterprise', ENTERPRISE],
  ]);
});

after(async () => {
  await closeFederationNodes(ministry, province, enterprise, late);
});

/** The built-in 2024 checklist raised to `version` with a ninth item, or under another id. */
function checklistFile(version: string, id = 'risk-assessment-2024'): Record<string, unknown> {
  const file = new URL(
    '../../../../packages/core/checklists/risk-assessment-2024.json',
    import.meta.url,
  );
  const checklist = JSON.parse(readFileSync(file, 'utf8')) as { items: unknown[] };
  const text = { zh: '数据安全审计', en: 'Data security audit' };
  return {
    ...checklist,
    id,
    version,
    items: [
      ...checklist.items,
      {
        id: 'MIIT26-09-AUDIT',
        title: text,
        guidance: text,
        reference: { article: '2026 通知', section: 'test' },
      },
    ],
  };
}

/** Creates an assessment, answers every item, adds a critical finding, completes and files it. */
async function runAndFile(year: number): Promise<Assessment> {
  const created = await officer.ok<Assessment>('POST', '/assessments', { year });
  const path = `/assessments/${created.id}`;
  for (const item of created.checklist)
    await officer.ok('PUT', `${path}/checklist/${item.itemId}`, { status: 'compliant' });
  await officer.ok('POST', `${path}/findings`, {
    title: '核心数据未加密',
    likelihood: 5,
    impact: 5,
  });
  await officer.ok('PATCH', path, { conclusion: '存在一项极高风险', measures: '年内整改' });
  await officer.ok('POST', `${path}/complete`, { completedOn: `${String(year)}-03-06` });
  await officer.ok('POST', `${path}/file`);
  return created;
}

async function received(node: FederationTestNode, assessmentId: string) {
  return eventually(
    async () => {
      const list = await node.admin.ok<Received>('GET', '/assessments-received');
      return list.items.find((item) => item.assessmentId === assessmentId);
    },
    `assessment ${assessmentId} on ${node.nodeId}`,
    WAIT_MS,
  );
}

test('a report filed before the province had a parent reaches the ministry at enrollment', async () => {
  await enrollOver(province, enterprise, { kind: 'region', code: '320500' });
  officer = await userOn(enterprise, 'officer', 'officer');
  await officer.ok('PUT', '/filings/profile', COMPANY);
  const first = await runAndFile(2025);
  firstId = first.id;
  assert.equal(first.checklistId, 'risk-assessment-2024');
  assert.equal(first.checklistVersion, '1.0.0');
  assert.equal(first.checklist.length, 8);
  assert.equal((await received(province, first.id)).forwardedAt, null);

  await enrollOver(ministry, province, { kind: 'region', code: '320000' });
  const atMinistry = await received(ministry, first.id);
  assert.equal(atMinistry.sender, PROVINCE);
  assert.notEqual((await received(province, first.id)).forwardedAt, null);
  // The ministry's regulator views count it (migration 0014's rollups, at ingest).
  const overview = await ministry.admin.ok<{
    assessments: { total: number; byConclusion: Record<string, number> };
  }>('GET', '/regulator/overview');
  assert.equal(overview.assessments.total, 1);
  assert.equal(overview.assessments.byConclusion['critical'], 1);
  const map = await ministry.admin.ok<{ provinces: { code: string; value: number | null }[] }>(
    'GET',
    '/regulator/map?figure=assessments',
  );
  assert.equal(map.provinces.find((p) => p.code === '320000')?.value, 1);
});

test('a ministry checklist reaches the enterprise; its next assessment uses it and is filed up', async () => {
  const before = await enterprise.admin.ok<Checklists>('GET', '/assessment-checklists');
  assert.equal(before.current.checklistId, 'risk-assessment-2024');
  assert.equal(before.current.version, '1.0.0');

  const refused = async (node: FederationTestNode, body: unknown) =>
    (await node.admin.request<{ error: { code: string } }>('POST', '/assessment-checklists', body))
      .body.error.code;
  assert.equal(
    await refused(ministry, checklistFile('1.0.0')),
    'ASSESSMENT_CHECKLIST_VERSION_NOT_NEWER',
  );
  assert.equal(
    await refused(ministry, { ...checklistFile('1.1.0'), items: [] }),
    'ASSESSMENT_CHECKLIST_INVALID',
  );
  assert.equal(
    await refused(province, checklistFile('1.1.0')),
    'ASSESSMENT_CHECKLIST_NOT_PUBLISHER',
  );
  assert.equal(
    await refused(enterprise, checklistFile('1.1.0', 'own')),
    'ASSESSMENT_CHECKLIST_NOT_PUBLISHER',
  );

  const published = await ministry.admin.ok<{ sm3: string; queuedTo: string[] }>(
    'POST',
    '/assessment-checklists',
    checklistFile('1.1.0'),
  );
  assert.deepEqual(published.queuedTo, [PROVINCE]);
  for (const node of [province, enterprise]) {
    const list = await eventually(
      async () => {
        const answer = await node.admin.ok<Checklists>('GET', '/assessment-checklists');
        return answer.current.version === '1.1.0' ? answer : undefined;
      },
      `checklist 1.1.0 on ${node.nodeId}`,
      WAIT_MS,
    );
    const held = list.items.find((item) => item.version === '1.1.0');
    assert.equal(held?.origin, 'received');
    assert.equal(held.sm3, published.sm3);
  }

  // The earlier assessment keeps its checklist; the next one takes the new version.
  const kept = await officer.ok<Assessment>('GET', `/assessments/${firstId}`);
  assert.equal(kept.checklistVersion, '1.0.0');
  assert.equal(kept.checklist.length, 8);
  const second = await runAndFile(2026);
  assert.equal(second.checklistVersion, '1.1.0');
  assert.equal(second.checklist.length, 9);
  assert.ok(second.checklist.some((item) => item.itemId === 'MIIT26-09-AUDIT'));
  const file = await officer.ok<{ items: { id: string }[] }>(
    'GET',
    '/assessment-checklists/risk-assessment-2024/1.1.0',
  );
  assert.equal(file.items.length, 9);

  assert.equal((await received(ministry, second.id)).checklistVersion, '1.1.0');
  const overview = await ministry.admin.ok<{ assessments: { total: number; byYear: unknown } }>(
    'GET',
    '/regulator/overview',
  );
  assert.equal(overview.assessments.total, 2);
  assert.deepEqual(overview.assessments.byYear, [
    { year: 2025, count: 1 },
    { year: 2026, count: 1 },
  ]);
});

test("a province's own checklist goes to its children only; a late child gets the current versions", async () => {
  const own = await province.admin.ok<{ queuedTo: string[] }>(
    'POST',
    '/assessment-checklists',
    checklistFile('1.0.0', 'risk-assessment-2024-js'),
  );
  assert.deepEqual(own.queuedTo, [ENTERPRISE]);
  await eventually(
    async () => {
      const list = await enterprise.admin.ok<Checklists>('GET', '/assessment-checklists');
      return list.current.checklistId === 'risk-assessment-2024-js' ? list : undefined;
    },
    "the province's checklist on the enterprise",
    WAIT_MS,
  );
  const atMinistry = await ministry.admin.ok<Checklists>('GET', '/assessment-checklists');
  assert.ok(!atMinistry.items.some((item) => item.checklistId === 'risk-assessment-2024-js'));

  late = await startFederationNode('enterprise', 'ent-checklists-late');
  await enrollOver(province, late, { kind: 'region', code: '320500' });
  const lateList = await eventually(
    async () => {
      const list = await late?.admin.ok<Checklists>('GET', '/assessment-checklists');
      return list?.items.filter((item) => item.origin === 'received').length === 2
        ? list
        : undefined;
    },
    'the current versions on the late child',
    WAIT_MS,
  );
  // Both arrived; the one published last is used, whatever order they came in.
  assert.equal(lateList.current.checklistId, 'risk-assessment-2024-js');
  assert.ok(lateList.items.some((item) => item.version === '1.1.0' && item.origin === 'received'));

  // The ministry taking the province's id: the province keeps it as a problem, passes nothing on.
  await ministry.admin.ok(
    'POST',
    '/assessment-checklists',
    checklistFile('2.0.0', 'risk-assessment-2024-js'),
  );
  const clash = await eventually(
    async () => {
      const list = await province.admin.ok<Checklists>('GET', '/assessment-checklists');
      return list.items.find((item) => item.version === '2.0.0');
    },
    'the clashing version on the province',
    WAIT_MS,
  );
  assert.match(clash.problem ?? '', /published by province-320000/);
  const queued = await province.pool.query(
    `SELECT 1 FROM federation_outbox WHERE type = 'checklist.publish' AND payload->>'version' = '2.0.0'`,
  );
  assert.equal(queued.rowCount, 0);
});
