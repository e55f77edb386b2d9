import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  eventually,
  startFederationNode,
  type FederationTestNode,
} from './testing/federation-node.ts';
import { appliedStream, countOf, queueFilings, sentStream } from './testing/streams.ts';
import { enrollOver } from './testing/topology-steps.ts';

// Issue 4 § 4, faults: real processes on their own databases. The province is killed with
// SIGKILL in the middle of a burst and restarted; a child is stopped while its outbox fills.
const PROVINCE = 'province-320000';
const SENDERS = ['ent-fault-a', 'ent-fault-b', 'ent-fault-c'];
const BURST = 1000;

let province: FederationTestNode;
let enterprises: FederationTestNode[] = [];

before(async () => {
  [province, ...enterprises] = await Promise.all([
    startFederationNode('province', PROVINCE),
    ...SENDERS.map((id) => startFederationNode('enterprise', id)),
  ]);
  // 福州市: the region of buildFilingPayload's enterprise, so the scope check lets the queued
  // filings through.
  for (const enterprise of enterprises)
    await enrollOver(province, enterprise, { kind: 'region', code: '350100' });
});

after(async () => {
  await Promise.all([province, ...enterprises].map((node) => node.close()));
});

const filingsAtProvince = () => countOf(province, 'SELECT count(*) AS n FROM federation_filings');

/** Waits until each sender's outbox is fully acknowledged and the province holds `filings`. */
async function drained(senders: readonly FederationTestNode[], filings: number, what: string) {
  await eventually(
    async () => {
      for (const sender of senders) {
        const pending = await countOf(
          sender,
          'SELECT count(*) AS n FROM federation_outbox WHERE acked_at IS NULL',
        );
        if (pending > 0) return undefined;
      }
      return (await filingsAtProvince()) >= filings ? true : undefined;
    },
    what,
    50_000,
  );
}

/** Every message each sender queued is applied exactly once at the province, in seq order. */
async function assertExactlyOnce(senders: readonly FederationTestNode[]): Promise<number> {
  let total = 0;
  for (const sender of senders) {
    // The province first: heartbeats keep being queued and pushed every second, and what it
    // has applied was queued before, so the sender's stream read after holds all of it (read
    // the other way round, a heartbeat pushed in between was applied but not yet "sent").
    const applied = await appliedStream(province, sender.nodeId);
    const sent = await sentStream(sender, PROVINCE);
    // Compare the prefix the province has seen (every filing is in it: the filing counts and
    // digests below must match in full).
    assert.deepEqual(
      applied.entries,
      sent.entries.slice(0, applied.entries.length),
      `${sender.nodeId}: same ids and seqs, each once, in order`,
    );
    assert.equal(applied.lastSeq, applied.entries.length, `${sender.nodeId}: last applied seq`);
    assert.equal(applied.filings, sent.filings, `${sender.nodeId}: filing count`);
    assert.equal(applied.filingRows, sent.filings, `${sender.nodeId}: one filing row each`);
    assert.equal(applied.filingsDigest, sent.filingsDigest, `${sender.nodeId}: payload digest`);
    assert.equal(applied.filingRowsDigest, sent.filingsDigest, `${sender.nodeId}: filings digest`);
    total += sent.filings;
  }
  return total;
}

test('kill -9 of the province during a burst of 1,000 filings from 3 enterprises: each applied exactly once', async (t) => {
  const shares = SENDERS.map(
    (_, i) => Math.floor(BURST / SENDERS.length) + (i === 0 ? BURST % SENDERS.length : 0),
  );
  // First half of the burst, queued in small transactions while the syncs already push.
  const firstHalf = enterprises.map((node, i) =>
    queueFilings(node.pool, PROVINCE, Math.ceil((shares[i] ?? 0) / 2)),
  );
  await eventually(
    async () => ((await filingsAtProvince()) >= 100 ? true : undefined),
    'the burst to start arriving',
  );
  await province.kill9();
  const appliedBeforeKill = await filingsAtProvince();
  await Promise.all(firstHalf);
  // The rest is queued while the province is down; the children's pushes fail and back off.
  await Promise.all(
    enterprises.map((node, i) =>
      queueFilings(node.pool, PROVINCE, (shares[i] ?? 0) - Math.ceil((shares[i] ?? 0) / 2)),
    ),
  );
  // Every child tries to push into the outage (and backs off) before the province is back.
  const failedPushes = await eventually(async () => {
    const failed = await Promise.all(
      enterprises.map((node) =>
        countOf(node, 'SELECT count(*) AS n FROM federation_outbox WHERE attempts > 0'),
      ),
    );
    return failed.every((n) => n > 0) ? failed : undefined;
  }, 'a failed push on every child');
  assert.ok(appliedBeforeKill > 0 && appliedBeforeKill < BURST, 'killed mid-burst');
  await province.restart();
  await drained(enterprises, BURST, 'every filing after the restart');
  // A few more sync rounds: retries of already applied batches must change nothing.
  await new Promise((resolve) => setTimeout(resolve, 2500));
  await drained(enterprises, BURST, 'the outboxes to stay drained');
  assert.equal(await assertExactlyOnce(enterprises), BURST);
  assert.equal(await filingsAtProvince(), BURST);
  t.diagnostic(
    `${String(appliedBeforeKill)} filings applied before kill -9; ` +
      `${failedPushes.map(String).join('/')} outbox rows saw a failed push; all ${String(BURST)} applied once after restart`,
  );
});

test('a child stopped while its outbox fills catches up by itself when it starts again', async (t) => {
  const [child] = enterprises;
  assert.ok(child !== undefined);
  const before = await filingsAtProvince();
  await child.stop();
  const down = Date.now();
  await queueFilings(child.pool, PROVINCE, 150);
  // Down for a while: the province sees no contact from it meanwhile.
  await new Promise((resolve) => setTimeout(resolve, 3000));
  assert.equal(await filingsAtProvince(), before, 'nothing arrives while the child is down');
  await child.restart();
  await drained([child], before + 150, 'the child to catch up');
  assert.equal(await filingsAtProvince(), before + 150);
  await assertExactlyOnce(enterprises);
  t.diagnostic(
    `150 filings queued while down, caught up ${String(Date.now() - down)} ms after the stop`,
  );
});
