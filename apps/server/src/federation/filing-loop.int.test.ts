import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { chinaDate, workingDaysBetween } from '@shuan/core';
import {
  closeFederationNodes,
  eventually,
  startFederationNodes,
  type FederationTestNode,
} from './testing/federation-node.ts';
import type { HttpSession } from '../testing/http-session.ts';
import { enrollFiler, FILER, hostTenant, seedCatalog } from '../filings/testing/filing-fixtures.ts';

// The filing loop between two real processes with their own databases (issue #4 §3): an
// enterprise files a frozen catalog version, the province reviews it within 20 working days,
// returns it with comments per item, the enterprise re-files its changes, the province
// accepts; a withdrawal; and a tenant hosted on the province filing into the same queue.

const ENTERPRISE_ID = `ent-${FILER.uscc}`;
const PASSWORD = 'filing-loop-password';

let province: FederationTestNode;
let enterprise: FederationTestNode;
let officer: HttpSession;
let reviewer: HttpSession;
let items: Record<string, string>;
let registryId: string;

interface Filing {
  id: string;
  status: string;
  kind: string;
  resubmitOf: string | null;
  itemCount: number;
  reviewBy: string;
  resubmitBy: string | null;
  resubmitted: boolean;
  deadlineState: string | null;
  overdue: boolean;
  reviewComment: string;
  items: { itemId: string; change: string; comment: string | null; item: unknown }[];
}

interface Review {
  id: string;
  filingId: string;
  status: string;
  kind: string;
  tenant: boolean;
  registryId: string | null;
  receivedAt: string;
  reviewBy: string;
  overdue: boolean;
  counts: { important: number; core: number };
  changes: { added: number; changed: number; removed: number } | null;
  resubmitOf: string | null;
  withdrawReason: string | null;
  items: { itemId: string; item: { purpose: string } | null }[];
}

/** The queue entry of `filingId` at the province once it has arrived. */
function arrived(filingId: string): Promise<Review> {
  return eventually(async () => {
    const queue = await reviewer.ok<{ items: Review[] }>('GET', '/filing-reviews?pageSize=200');
    return queue.items.find((entry) => entry.filingId === filingId);
  }, `filing ${filingId} at the province`);
}

/** The enterprise's filing once its status is `status`. */
function settled(filingId: string, status: string): Promise<Filing> {
  return eventually(async () => {
    const filing = await officer.ok<Filing>('GET', `/filings/${filingId}`);
    return filing.status === status ? filing : undefined;
  }, `filing ${filingId} ${status} at the enterprise`);
}

before(async () => {
  [province, enterprise] = await startFederationNodes([
    ['province', 'province-350000'],
    ['enterprise', ENTERPRISE_ID],
  ]);
  ({ officer, reviewer, registryId, items } = await enrollFiler(province, enterprise, PASSWORD));
});

after(async () => {
  await closeFederationNodes(province, enterprise);
});

