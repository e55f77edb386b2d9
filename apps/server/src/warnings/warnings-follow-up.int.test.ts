import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  federationPeersRepository,
  organizationsRepository,
  usersRepository,
  withTransaction,
} from '@shuan/db';
import { hashPassword } from '../accounts/secrets.ts';
import { linkNewChild } from '../federation/enrollment-links.ts';
import { runWarningAutoChase } from '../jobs/warning-auto-chase.job.ts';
import { call, ok } from '../testing/api.ts';
import { startTestNode, type TestNode } from '../testing/test-node.ts';
import { testUscc } from '../testing/test-uscc.ts';

// What happens to a province's warnings after they are issued (real database, docs/warnings.md):
// enterprises that join an open warning's audience late get it — a registry entry added or
// changed, a child enrolling (the enrollment transaction's linkNewChild), a tenant — and the
// automatic chase (自动催办) reminds those past a deadline they owe, once per China day, all
// of it in the warning's history. The multi-node path is in warnings-late.int.test.ts.

const PASSWORD = 'follow-up-test-password';
const DAY = 86_400_000;
let t: TestNode;
let admin: Record<string, string>;
let tenant: Record<string, string>;
let orgId: string;
let issuedAt: number;

const entry = (n: number, regionCode: string, industryCode: string, name: string) => ({
  uscc: testUscc(regionCode, n),
  name,
  regionCode,
  industryCode,
  keyEnterprise: false,
  size: 'large',
});
const A = entry(21, '320508', '26', '甲化工');
const C = entry(23, '320213', '36', '丙汽车（托管）');
const E = entry(25, '320102', '26', '戊化工（后加入）');
const F = entry(26, '320302', '17', '己纺织');

interface Tracking {
  id: string;
  recipients: { name: string; state: string; nodeId: string | null; chaseCount: number }[];
  history: { kind: string; actor: string; recipients: { name: string }[]; queuedTo: string[] }[];
}

// These tests write through jobs and repositories in-process, which the node-level response
// cache learns of only when their change notification arrives (a few ms later): a fresh URL
// per read checks the chase and delivery logic, not the cache (caches.int.test.ts does that).
let reads = 0;
const tracking = (id: string) =>
  ok<Tracking>(t, admin, 'GET', `/warnings/${id}?read=${String((reads += 1))}`);
const recipient = (tr: Tracking, name: string) => tr.recipients.find((r) => r.name === name);

async function issue(audience: unknown): Promise<string> {
  const issued = await ok<{ id: string }>(t, admin, 'POST', '/warnings', {
    level: 'yellow',
    type: 'vulnerability',
    title: '工控系统漏洞通报',
    description: '某组态软件存在远程代码执行漏洞',
    measures: '升级补丁',
    ackBy: new Date(issuedAt + DAY).toISOString(),
    feedbackBy: new Date(issuedAt + 3 * DAY).toISOString(),
    audience,
  });
  return issued.id;
}

async function queued(type: string, warningId: string, receiver: string): Promise<number> {
  const rows = await t.node.deps.pool.query(
    `SELECT 1 FROM federation_outbox WHERE type = $1 AND receiver = $3
       AND (payload->'warning'->>'warningId' = $2 OR payload->>'warningId' = $2)`,
    [type, warningId, receiver],
  );
  return rows.rowCount ?? 0;
}

async function addChild(nodeId: string): Promise<void> {
  await federationPeersRepository.insert(t.node.deps.pool, {
    nodeId,
    relation: 'child',
    publicKey: '04' + 'cd'.repeat(64),
    url: null,
    scope: null,
    tokenId: null,
  });
}

/** The first instant at or after `after` that is 10:00 in Beijing (02:00 UTC). */
function beijingTen(after: number): Date {
  const day = new Date(after);
  day.setUTCHours(2, 0, 0, 0);
  return day.getTime() < after ? new Date(day.getTime() + DAY) : day;
}

