import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import {
  enqueueMessage,
  organizationsRepository,
  usersRepository,
  withTransaction,
} from '@shuan/db';
import { hashPassword } from '../accounts/secrets.ts';
import { loginOverHttp, type HttpSession } from '../testing/http-session.ts';
import { buildFilingPayload } from './testing/envelopes.ts';
import {
  eventually,
  startFederationNode,
  type FederationTestNode,
} from './testing/federation-node.ts';
import {
  enrollOver,
  filingSettled,
  generalPackAt,
  queued,
  runsGeneral,
  scanAndWait,
  scanFreezeAndFile,
  STEP_PASSWORD,
  syncNow,
  userOn,
  type Company,
} from './testing/topology-steps.ts';

// Issue #4 §4, the whole tree as real processes on loopback, each on its own database:
// 1 ministry, provinces A (江苏 320000) and B (浙江 330000), enterprise nodes E1 and E2 under
// A and E3 under B, and a tenant enterprise hosted on B. Enroll (registry entries linked by
// the one-enterprise tokens), scan the demo source, freeze, file; A returns E1's filing with
// an item comment, E1 re-files its changes and is accepted; the rest accepted; rollups reach
// the ministry's national view; a ministry rule pack reaches every enterprise and the tenant,
// and the next scan records it; every parent's directory shows its children's version. Then a
// late node receives the current pack at enrollment, and a filing for another USCC is refused.

const DEMO = { SHUAN_DEMO_SOURCE: 'true' };
const C1: Company = {
  uscc: '91320100MA1AAA018P',
  name: '南京钢铁样例',
  regionCode: '320100',
  industryCode: '31',
};
const C2: Company = {
  uscc: '91320500MA1BBB025M',
  name: '苏州汽车样例',
  regionCode: '320500',
  industryCode: '36',
};
const C3: Company = {
  uscc: '91330100MA1CCC032E',
  name: '杭州纺织样例',
  regionCode: '330100',
  industryCode: '17',
};
const CT: Company = {
  uscc: '91330200MA1DDD04XR',
  name: '宁波托管样例',
  regionCode: '330200',
  industryCode: '39',
};
const C4_USCC = '91330300MA1EEE057D';

let ministry: FederationTestNode;
let provA: FederationTestNode;
let provB: FederationTestNode;
let e1: FederationTestNode;
let e2: FederationTestNode;
let e3: FederationTestNode;
let late: FederationTestNode | undefined;

before(async () => {
  [ministry, provA, provB, e1, e2, e3] = await Promise.all([
    startFederationNode('ministry', 'ministry-000000'),
    startFederationNode('province', 'province-320000'),
    startFederationNode('province', 'province-330000', DEMO),
    startFederationNode('enterprise', `ent-${C1.uscc}`, DEMO),
    startFederationNode('enterprise', `ent-${C2.uscc}`, DEMO),
    startFederationNode('enterprise', `ent-${C3.uscc}`, DEMO),
  ]);
});

after(async () => {
  const nodes = [ministry, provA, provB, e1, e2, e3, late].filter((node) => node !== undefined);
  await Promise.all(nodes.map((node) => node.close()));
});

async function registerAll(): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const [province, company] of [
    [provA, C1],
    [provA, C2],
    [provB, C3],
    [provB, CT],
  ] as const) {
    const entry = await province.admin.ok<{ id: string }>('POST', '/registry/enterprises', {
      ...company,
      size: 'large',
    });
    ids[company.uscc] = entry.id;
  }
  return ids;
}

/** A tenant organisation on province B with an officer, bound to its registry entry. */
async function hostTenant(registryId: string): Promise<HttpSession> {
  const org = await organizationsRepository.create(provB.pool, CT.name);
  await usersRepository.create(provB.pool, {
    orgId: org.id,
    username: 'tenant-officer',
    displayName: '托管企业专员',
    role: 'officer',
    passwordHash: await hashPassword(STEP_PASSWORD),
  });
  await provB.pool.query('UPDATE enterprises SET tenant_org_id = $1 WHERE id = $2', [
    org.id,
    registryId,
  ]);
  return loginOverHttp(provB.url, 'tenant-officer', STEP_PASSWORD);
}

