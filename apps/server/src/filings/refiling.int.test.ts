import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { filingDeadlines } from '@shuan/core';
import {
  closeFederationNodes,
  eventually,
  startFederationNodes,
  type FederationTestNode,
} from '../federation/testing/federation-node.ts';
import { syncNow } from '../federation/testing/topology-steps.ts';
import type { HttpSession } from '../testing/http-session.ts';
import { enrollFiler, FILER, hostTenant, seedCatalog } from './testing/filing-fixtures.ts';

// Re-filing after a material change (Measures Art. 12: within 3 months), between two real
// processes: an enterprise's filing is accepted, then a level changes in its catalog. The
// enterprise sees "re-file by …" (3 months on), the province sees the enterprise in its
// re-filing list; both flag it once overdue. A new filing answers it, withdrawing that filing
// reopens it with the same deadline, and putting the catalog back closes it. A tenant of the
// province lands in the same list at once.

const ENTERPRISE_ID = `ent-${FILER.uscc}`;
const PASSWORD = 'refiling-test-password';

let province: FederationTestNode;
let enterprise: FederationTestNode;
let officer: HttpSession;
let reviewer: HttpSession;
let items: Record<string, string>;
let registryId: string;

interface Status {
  state: string;
  baseCatalogVersion: number | null;
  changedAt: string | null;
  refileBy: string | null;
  deadlineState: string | null;
  overdue: boolean;
  refiledFilingId: string | null;
  summary: { added: number; removed: number; levelChanged: number; fieldsChanged: number } | null;
}

interface Received {
  id: string;
  sender: string;
  tenant: boolean;
  registryId: string | null;
  enterprise: { uscc: string };
  state: string;
  refileBy: string;
  overdue: boolean;
  refiledFilingId: string | null;
}

/** Files version `version` in `kind` as `session` and has the province accept it. */
async function fileAndAccept(session: HttpSession, version: number, kind: string): Promise<string> {
  const filing = await session.ok<{ id: string }>('POST', '/filings', { version, kind });
  const entry = await eventually(async () => {
    const queue = await reviewer.ok<{ items: { id: string; filingId: string }[] }>(
      'GET',
      '/filing-reviews?status=received&pageSize=200',
    );
    return queue.items.find((item) => item.filingId === filing.id);
  }, `filing ${filing.id} at the province`);
  await reviewer.ok('POST', `/filing-reviews/${entry.id}/review`, { decision: 'accepted' });
  await eventually(async () => {
    const mine = await session.ok<{ status: string }>('GET', `/filings/${filing.id}`);
    return mine.status === 'accepted' ? true : undefined;
  }, `filing ${filing.id} accepted`);
  return filing.id;
}

/** The province's entry for `sender` once it is in `state` (pushed by the enterprise first). */
function atProvince(sender: string, state: string, query = ''): Promise<Received> {
  return eventually(async () => {
    await syncNow(enterprise);
    const page = await reviewer.ok<{ items: Received[] }>('GET', `/refilings?pageSize=200${query}`);
    return page.items.find((item) => item.sender === sender && item.state === state);
  }, `the re-filing of ${sender} ${state} at the province`);
}

before(async () => {
  [province, enterprise] = await startFederationNodes([
    ['province', 'province-350000'],
    ['enterprise', ENTERPRISE_ID],
  ]);
  ({ officer, reviewer, registryId, items } = await enrollFiler(province, enterprise, PASSWORD));
  await officer.ok('PUT', '/filings/profile', FILER);
  await officer.ok('POST', '/catalog/versions', { note: 'v1' });
  await fileAndAccept(officer, 1, 'full');
});

after(async () => {
  await closeFederationNodes(province, enterprise);
});

test('a level changed after the accepted filing: re-file within 3 months, seen on both sides', async () => {
  const unchanged = await officer.ok<Status>('GET', '/filings/refiling');
  assert.deepEqual([unchanged.state, unchanged.baseCatalogVersion], ['none', 1]);

  await officer.ok('POST', `/catalog/items/${items['mes.work_orders'] ?? ''}/review`, {
    action: 'change',
    level: 'core',
    reason: '关联关键工艺',
  });
  const status = await officer.ok<Status>('GET', '/filings/refiling');
  assert.equal(status.state, 'open');
  assert.deepEqual(status.summary, {
    added: 0,
    removed: 0,
    levelChanged: 1,
    fieldsChanged: 0,
    volumeChanged: [],
  });
  // 3 calendar months from the day the change was seen (weekends only: no holiday file).
  const expected = filingDeadlines({ materialChangeOn: new Date(status.changedAt ?? '') });
  assert.equal(status.refileBy, expected.refileBy);
  assert.deepEqual([status.deadlineState, status.overdue], ['open', false]);

  const received = await atProvince(ENTERPRISE_ID, 'open');
  assert.deepEqual(
    [received.enterprise.uscc, received.registryId, received.tenant, received.overdue],
    [FILER.uscc, registryId, false, false],
  );
  assert.equal(received.refileBy, status.refileBy);
  const overdue = await reviewer.ok<{ items: Received[] }>('GET', '/refilings?overdue=true');
  assert.deepEqual(overdue.items, []);
});

