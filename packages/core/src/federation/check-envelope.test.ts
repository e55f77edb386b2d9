import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EnvelopeCheck, EnvelopeCheckContext, EnvelopeHeader } from './check-envelope.ts';
import { checkEnvelope, DEFAULT_MAX_SKEW_MS } from './check-envelope.ts';

const NOW = new Date('2025-06-01T08:00:00.000Z');

function buildEnvelope(overrides: Partial<EnvelopeHeader> = {}): EnvelopeHeader {
  return {
    id: '4b0f5a0e-8c1d-4f36-9d38-1e1f1c0b6a01',
    sender: 'ent-a',
    receiver: 'province-320000',
    type: 'filing.submit',
    seq: 8,
    sentAt: NOW.toISOString(),
    ...overrides,
  };
}

/** 'accept', or the code of a hold or reject. */
function outcome(check: EnvelopeCheck): string {
  return check.verdict === 'accept' ? 'accept' : check.code;
}

function buildContext(overrides: Partial<EnvelopeCheckContext> = {}): EnvelopeCheckContext {
  return {
    self: 'province-320000',
    sender: { status: 'active', lastSeq: 7 },
    now: NOW,
    seen: () => false,
    ...overrides,
  };
}

test('the next message of an active sender, on time, is accepted', () => {
  assert.deepEqual(checkEnvelope(buildEnvelope(), buildContext()), { verdict: 'accept' });
});

test('unknown and suspended senders are rejected before anything else', () => {
  const wrongEverything = buildEnvelope({ receiver: 'someone-else', seq: 1 });
  const unknown = checkEnvelope(
    wrongEverything,
    buildContext({ sender: { status: 'unknown', lastSeq: 0 } }),
  );
  assert.equal(outcome(unknown), 'FED_UNKNOWN_SENDER');
  const suspended = checkEnvelope(
    buildEnvelope(),
    buildContext({ sender: { status: 'suspended', lastSeq: 7 } }),
  );
  assert.equal(outcome(suspended), 'FED_SUSPENDED_SENDER');
  assert.match(suspended.verdict === 'reject' ? suspended.message : '', /暂停 .* suspended/);
});

test('a message addressed to another node is rejected', () => {
  const check = checkEnvelope(buildEnvelope({ receiver: 'province-330000' }), buildContext());
  assert.equal(outcome(check), 'FED_WRONG_RECEIVER');
});

test('a seen id or a seq at or below lastSeq is a replay', () => {
  const seenId = checkEnvelope(
    buildEnvelope(),
    buildContext({ seen: (id) => id === buildEnvelope().id }),
  );
  assert.equal(outcome(seenId), 'FED_REPLAY');
  for (const seq of [7, 3, 1]) {
    const check = checkEnvelope(buildEnvelope({ seq }), buildContext());
    assert.equal(outcome(check), 'FED_REPLAY', `seq ${seq}`);
  }
});

test('a gap in the sequence is held with the seq expected next, not rejected', () => {
  const check = checkEnvelope(buildEnvelope({ seq: 10 }), buildContext());
  assert.equal(outcome(check), 'FED_OUT_OF_ORDER');
  assert.equal(check.verdict === 'hold' ? check.expectedSeq : -1, 8);
  // The first message ever is seq 1.
  const first = checkEnvelope(
    buildEnvelope({ seq: 1 }),
    buildContext({ sender: { status: 'active', lastSeq: 0 } }),
  );
  assert.deepEqual(first, { verdict: 'accept' });
});

test('a sentAt beyond the allowed skew, either way, is rejected; at the limit it passes', () => {
  const at = (offsetMs: number) =>
    buildEnvelope({ sentAt: new Date(NOW.getTime() + offsetMs).toISOString() });
  for (const offset of [DEFAULT_MAX_SKEW_MS + 1, -(DEFAULT_MAX_SKEW_MS + 1), -86_400_000]) {
    const check = checkEnvelope(at(offset), buildContext());
    assert.equal(outcome(check), 'FED_CLOCK_SKEW', `offset ${offset}`);
  }
  assert.equal(checkEnvelope(at(DEFAULT_MAX_SKEW_MS), buildContext()).verdict, 'accept');
  assert.equal(checkEnvelope(at(-DEFAULT_MAX_SKEW_MS), buildContext()).verdict, 'accept');
  const tight = checkEnvelope(at(2_000), buildContext({ maxSkewMs: 1_000 }));
  assert.equal(outcome(tight), 'FED_CLOCK_SKEW');
  const garbage = checkEnvelope(buildEnvelope({ sentAt: 'yesterday' }), buildContext());
  assert.equal(outcome(garbage), 'FED_CLOCK_SKEW');
});

test('a replayed old message is reported as a replay, not as clock skew', () => {
  const old = buildEnvelope({ seq: 2, sentAt: '2025-01-01T00:00:00.000Z' });
  const check = checkEnvelope(old, buildContext());
  assert.equal(outcome(check), 'FED_REPLAY');
});

test('with the sender’s relation known, a type travelling the wrong way is rejected', () => {
  const child = { status: 'active' as const, lastSeq: 7, relation: 'child' as const };
  const parent = { status: 'active' as const, lastSeq: 7, relation: 'parent' as const };
  const publish = buildEnvelope({ type: 'rulepack.publish' });
  const fromChild = checkEnvelope(publish, buildContext({ sender: child }));
  assert.equal(outcome(fromChild), 'FED_WRONG_DIRECTION');
  assert.equal(checkEnvelope(publish, buildContext({ sender: parent })).verdict, 'accept');
  const submit = buildEnvelope({ type: 'filing.submit' });
  assert.equal(checkEnvelope(submit, buildContext({ sender: parent })).verdict, 'reject');
  const heartbeat = buildEnvelope({ type: 'node.heartbeat' });
  assert.equal(checkEnvelope(heartbeat, buildContext({ sender: child })).verdict, 'accept');
  assert.equal(checkEnvelope(heartbeat, buildContext({ sender: parent })).verdict, 'accept');
});