test('the whole tree: enroll, file, return, re-file, accept, roll up, publish, scan', async (t) => {
  const started = Date.now();
  const registry = await registerAll();
  await Promise.all([
    enrollOver(ministry, provA, { kind: 'region', code: '320000' }),
    enrollOver(ministry, provB, { kind: 'region', code: '330000' }),
    enrollOver(provA, e1, { kind: 'enterprise', uscc: C1.uscc }),
    enrollOver(provA, e2, { kind: 'enterprise', uscc: C2.uscc }),
    enrollOver(provB, e3, { kind: 'enterprise', uscc: C3.uscc }),
  ]);
  // Enrollment linked each registry entry to its node, and the peer records the entry.
  for (const [province, node, company] of [
    [provA, e1, C1],
    [provA, e2, C2],
    [provB, e3, C3],
  ] as const) {
    const linked = await province.pool.query<{ node_id: string; registry_id: string }>(
      `SELECT e.node_id, p.registry_id FROM enterprises e
       JOIN federation_peers p ON p.node_id = e.node_id WHERE e.uscc = $1`,
      [company.uscc],
    );
    assert.deepEqual(linked.rows, [{ node_id: node.nodeId, registry_id: registry[company.uscc] }]);
  }

  const [o1, o2, o3, rA, rB] = await Promise.all([
    userOn(e1, 'officer', 'officer'),
    userOn(e2, 'officer', 'officer'),
    userOn(e3, 'officer', 'officer'),
    userOn(provA, 'reviewer', 'reviewer'),
    userOn(provB, 'reviewer', 'reviewer'),
  ]);
  const tenant = await hostTenant(registry[CT.uscc] ?? '');
  // The tenant scans the same demo database, registered as its own SQLite source.
  const tenantSource = await tenant.ok<{ id: string }>('POST', '/sources', {
    name: 'demo',
    kind: 'sqlite',
    target: join(provB.dataDir, 'demo', 'shuan-demo.sqlite'),
  });
  const [f1, f2, f3, fT] = await Promise.all([
    scanFreezeAndFile(o1, C1),
    scanFreezeAndFile(o2, C2),
    scanFreezeAndFile(o3, C3),
    scanFreezeAndFile(tenant, CT, tenantSource.id),
  ]);
  t.diagnostic(`enrolled, scanned and filed in ${Date.now() - started} ms`);

  // Province A returns E1's filing with a comment on one item; E1 fixes it and re-files.
  await syncNow(e1, e2, e3);
  const q1 = await queued(rA, f1.filingId);
  assert.equal(q1.registryId, registry[C1.uscc], 'the queue knows the enterprise by its node');
  const target = q1.items[0]?.itemId ?? '';
  await rA.ok('POST', `/filing-reviews/${q1.id}/review`, {
    decision: 'returned',
    comment: '处理目的填写过于笼统',
    itemComments: [{ itemId: target, comment: '请写明具体处理目的' }],
  });
  await syncNow(e1);
  const back = await filingSettled(o1, f1.filingId, 'returned');
  assert.equal(back.items.find((i) => i.itemId === target)?.comment, '请写明具体处理目的');
  await o1.ok('PATCH', `/catalog/items/${target}`, { purpose: '生产排程与质量追溯' });
  await o1.ok('POST', '/catalog/versions', { note: 'v2' });
  const refiled = await o1.ok<{ id: string; items: { change: string }[] }>('POST', '/filings', {
    version: 2,
    kind: 'changes',
  });
  assert.deepEqual(
    refiled.items.map((i) => i.change),
    ['changed'],
  );
  await syncNow(e1);
  const q1b = await queued(rA, refiled.id);
  const q2 = await queued(rA, f2.filingId);
  const q3 = await queued(rB, f3.filingId);
  const qT = await queued(rB, fT.filingId);
  assert.equal(qT.tenant, true);
  assert.equal(q3.registryId, registry[C3.uscc]);
  for (const [reviewer, entry] of [
    [rA, q1b],
    [rA, q2],
    [rB, q3],
    [rB, qT],
  ] as const)
    await reviewer.ok('POST', `/filing-reviews/${entry.id}/review`, { decision: 'accepted' });
  await syncNow(e1, e2, e3);
  await Promise.all([
    filingSettled(o1, refiled.id, 'accepted'),
    filingSettled(o2, f2.filingId, 'accepted'),
    filingSettled(o3, f3.filingId, 'accepted'),
    filingSettled(tenant, fT.filingId, 'accepted'),
  ]);

  // Rollups up: the national view shows both provinces' figures.
  await Promise.all([
    provA.admin.ok('POST', '/rollups/send'),
    provB.admin.ok('POST', '/rollups/send'),
  ]);
  await syncNow(provA, provB);
  interface Province {
    nodeId: string;
    region: string;
    filings: number;
    enterprises: number;
    byStatus: Record<string, number>;
  }
  const national = await eventually(async () => {
    const view = await ministry.admin.ok<{
      totals: { reporting: number; filings: number };
      provinces: Province[];
    }>('GET', '/national/overview');
    return view.totals.reporting === 2 ? view : undefined;
  }, 'both rollups at the ministry');
  const byNode = new Map(national.provinces.map((p) => [p.nodeId, p]));
  // A: E1's returned filing, its accepted re-filing and E2's; B: E3's and the tenant's.
  assert.deepEqual(
    [byNode.get(provA.nodeId), byNode.get(provB.nodeId)].map((p) => [
      p?.region,
      p?.enterprises,
      p?.byStatus['accepted'],
    ]),
    [
      ['320000', 2, 2],
      ['330000', 2, 2],
    ],
  );
  assert.ok((byNode.get(provA.nodeId)?.filings ?? 0) >= 2);

  // A rule pack down the tree: both provinces, the three enterprise nodes and the tenant.
  const published = await ministry.admin.ok<{ queuedTo: string[] }>(
    'POST',
    '/rule-packs',
    generalPackAt('2026.2'),
  );
  assert.deepEqual(published.queuedTo.sort(), [provA.nodeId, provB.nodeId].sort());
  await syncNow(provA, provB);
  await runsGeneral(provA.admin, '2026.2', 'the pack on A');
  await runsGeneral(provB.admin, '2026.2', 'the pack on B');
  await syncNow(e1, e2, e3);
  await Promise.all([
    runsGeneral(o1, '2026.2', 'the pack on E1'),
    runsGeneral(o2, '2026.2', 'the pack on E2'),
    runsGeneral(o3, '2026.2', 'the pack on E3'),
    runsGeneral(tenant, '2026.2', 'the pack for the tenant'),
  ]);
  const rescan = await scanAndWait(o2, (await sourceOf(o2)) ?? '');
  assert.deepEqual(rescan.summary?.ruleset, { id: 'general', version: '2026.2' });

  // Each parent's node directory shows the version each child runs (from its heartbeat).
  for (const [parent, children] of [
    [ministry, [provA, provB]],
    [provA, [e1, e2]],
    [provB, [e3]],
  ] as const) {
    await eventually(async () => {
      await syncNow(...children);
      const directory = await parent.admin.ok<{
        items: { nodeId: string; rulePacks: Record<string, string> }[];
      }>('GET', '/nodes');
      const versions = children.map(
        (child) => directory.items.find((i) => i.nodeId === child.nodeId)?.rulePacks['general'],
      );
      return versions.every((v) => v === '2026.2') ? true : undefined;
    }, `children's pack versions on ${parent.nodeId}`);
  }
  t.diagnostic(`whole tree in ${Date.now() - started} ms`);
});