test('past the 3 months the enterprise and the province both flag it overdue', async () => {
  await enterprise.pool.query(
    `UPDATE refiling_changes SET changed_at = now() - interval '4 months'`,
  );
  const status = await officer.ok<Status>('GET', '/filings/refiling');
  assert.deepEqual([status.state, status.deadlineState, status.overdue], ['open', 'overdue', true]);

  // As if it had been reported 4 months ago.
  await province.pool.query(
    `UPDATE received_refilings SET changed_at = now() - interval '4 months',
       refile_by = current_date - 20 WHERE sender = $1`,
    [ENTERPRISE_ID],
  );
  const overdue = await reviewer.ok<{ items: Received[] }>('GET', '/refilings?overdue=true');
  assert.deepEqual(
    overdue.items.map((item) => [item.sender, item.overdue]),
    [[ENTERPRISE_ID, true]],
  );
});

test('a new filing answers it; withdrawing that filing reopens it with the same deadline', async () => {
  const before = await officer.ok<Status>('GET', '/filings/refiling');
  await officer.ok('POST', '/catalog/versions', { note: 'v2' });
  const filing = await officer.ok<{ id: string }>('POST', '/filings', {
    version: 2,
    kind: 'changes',
  });
  const refiled = await officer.ok<Status>('GET', '/filings/refiling');
  assert.deepEqual(
    [refiled.state, refiled.refiledFilingId, refiled.overdue],
    ['refiled', filing.id, false],
  );
  const answered = await atProvince(ENTERPRISE_ID, 'refiled');
  assert.equal(answered.refiledFilingId, filing.id);
  const none = await reviewer.ok<{ items: Received[] }>('GET', '/refilings?overdue=true');
  assert.deepEqual(none.items, []);

  await officer.ok('POST', `/filings/${filing.id}/withdraw`, { reason: '目录需要重新梳理' });
  const reopened = await officer.ok<Status>('GET', '/filings/refiling');
  assert.deepEqual(
    [reopened.state, reopened.changedAt, reopened.refileBy, reopened.overdue],
    ['open', before.changedAt, before.refileBy, true],
  );
  await atProvince(ENTERPRISE_ID, 'open');
});

test('the catalog put back as filed closes it on both sides', async () => {
  await officer.ok('POST', `/catalog/items/${items['mes.work_orders'] ?? ''}/review`, {
    action: 'change',
    level: 'important',
    reason: '复核后维持重要数据',
  });
  const status = await officer.ok<Status>('GET', '/filings/refiling');
  assert.equal(status.state, 'none');
  await atProvince(ENTERPRISE_ID, 'reverted');
  const open = await reviewer.ok<{ items: Received[] }>('GET', '/refilings?state=open');
  assert.deepEqual(open.items, []);
  const audit = await enterprise.pool.query<{ state: string }>(
    `SELECT payload->>'state' AS state FROM audit_log WHERE action = 'filing.refiling' ORDER BY seq`,
  );
  assert.deepEqual(
    audit.rows.map((row) => row.state),
    ['open', 'refiled', 'open', 'reverted'],
  );
});

test("a tenant's change is in the province's list at once, linked to its registry entry", async () => {
  const { tenant, entry } = await hostTenant(province, PASSWORD);
  const tenantItems = (await seedCatalog(province.pool, tenant)).items;
  await tenant.ok('POST', '/catalog/versions', { note: 'v1' });
  await fileAndAccept(tenant, 1, 'full');
  // Another filed field (the processing purpose) is a material change too.
  await tenant.ok('PATCH', `/catalog/items/${tenantItems['mes.recipes'] ?? ''}`, {
    purpose: '配方研发与对外合作',
  });
  const status = await tenant.ok<Status>('GET', '/filings/refiling');
  assert.deepEqual([status.state, status.summary?.fieldsChanged], ['open', 1]);
  const page = await reviewer.ok<{ items: Received[] }>('GET', '/refilings?state=open');
  assert.deepEqual(
    page.items.map((item) => [item.tenant, item.registryId, item.refileBy]),
    [[true, entry.id, status.refileBy]],
  );
  assert.equal((await tenant.request('GET', '/refilings')).status, 403);
});