before(async () => {
  t = await startTestNode({ env: { SHUAN_ROLE: 'province' } });
  admin = await t.login('admin', t.adminPassword);
  const pool = t.node.deps.pool;
  orgId = (await organizationsRepository.first(pool))?.id ?? '';
  await addChild('ent-a');
  const org = await organizationsRepository.create(pool, '丙汽车（托管）');
  await usersRepository.create(pool, {
    orgId: org.id,
    username: 'tenant-officer',
    displayName: '丙',
    role: 'officer',
    passwordHash: await hashPassword(PASSWORD),
  });
  tenant = await t.login('tenant-officer', PASSWORD);
  for (const e of [A, C]) await ok(t, admin, 'POST', '/registry/enterprises', e);
  await pool.query(`UPDATE enterprises SET node_id = 'ent-a' WHERE uscc = $1`, [A.uscc]);
  await pool.query(`UPDATE enterprises SET tenant_org_id = $2 WHERE uscc = $1`, [C.uscc, org.id]);
  issuedAt = Date.now();
});

after(async () => {
  await t.close();
});

let chemicals = '';
let suzhou = '';

test('an entry added, a child enrolling, an entry changing: each gets the open warnings it now matches', async () => {
  chemicals = await issue({ kind: 'industry', industries: ['26'] });
  suzhou = await issue({ kind: 'region', regions: ['3205'] });
  const closed = await issue({ kind: 'industry', industries: ['17'] });
  await t.node.deps.pool.query(
    `UPDATE warnings SET ack_by = now() - interval '2 days', feedback_by = now() - interval '1 day'
     WHERE id = $1`,
    [closed],
  );

  // A new registry entry in the chemicals industry: addressed, but it has no node yet.
  const created = await ok<{ id: string }>(t, admin, 'POST', '/registry/enterprises', E);
  assert.equal(recipient(await tracking(chemicals), E.name)?.state, 'undeliverable');
  assert.equal(recipient(await tracking(suzhou), E.name), undefined);

  // Its node enrolls with a one-enterprise token: the enrollment transaction delivers.
  await addChild('ent-e');
  const links = await withTransaction(t.node.deps.pool, (tx) =>
    linkNewChild(
      tx,
      orgId,
      'ent-e',
      { kind: 'enterprise', uscc: E.uscc },
      {
        role: 'province',
        now: new Date(),
      },
    ),
  );
  assert.equal(links.registryId, created.id);
  assert.deepEqual(links.warningsQueued, [chemicals]);
  assert.equal(await queued('warning.issue', chemicals, 'ent-e'), 1);
  const afterEnroll = await tracking(chemicals);
  assert.deepEqual(recipient(afterEnroll, E.name), {
    ...recipient(afterEnroll, E.name),
    state: 'delivered',
    nodeId: 'ent-e',
  });
  assert.deepEqual(
    afterEnroll.history.map((h) => [h.kind, h.actor, h.recipients.map((r) => r.name)]),
    [['late-delivery', 'system', [E.name]]],
  );

  // It moves to 苏州: the region warning follows; the chemicals one is not sent twice.
  await ok(t, admin, 'PATCH', `/registry/enterprises/${created.id}`, { regionCode: '320508' });
  assert.equal(await queued('warning.issue', suzhou, 'ent-e'), 1);
  assert.equal(await queued('warning.issue', chemicals, 'ent-e'), 1);

  // The hosted tenant changes industry into the chemicals audience: into its inbox.
  const list = await ok<{ items: { id: string; uscc: string }[] }>(
    t,
    admin,
    'GET',
    '/registry/enterprises',
  );
  const tenantEntry = list.items.find((item) => item.uscc === C.uscc)?.id ?? '';
  await ok(t, admin, 'PATCH', `/registry/enterprises/${tenantEntry}`, { industryCode: '26' });
  const inbox = await ok<{ items: { id: string }[] }>(t, tenant, 'GET', '/warning-inbox');
  assert.ok(inbox.items.some((item) => item.id === chemicals));

  // A warning past its feedback deadline is not sent to newcomers.
  await ok(t, admin, 'POST', '/registry/enterprises', F);
  assert.deepEqual((await tracking(closed)).recipients, []);
});

