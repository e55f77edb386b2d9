import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_PAYLOAD_BYTES, MESSAGE_TYPES } from '@shuan/core';
import { EnvelopeDraftSchema, EnvelopeSchema } from './envelope.schema.ts';
import { MESSAGE_PAYLOAD_SCHEMAS, parseMessagePayload } from './messages.schema.ts';

function buildEnvelope(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    v: 1,
    id: '4b0f5a0e-8c1d-4f36-9d38-1e1f1c0b6a01',
    sender: 'ent-91320500MA1XYZ1234',
    receiver: 'province-320000',
    type: 'filing.withdraw',
    seq: 3,
    sentAt: '2025-06-01T08:00:00.000Z',
    payload: { filingId: '7d4f1a9e-2b3c-4d5e-8f60-718293a4b5c6', reason: '数据有误 / wrong data' },
    digest: 'a'.repeat(64),
    signature: 'b'.repeat(128),
    ...overrides,
  };
}

const issuesOf = (value: unknown) =>
  EnvelopeSchema.safeParse(value).error?.issues.map((issue) => issue.path.join('.')) ?? [];

test('a well-formed envelope parses; so does a chunk of one', () => {
  assert.equal(EnvelopeSchema.safeParse(buildEnvelope()).success, true);
  const chunk = buildEnvelope({
    payload: '{"items":[',
    chunk: { index: 0, count: 3, groupId: '0b7c1e52-3f0a-4a44-9e55-6f3c2d1a9b10' },
  });
  assert.equal(EnvelopeSchema.safeParse(chunk).success, true);
});

test('each malformed field is reported at its path', () => {
  const cases: [Record<string, unknown>, string][] = [
    [{ v: 2 }, 'v'],
    [{ id: 'not-a-uuid' }, 'id'],
    [{ sender: '' }, 'sender'],
    [{ receiver: 'has space' }, 'receiver'],
    [{ type: 'filing.delete' }, 'type'],
    [{ seq: 0 }, 'seq'],
    [{ seq: 1.5 }, 'seq'],
    [{ sentAt: '2025-06-01 08:00' }, 'sentAt'],
    [{ digest: 'A'.repeat(64) }, 'digest'],
    [{ digest: 'a'.repeat(63) }, 'digest'],
    [{ signature: 'b'.repeat(127) }, 'signature'],
    [{ payload: undefined }, 'payload'],
    [
      {
        chunk: { index: 3, count: 3, groupId: '0b7c1e52-3f0a-4a44-9e55-6f3c2d1a9b10' },
        payload: 'x',
      },
      'chunk.index',
    ],
    [{ chunk: { index: 0, count: 2, groupId: '0b7c1e52-3f0a-4a44-9e55-6f3c2d1a9b10' } }, 'payload'],
  ];
  for (const [override, path] of cases) {
    assert.ok(
      issuesOf(buildEnvelope(override)).includes(path),
      `${JSON.stringify(override)} → ${path}`,
    );
  }
});

test('unknown fields are refused: only signed fields may travel', () => {
  assert.ok(issuesOf(buildEnvelope({ priority: 'high' })).length > 0);
  const { digest: _d, signature: _s, ...draft } = buildEnvelope();
  assert.equal(EnvelopeDraftSchema.safeParse(draft).success, true);
  assert.equal(EnvelopeDraftSchema.safeParse({ ...draft, digest: 'a'.repeat(64) }).success, false);
});

test('payloads over 4 MiB serialized are refused; exactly 4 MiB passes', () => {
  // A JSON string of n ASCII letters is n + 2 bytes.
  const exact = 'x'.repeat(MAX_PAYLOAD_BYTES - 2);
  assert.equal(EnvelopeSchema.safeParse(buildEnvelope({ payload: exact })).success, true);
  assert.deepEqual(issuesOf(buildEnvelope({ payload: `${exact}x` })), ['payload']);
  // Chinese text counts in UTF-8 bytes (3 each), not characters.
  const chinese = '数'.repeat(Math.ceil(MAX_PAYLOAD_BYTES / 3));
  assert.deepEqual(issuesOf(buildEnvelope({ payload: chinese })), ['payload']);
});