test('file in full, returned with item comments, re-filed as changes, accepted', async () => {
  const missing = await officer.request<{ error: { code: string } }>('POST', '/filings', {
    version: 1,
    kind: 'full',
  });
  assert.equal(missing.body.error.code, 'FILING_PROFILE_MISSING');
  const profile = await officer.ok<{ industryCode: string }>('PUT', '/filings/profile', FILER);
  assert.equal(profile.industryCode, 'C31');
  await officer.ok('POST', '/catalog/versions', { note: 'v1' });
  const noBase = await officer.request<{ error: { code: string } }>('POST', '/filings', {
    version: 1,
    kind: 'changes',
  });
  assert.equal(noBase.body.error.code, 'FILING_NO_BASE');

  const first = await officer.ok<Filing>('POST', '/filings', { version: 1, kind: 'full' });
  assert.equal(first.status, 'submitted');
  assert.equal(first.itemCount, 2, 'general data is not filed');
  assert.equal(first.deadlineState, 'open');
  const again = await officer.request<{ error: { code: string } }>('POST', '/filings', {
    version: 1,
    kind: 'full',
  });
  assert.equal(again.status, 409);
  assert.equal(again.body.error.code, 'FILING_PENDING');

  // The province sees it in its queue with 20 working days to decide.
  const queued = await arrived(first.id);
  assert.equal(queued.status, 'received');
  assert.equal(queued.registryId, registryId);
  assert.equal(queued.tenant, false);
  assert.deepEqual(queued.counts, { important: 1, core: 1 });
  assert.equal(workingDaysBetween(chinaDate(new Date(queued.receivedAt)), queued.reviewBy), 20);
  assert.equal(queued.overdue, false);
  const detail = await reviewer.ok<Review>('GET', `/filing-reviews/${queued.id}`);
  assert.deepEqual(
    detail.items.map((entry) => entry.item?.purpose),
    ['生产调度', '生产调度'],
  );
  const important = items['mes.work_orders'] ?? '';

  const noReason = await reviewer.request<{ error: { code: string } }>(
    'POST',
    `/filing-reviews/${queued.id}/review`,
    { decision: 'returned' },
  );
  assert.equal(noReason.body.error.code, 'FILING_RETURN_REASON_REQUIRED');
  const returned = await reviewer.ok<Review>('POST', `/filing-reviews/${queued.id}/review`, {
    decision: 'returned',
    comment: '处理目的填写过于笼统',
    itemComments: [{ itemId: important, comment: '请写明具体处理目的' }],
  });
  assert.equal(returned.status, 'returned');
  const twice = await reviewer.request('POST', `/filing-reviews/${queued.id}/review`, {
    decision: 'accepted',
  });
  assert.equal(twice.status, 409);

  // The enterprise sees the return, the comments per item and its 15 working days.
  const back = await settled(first.id, 'returned');
  assert.equal(back.reviewComment, '处理目的填写过于笼统');
  assert.equal(
    back.items.find((entry) => entry.itemId === important)?.comment,
    '请写明具体处理目的',
  );
  assert.ok(back.resubmitBy !== null);
  assert.equal(back.deadlineState, 'open');

  // Fix the item, freeze version 2 and file only what changed.
  await officer.ok('PATCH', `/catalog/items/${important}`, { purpose: '生产排程与质量追溯' });
  await officer.ok('POST', '/catalog/versions', { note: 'v2' });
  const second = await officer.ok<Filing>('POST', '/filings', { version: 2, kind: 'changes' });
  assert.equal(second.resubmitOf, first.id);
  assert.deepEqual(
    second.items.map((entry) => [entry.itemId, entry.change]),
    [[important, 'changed']],
  );
  const queued2 = await arrived(second.id);
  assert.deepEqual(queued2.changes, { added: 0, changed: 1, removed: 0 });
  assert.equal(queued2.resubmitOf, first.id);
  await reviewer.ok('POST', `/filing-reviews/${queued2.id}/review`, {
    decision: 'accepted',
    comment: '',
  });
  await settled(second.id, 'accepted');
  const answered = await officer.ok<Filing>('GET', `/filings/${first.id}`);
  assert.equal(answered.resubmitted, true);
  assert.equal(answered.deadlineState, null, 'the re-submission stops the 15-day clock');

  const actions = (
    await enterprise.pool.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE action LIKE 'filing.%' ORDER BY seq`,
    )
  ).rows.map((row) => row.action);
  assert.deepEqual(actions, [
    'filing.profile',
    'filing.submit',
    'filing.reviewed',
    'filing.submit',
    'filing.reviewed',
  ]);
  const provinceActions = await province.pool.query(
    `SELECT 1 FROM audit_log WHERE action = 'filing.review'`,
  );
  assert.equal(provinceActions.rowCount, 2);
});

test('a withdrawal reaches the province; the withdrawn filing cannot be reviewed', async () => {
  const filing = await officer.ok<Filing>('POST', '/filings', { version: 2, kind: 'full' });
  const queued = await arrived(filing.id);
  const withdrawn = await officer.ok<Filing>('POST', `/filings/${filing.id}/withdraw`, {
    reason: '目录需要重新梳理',
  });
  assert.equal(withdrawn.status, 'withdrawn');
  const atProvince = await eventually(async () => {
    const entry = await reviewer.ok<Review>('GET', `/filing-reviews/${queued.id}`);
    return entry.status === 'withdrawn' ? entry : undefined;
  }, 'the withdrawal at the province');
  assert.equal(atProvince.withdrawReason, '目录需要重新梳理');
  const late = await reviewer.request<{ error: { code: string } }>(
    'POST',
    `/filing-reviews/${queued.id}/review`,
    { decision: 'accepted' },
  );
  assert.equal(late.body.error.code, 'FILING_NOT_PENDING');
  const again = await officer.request('POST', `/filings/${filing.id}/withdraw`, { reason: 'x' });
  assert.equal(again.status, 409);
});

test('a tenant of the province files into the same queue; overdue filings are flagged', async () => {
  const { tenant, entry } = await hostTenant(province, PASSWORD);
  await seedCatalog(province.pool, tenant);
  await tenant.ok('POST', '/catalog/versions', { note: 'v1' });
  // No profile of its own: the registry entry speaks for the tenant.
  const profile = await tenant.ok<{ source: string; industryCode: string }>(
    'GET',
    '/filings/profile',
  );
  assert.deepEqual([profile.source, profile.industryCode], ['registry', 'C36']);
  const filing = await tenant.ok<Filing>('POST', '/filings', { version: 1, kind: 'full' });
  // Same transaction, no message: it is in the queue at once.
  const queue = await reviewer.ok<{ items: Review[] }>('GET', '/filing-reviews?status=received');
  const queued = queue.items.find((item) => item.filingId === filing.id);
  assert.ok(queued !== undefined);
  assert.equal(queued.tenant, true);
  assert.equal(queued.registryId, entry.id);
  assert.equal((await tenant.request('GET', '/filing-reviews')).status, 403);
  assert.equal((await tenant.request('GET', `/filing-reviews/${queued.id}`)).status, 404);
  // The province's own organisation is no tenant: it does not file.
  const own = await province.admin.request<{ error: { code: string } }>('GET', '/filings/profile');
  assert.equal(own.body.error.code, 'FILING_PROFILE_MISSING');

  // Received 40 days ago: past the 20 working days, flagged and filtered as overdue.
  await province.pool.query(
    `UPDATE federation_filings SET received_at = now() - interval '40 days' WHERE id = $1`,
    [queued.id],
  );
  const overdue = await reviewer.ok<{ items: Review[] }>('GET', '/filing-reviews?overdue=true');
  assert.deepEqual(
    overdue.items.map((item) => [item.id, item.overdue]),
    [[queued.id, true]],
  );
  const onTime = await reviewer.ok<{ items: Review[] }>('GET', '/filing-reviews?overdue=false');
  assert.ok(onTime.items.every((item) => item.id !== queued.id && !item.overdue));

  await reviewer.ok('POST', `/filing-reviews/${queued.id}/review`, {
    decision: 'returned',
    comment: '请补充核心数据的保护措施',
  });
  // Applied in the review's transaction: the tenant sees it at once.
  const back = await tenant.ok<Filing>('GET', `/filings/${filing.id}`);
  assert.equal(back.status, 'returned');
  assert.equal(back.reviewComment, '请补充核心数据的保护措施');
});