test('a named audience reaches a late child by its node id alone', async () => {
  const named = await issue({ kind: 'named', usccs: [], nodeIds: ['ent-x'] });
  assert.deepEqual((await tracking(named)).recipients, []);
  await addChild('ent-x');
  const links = await withTransaction(t.node.deps.pool, (tx) =>
    linkNewChild(
      tx,
      orgId,
      'ent-x',
      { kind: 'region', code: '320500' },
      {
        role: 'province',
        now: new Date(),
      },
    ),
  );
  assert.deepEqual(links.warningsQueued, [named]);
  assert.deepEqual(
    (await tracking(named)).recipients.map((r) => [r.name, r.state, r.nodeId]),
    [['ent-x', 'delivered', 'ent-x']],
  );
});

test('the automatic chase reminds who is past a deadline they owe, once per China day', async () => {
  // The tenant signs in time: it owes only its answer, due in three days.
  await ok(t, tenant, 'POST', `/warning-inbox/${chemicals}/ack`, {});
  const firstDay = beijingTen(issuedAt + DAY + 1);
  await runWarningAutoChase(t.node.deps, firstDay);
  let tr = await tracking(chemicals);
  assert.deepEqual(
    [A.name, E.name, C.name].map((name) => recipient(tr, name)?.chaseCount),
    [1, 1, 0],
  );
  assert.equal(await queued('warning.chase', chemicals, 'ent-a'), 1);
  assert.equal(await queued('warning.chase', chemicals, 'ent-e'), 1);

  // Later the same day, and early the next morning: nobody again.
  await runWarningAutoChase(t.node.deps, new Date(firstDay.getTime() + 5 * 3_600_000));
  await runWarningAutoChase(t.node.deps, new Date(firstDay.getTime() + 22 * 3_600_000));
  tr = await tracking(chemicals);
  assert.equal(recipient(tr, A.name)?.chaseCount, 1);

  // Switched off, nothing happens whatever the day.
  const off = { ...t.node.deps.config, warningAutoChase: { enabled: false, fromHour: 9 } };
  await runWarningAutoChase({ ...t.node.deps, config: off }, new Date(issuedAt + 10 * DAY));
  assert.equal(recipient(await tracking(chemicals), A.name)?.chaseCount, 1);

  // After the feedback deadline the tenant, who signed but never answered, is reminded too.
  const lateDay = beijingTen(issuedAt + 3 * DAY + 1);
  await runWarningAutoChase(t.node.deps, lateDay);
  tr = await tracking(chemicals);
  assert.deepEqual(
    [A.name, E.name, C.name].map((name) => recipient(tr, name)?.chaseCount),
    [2, 2, 1],
  );
  const reminded = await ok<{ reminders: number }>(t, tenant, 'GET', `/warning-inbox/${chemicals}`);
  assert.equal(reminded.reminders, 1);

  // Once it answers it is left alone.
  await ok(t, tenant, 'POST', `/warning-inbox/${chemicals}/feedback`, { measures: '已升级' });
  await runWarningAutoChase(t.node.deps, new Date(lateDay.getTime() + DAY));
  tr = await tracking(chemicals);
  assert.deepEqual(
    [A.name, E.name, C.name].map((name) => recipient(tr, name)?.chaseCount),
    [3, 3, 1],
  );
  assert.deepEqual(
    tr.history.map((h) => [h.kind, h.actor, h.recipients.length]),
    [
      ['late-delivery', 'system', 1],
      ['late-delivery', 'system', 1],
      ['auto-chase', 'system', 2],
      ['auto-chase', 'system', 3],
      ['auto-chase', 'system', 2],
    ],
  );
  const audit = await t.node.deps.pool.query<{ actor: string }>(
    `SELECT actor FROM audit_log WHERE action = 'warning.auto-chase' AND target = $1`,
    [`warning:${chemicals}`],
  );
  assert.deepEqual(
    audit.rows.map((row) => row.actor),
    ['system', 'system', 'system'],
  );
});

test('a manual chase is in the history with who chased', async () => {
  const chased = await call(t, admin, 'POST', `/warnings/${suzhou}/chase`, { message: '请反馈' });
  assert.equal(chased.statusCode, 200, chased.body);
  const tr = await tracking(suzhou);
  // (The automatic chases above ran at simulated later instants, so this one sorts first.)
  const manual = tr.history.filter((h) => h.kind === 'chase');
  assert.deepEqual(
    manual.map((h) => [h.actor, h.queuedTo.includes('ent-a')]),
    [['admin', true]],
  );
});