test('every message type has a payload schema, and parseMessagePayload applies it', () => {
  assert.deepEqual(Object.keys(MESSAGE_PAYLOAD_SCHEMAS).sort(), [...MESSAGE_TYPES].sort());
  assert.equal(parseMessagePayload('filing.withdraw', buildEnvelope().payload).success, true);
  assert.equal(parseMessagePayload('filing.withdraw', { filingId: 'x' }).success, false);
  const returned = {
    filingId: '7d4f1a9e-2b3c-4d5e-8f60-718293a4b5c6',
    decision: 'returned',
    reviewedAt: '2025-06-10T02:00:00.000Z',
    reviewer: '张审核',
  };
  assert.equal(parseMessagePayload('filing.review', returned).success, false);
  assert.equal(
    parseMessagePayload('filing.review', { ...returned, comment: '缺少保护措施' }).success,
    true,
  );
  assert.equal(
    parseMessagePayload('filing.review', { ...returned, decision: 'accepted' }).success,
    true,
  );
  const heartbeat = { softwareVersion: '0.1.0', backlog: 0, rulePacks: { general: '2026.1' } };
  assert.equal(parseMessagePayload('node.heartbeat', heartbeat).success, true);
});

test('a full filing carries Art. 12 fields per item; a change filing carries the delta', () => {
  const enterprise = {
    uscc: '91350100M000100Y43',
    name: '某钢铁集团',
    region: '350100',
    industry: 'C31',
  };
  const item = {
    itemId: '0f0e0d0c-0b0a-4908-8706-050403020100',
    sourceName: 'MES',
    table: 'mes.work_orders',
    category: null,
    level: 'important',
    rows: 1_250_000,
    sizeBytes: null,
    department: '生产部',
    purpose: '生产调度',
    storageLocation: '本地机房',
    sharing: false,
    crossBorder: false,
    protection: 'SM4 加密存储',
    responsiblePerson: '李四',
  };
  const base = {
    filingId: '7d4f1a9e-2b3c-4d5e-8f60-718293a4b5c6',
    enterprise,
    catalogVersion: 3,
    resubmitOf: null,
  };
  assert.equal(
    parseMessagePayload('filing.submit', { ...base, kind: 'full', items: [item] }).success,
    true,
  );
  const changes = {
    ...base,
    kind: 'changes',
    baseVersion: 2,
    added: [],
    changed: [item],
    removedItemIds: [],
  };
  assert.equal(parseMessagePayload('filing.submit', changes).success, true);
  assert.equal(parseMessagePayload('filing.submit', { ...changes, kind: 'full' }).success, false);
  const badLevel = { ...base, kind: 'full', items: [{ ...item, level: 'secret' }] };
  assert.equal(parseMessagePayload('filing.submit', badLevel).success, false);
});

test('a batch proof: index below count, 2–1,024 leaves, up to 10 lower-case SM3 hashes', () => {
  const proof = (overrides: Record<string, unknown>) =>
    buildEnvelope({ proof: { index: 1, count: 3, path: ['c'.repeat(64)], ...overrides } });
  assert.equal(EnvelopeSchema.safeParse(proof({})).success, true);
  assert.deepEqual(issuesOf(proof({ index: 3 })), ['proof.index']);
  assert.deepEqual(issuesOf(proof({ count: 1, index: 0 })), ['proof.count']);
  assert.deepEqual(issuesOf(proof({ count: 1025 })), ['proof.count']);
  assert.deepEqual(issuesOf(proof({ path: ['C'.repeat(64)] })), ['proof.path']);
  assert.deepEqual(issuesOf(proof({ path: Array(11).fill('c'.repeat(64)) })), ['proof.path']);
  assert.deepEqual(issuesOf(proof({ path: 'c'.repeat(64) })), ['proof.path']);
  assert.deepEqual(issuesOf(proof({ extra: 1 })), ['proof']);
});
