import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { generateSm2KeyPair, type Sm2KeyPair } from '@shuan/tools';
import type { PushResponse } from '@shuan/contracts';
import { signRequest } from './signed-request.ts';
import { signedHeartbeat } from './testing/envelopes.ts';
import { startFederationNode, type FederationTestNode } from './testing/federation-node.ts';

const PROVINCE = 'province-320000';
const CHILD = 'ent-probe-1';

let province: FederationTestNode;
const childKey: Sm2KeyPair = generateSm2KeyPair();
let seq = 0;

before(async () => {
  province = await startFederationNode('province', PROVINCE);
});

after(async () => {
  await province.close();
});

/** A federation answer: the identity on success, the standard error body otherwise. */
interface Answer {
  status: number;
  body: { nodeId?: string; error: { code: string } };
}

async function post(path: string, body: unknown): Promise<Answer> {
  const response = await fetch(`${province.url}/federation/v1${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

async function enroll(nodeId: string, token: string, key: Sm2KeyPair = generateSm2KeyPair()) {
  return post(
    '/enroll',
    signRequest(
      {
        nodeId,
        role: 'enterprise',
        publicKey: key.publicKey,
        token,
        sentAt: new Date().toISOString(),
      },
      key,
    ),
  );
}

async function issueToken(): Promise<{ id: string; token: string }> {
  return province.admin.ok('POST', '/federation/tokens', {
    scope: { kind: 'region', code: '320500' },
  });
}

async function push(...envelopes: unknown[]): Promise<PushResponse['results']> {
  const answer = await post('/messages', { envelopes });
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  return (answer.body as unknown as PushResponse).results;
}

const verdicts = (results: PushResponse['results']) => results.map((r) => [r.status, r.code]);

async function inboxCount(): Promise<number> {
  const result = await province.pool.query<{ n: string }>(
    'SELECT count(*) AS n FROM federation_inbox',
  );
  return Number(result.rows[0]?.n);
}

async function recordedCodes(): Promise<string[]> {
  const page = await province.admin.ok<{ items: { code: string }[] }>(
    'GET',
    '/federation/rejections?pageSize=200',
  );
  return page.items.map((item) => item.code);
}

test('tokens: one-time, revocable, expiring, known; each refusal has its code and is recorded', async () => {
  const first = await issueToken();
  const enrolled = await enroll(CHILD, first.token, childKey);
  assert.equal(enrolled.status, 200, JSON.stringify(enrolled.body));
  assert.equal(enrolled.body.nodeId, PROVINCE);

  const reused = await enroll('ent-probe-2', first.token);
  assert.deepEqual([reused.status, reused.body.error.code], [403, 'FED_TOKEN_USED']);

  const revoked = await issueToken();
  await province.admin.ok('POST', `/federation/tokens/${revoked.id}/revoke`);
  const withRevoked = await enroll('ent-probe-3', revoked.token);
  assert.deepEqual([withRevoked.status, withRevoked.body.error.code], [403, 'FED_TOKEN_REVOKED']);

  const expired = await issueToken();
  await province.pool.query(
    `UPDATE federation_enrollment_tokens SET expires_at = now() - interval '1 second' WHERE id = $1`,
    [expired.id],
  );
  const withExpired = await enroll('ent-probe-4', expired.token);
  assert.deepEqual([withExpired.status, withExpired.body.error.code], [403, 'FED_TOKEN_EXPIRED']);

  const unknown = await enroll('ent-probe-5', 'shuan_enroll_not-a-real-token');
  assert.deepEqual([unknown.status, unknown.body.error.code], [403, 'FED_TOKEN_UNKNOWN']);

  // A request signed with another key than the one presented proves nothing.
  const fresh = await issueToken();
  const stranger = generateSm2KeyPair();
  const forged = await post('/enroll', {
    ...signRequest(
      {
        nodeId: 'ent-probe-6',
        role: 'enterprise',
        publicKey: stranger.publicKey,
        token: fresh.token,
        sentAt: new Date().toISOString(),
      },
      generateSm2KeyPair(),
    ),
  });
  assert.deepEqual([forged.status, forged.body.error.code], [401, 'FED_BAD_SIGNATURE']);
  // The forged attempt did not use the token up.
  assert.equal((await enroll('ent-probe-6', fresh.token)).status, 200);

  const codes = await recordedCodes();
  for (const code of [
    'FED_TOKEN_USED',
    'FED_TOKEN_REVOKED',
    'FED_TOKEN_EXPIRED',
    'FED_TOKEN_UNKNOWN',
    'FED_BAD_SIGNATURE',
  ])
    assert.ok(codes.includes(code), `${code} recorded`);
  const peers = await province.admin.ok<{ items: { nodeId: string }[] }>(
    'GET',
    '/federation/peers',
  );
  assert.deepEqual(peers.items.map((peer) => peer.nodeId).sort(), [CHILD, 'ent-probe-6']);
});

test('pushed envelopes: tampered, forged, replayed, misaddressed, expired, unknown, suspended and malformed are refused and recorded; nothing of them is applied', async () => {
  const ok = signedHeartbeat(childKey, { sender: CHILD, receiver: PROVINCE, seq: ++seq });
  assert.deepEqual(verdicts(await push(ok)), [['accepted', null]]);
  const before = await inboxCount();

  const tampered = {
    ...signedHeartbeat(childKey, { sender: CHILD, receiver: PROVINCE, seq: seq + 1 }),
    payload: { softwareVersion: '6.6.6', backlog: 0, rulePacks: {} },
  };
  const forgedKey = generateSm2KeyPair();
  const forged = signedHeartbeat(forgedKey, { sender: CHILD, receiver: PROVINCE, seq: seq + 1 });
  const replayedId = { ...ok };
  const replayedSeq = signedHeartbeat(childKey, { sender: CHILD, receiver: PROVINCE, seq });
  const misaddressed = signedHeartbeat(childKey, {
    sender: CHILD,
    receiver: 'province-440000',
    seq: seq + 1,
  });
  const expired = signedHeartbeat(childKey, {
    sender: CHILD,
    receiver: PROVINCE,
    seq: seq + 1,
    sentAt: new Date(Date.now() - 10 * 60_000).toISOString(),
  });
  const ghostKey = generateSm2KeyPair();
  const unknown = signedHeartbeat(ghostKey, { sender: 'ent-ghost', receiver: PROVINCE, seq: 1 });
  const malformed = { ...ok, id: 'not-a-uuid' };
  const wrongWay = signedHeartbeat(childKey, {
    sender: CHILD,
    receiver: PROVINCE,
    seq: seq + 1,
    type: 'filing.review',
    payload: {
      filingId: '7d4f1a9e-2b3c-4d5e-8f60-718293a4b5c6',
      decision: 'accepted',
      reviewedAt: new Date().toISOString(),
      reviewer: 'x',
    },
  });
  const results = await push(
    tampered,
    forged,
    replayedId,
    replayedSeq,
    misaddressed,
    expired,
    unknown,
    malformed,
    wrongWay,
  );
  assert.deepEqual(verdicts(results), [
    ['rejected', 'FED_BAD_DIGEST'],
    ['rejected', 'FED_BAD_SIGNATURE'],
    ['duplicate', 'FED_REPLAY'],
    ['rejected', 'FED_REPLAY'],
    ['rejected', 'FED_WRONG_RECEIVER'],
    ['rejected', 'FED_CLOCK_SKEW'],
    ['rejected', 'FED_UNKNOWN_SENDER'],
    ['rejected', 'FED_MALFORMED'],
    ['rejected', 'FED_WRONG_DIRECTION'],
  ]);
  assert.equal(await inboxCount(), before, 'no refused envelope was stored');
  const peer = await province.pool.query<{ software_version: string }>(
    'SELECT software_version FROM federation_peers WHERE node_id = $1',
    [CHILD],
  );
  assert.equal(peer.rows[0]?.software_version, '0.1.0', 'the tampered heartbeat changed nothing');

  // A gap is held, not applied; the missing message then lets both through in order.
  const third = signedHeartbeat(childKey, { sender: CHILD, receiver: PROVINCE, seq: seq + 2 });
  assert.deepEqual(verdicts(await push(third)), [['held', 'FED_OUT_OF_ORDER']]);
  const second = signedHeartbeat(childKey, { sender: CHILD, receiver: PROVINCE, seq: seq + 1 });
  assert.deepEqual(verdicts(await push(second, third)), [
    ['accepted', null],
    ['accepted', null],
  ]);
  seq += 2;

  // A genuine envelope with an invalid payload is a dead letter: stored in order as refused,
  // never applied, recorded, and the sender's next message goes through (not held behind it).
  const invalid = signedHeartbeat(childKey, {
    sender: CHILD,
    receiver: PROVINCE,
    seq: seq + 1,
    payload: { softwareVersion: 42 },
  });
  const next = signedHeartbeat(childKey, { sender: CHILD, receiver: PROVINCE, seq: seq + 2 });
  assert.deepEqual(verdicts(await push(invalid, next)), [
    ['refused', 'FED_PAYLOAD_INVALID'],
    ['accepted', null],
  ]);
  assert.deepEqual(verdicts(await push(invalid)), [['duplicate', 'FED_REPLAY']]);
  const deadLetter = await province.pool.query(
    `SELECT refused_code, applied_at FROM federation_inbox WHERE envelope_id = $1`,
    [invalid.id],
  );
  assert.deepEqual(deadLetter.rows, [{ refused_code: 'FED_PAYLOAD_INVALID', applied_at: null }]);
  const recorded = await province.pool.query(
    `SELECT code FROM federation_rejections WHERE envelope_id = $1 AND code = 'FED_PAYLOAD_INVALID'`,
    [invalid.id],
  );
  assert.equal(recorded.rowCount, 1);
  seq += 2;

  // Suspended: pushes and pulls are refused until the child is resumed.
  await province.admin.ok('POST', `/federation/peers/${CHILD}/suspend`);
  const whileSuspended = signedHeartbeat(childKey, {
    sender: CHILD,
    receiver: PROVINCE,
    seq: seq + 1,
  });
  assert.deepEqual(verdicts(await push(whileSuspended)), [['rejected', 'FED_SUSPENDED_SENDER']]);
  const pull = () =>
    post(
      '/pull',
      signRequest(
        {
          nodeId: CHILD,
          receiver: PROVINCE,
          ackSeq: 0,
          limit: 10,
          sentAt: new Date().toISOString(),
        },
        childKey,
      ),
    );
  const refusedPull = await pull();
  assert.deepEqual(
    [refusedPull.status, refusedPull.body.error.code],
    [403, 'FED_SUSPENDED_SENDER'],
  );
  await province.admin.ok('POST', `/federation/peers/${CHILD}/resume`);
  assert.deepEqual(verdicts(await push(whileSuspended)), [['accepted', null]]);
  assert.equal((await pull()).status, 200);
  // A recorded pull replayed (within the clock window) is refused: each pull's sentAt must be
  // later than the last one taken from the child.
  const recordedPull = signRequest(
    { nodeId: CHILD, receiver: PROVINCE, ackSeq: 0, limit: 10, sentAt: new Date().toISOString() },
    childKey,
  );
  assert.equal((await post('/pull', recordedPull)).status, 200);
  const replayedPull = await post('/pull', recordedPull);
  assert.deepEqual([replayedPull.status, replayedPull.body.error.code], [409, 'FED_REPLAY']);
  // A pull signed by someone else is refused.
  const forgedPull = await post(
    '/pull',
    signRequest(
      { nodeId: CHILD, receiver: PROVINCE, ackSeq: 0, limit: 10, sentAt: new Date().toISOString() },
      ghostKey,
    ),
  );
  assert.deepEqual([forgedPull.status, forgedPull.body.error.code], [401, 'FED_BAD_SIGNATURE']);

  const codes = await recordedCodes();
  for (const code of [
    'FED_BAD_DIGEST',
    'FED_BAD_SIGNATURE',
    'FED_REPLAY',
    'FED_WRONG_RECEIVER',
    'FED_CLOCK_SKEW',
    'FED_UNKNOWN_SENDER',
    'FED_MALFORMED',
    'FED_WRONG_DIRECTION',
    'FED_SUSPENDED_SENDER',
  ])
    assert.ok(codes.includes(code), `${code} recorded`);
  const stored = await province.pool.query<{ seq: number }>(
    'SELECT seq::int FROM federation_inbox WHERE sender = $1 ORDER BY seq',
    [CHILD],
  );
  // 5 is the dead letter (stored as refused), 6 the message after it.
  assert.deepEqual(
    stored.rows.map((row) => row.seq),
    [1, 2, 3, 4, 5, 6],
  );
});