async function sourceOf(session: HttpSession): Promise<string | undefined> {
  return (await session.ok<{ items: { id: string }[] }>('GET', '/sources')).items[0]?.id;
}

test('a node enrolling after a publication gets the current pack; no registry entry, no link', async () => {
  late = await startFederationNode('enterprise', `ent-${C4_USCC}`);
  const entries = await provB.pool.query('SELECT id FROM enterprises');
  await enrollOver(provB, late, { kind: 'enterprise', uscc: C4_USCC });
  const queuedAtEnroll = await provB.pool.query<{ type: string }>(
    `SELECT type FROM federation_outbox WHERE receiver = $1`,
    [late.nodeId],
  );
  assert.ok(queuedAtEnroll.rows.some((row) => row.type === 'rulepack.publish'));
  await syncNow(late);
  await runsGeneral(late.admin, '2026.2', 'the pack on the late node');
  const after = await provB.pool.query<{ node_id: string | null }>(
    'SELECT node_id FROM enterprises',
  );
  assert.equal(after.rowCount, entries.rowCount, 'enrollment creates no registry entry');
  assert.ok(after.rows.every((row) => row.node_id !== late?.nodeId));
  const peer = await provB.pool.query(
    'SELECT registry_id FROM federation_peers WHERE node_id = $1',
    [late.nodeId],
  );
  assert.deepEqual(peer.rows, [{ registry_id: null }]);
});

test('a node bound to one enterprise cannot file for another: FED_SCOPE_MISMATCH, recorded', async () => {
  const filing = buildFilingPayload();
  filing.enterprise = { ...filing.enterprise, uscc: C1.uscc };
  await withTransaction(e3.pool, async (tx) => {
    await enqueueMessage(tx, { receiver: provB.nodeId, type: 'filing.submit', payload: filing });
  });
  await syncNow(e3);
  const rejection = await eventually(async () => {
    // Filtered by code: a retried heartbeat may also be recorded (FED_REPLAY, duplicate).
    const rows = await provB.pool.query<{ code: string; channel: string }>(
      `SELECT code, channel FROM federation_rejections
       WHERE sender = $1 AND code = 'FED_SCOPE_MISMATCH' ORDER BY id LIMIT 1`,
      [e3.nodeId],
    );
    return rows.rows[0];
  }, 'the rejection at province B');
  assert.deepEqual(rejection, { code: 'FED_SCOPE_MISMATCH', channel: 'push' });
  const stored = await provB.pool.query('SELECT 1 FROM federation_filings WHERE filing_id = $1', [
    filing.filingId,
  ]);
  assert.equal(stored.rowCount, 0);
  // A dead letter: the child marks its outbox row refused once the push answer is back (after
  // the province's commit), stops resending it, and shows it in its federation status.
  const refusedCode = await eventually(async () => {
    const outbox = await e3.pool.query<{ refused_code: string | null }>(
      `SELECT refused_code FROM federation_outbox
       WHERE type = 'filing.submit' AND payload->>'filingId' = $1 AND acked_at IS NOT NULL`,
      [filing.filingId],
    );
    return outbox.rows[0]?.refused_code ?? undefined;
  }, 'the refusal noted in the child outbox');
  assert.equal(refusedCode, 'FED_SCOPE_MISMATCH');
  const status = await e3.admin.ok<{ refused: { total: number; recent: { code: string }[] } }>(
    'GET',
    '/federation/status',
  );
  assert.equal(status.refused.total, 1);
  assert.equal(status.refused.recent[0]?.code, 'FED_SCOPE_MISMATCH');
});
