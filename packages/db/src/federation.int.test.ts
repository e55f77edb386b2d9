import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import pg from 'pg';
import { issueEnrollmentToken } from '@shuan/core';
import { migrate } from './migrate.ts';
import { enqueueMessage, federationOutboxRepository } from './repositories/federation-outbox.pg.ts';
import { federationInboxRepository } from './repositories/federation-inbox.pg.ts';
import { federationPeersRepository } from './repositories/federation-peers.pg.ts';
import { federationRejectionsRepository } from './repositories/federation-rejections.pg.ts';
import { enrollmentTokensRepository } from './repositories/federation-tokens.pg.ts';
import { createTestDatabase, type TestDatabase } from './testing/test-database.ts';
import { withTransaction } from './transaction.ts';

let database: TestDatabase;
let pool: pg.Pool;

before(async () => {
  database = await createTestDatabase();
  pool = new pg.Pool({ connectionString: database.url, max: 12 });
  // pool.end() can resolve before every socket is closed, and the drop (WITH FORCE) then
  // terminates it: an idle client's error must not become an uncaught exception.
  pool.on('error', () => undefined);
  await migrate(pool);
});

after(async () => {
  await pool.end();
  await database.drop();
});

const heartbeat = { softwareVersion: '0.1.0', backlog: 0, rulePacks: {} };

test('enqueueMessage: seqs per receiver are gapless under concurrency, and a rolled-back change leaves no message', async () => {
  await Promise.all(
    Array.from({ length: 40 }, (_, i) =>
      withTransaction(pool, async (tx) => {
        await enqueueMessage(tx, {
          receiver: i % 2 === 0 ? 'p-a' : 'p-b',
          type: 'node.heartbeat',
          payload: heartbeat,
        });
      }),
    ),
  );
  await assert.rejects(
    withTransaction(pool, async (tx) => {
      await enqueueMessage(tx, { receiver: 'p-a', type: 'node.heartbeat', payload: heartbeat });
      throw new Error('the business change failed');
    }),
    /business change failed/,
  );
  const seqs = await pool.query<{ receiver: string; seqs: number[] }>(
    `SELECT receiver, array_agg(seq::int ORDER BY seq) AS seqs FROM federation_outbox GROUP BY receiver ORDER BY receiver`,
  );
  const oneTo20 = Array.from({ length: 20 }, (_, i) => i + 1);
  assert.deepEqual(seqs.rows, [
    { receiver: 'p-a', seqs: oneTo20 },
    { receiver: 'p-b', seqs: oneTo20 },
  ]);
  // The rolled-back message's seq is handed out again: no gap.
  const next = await withTransaction(pool, (tx) =>
    enqueueMessage(tx, { receiver: 'p-a', type: 'node.heartbeat', payload: heartbeat }),
  );
  assert.equal(next.seq, 21);
});

test('outbox delivery: due rows in order, back-off holds the stream, acks and pull acks', async () => {
  const now = new Date();
  const due = await federationOutboxRepository.due(pool, 'p-b', now, 5);
  assert.deepEqual(
    due.map((row) => row.seq),
    [1, 2, 3, 4, 5],
  );
  await federationOutboxRepository.markFailed(
    pool,
    [due[0]?.id ?? ''],
    'FED_CLOCK_SKEW',
    new Date(now.getTime() + 60_000),
  );
  assert.deepEqual(
    await federationOutboxRepository.due(pool, 'p-b', now, 5),
    [],
    'the first row backs off, so the stream waits',
  );
  await federationOutboxRepository.markAcked(
    pool,
    due.map((row) => row.id),
    now,
  );
  assert.equal(await federationOutboxRepository.backlog(pool, 'p-b'), 15);
  await federationOutboxRepository.ackUpTo(pool, 'p-b', 18, now);
  assert.deepEqual(
    (await federationOutboxRepository.after(pool, 'p-b', 18, 10)).map((row) => row.seq),
    [19, 20],
  );
  assert.equal(await federationOutboxRepository.backlog(pool, 'p-b'), 2);
});

test('tokens: a token is used once even when two children race with it', async () => {
  const token = issueEnrollmentToken({
    id: '0b7c1e52-3f0a-4a44-9e55-6f3c2d1a9b10',
    secretHash: 'f'.repeat(64),
    scope: { kind: 'region', code: '320000' },
    issuedBy: 'admin',
    now: new Date(),
  });
  await enrollmentTokensRepository.insert(pool, token);
  const wins = await Promise.all(
    ['child-1', 'child-2', 'child-3'].map((child) =>
      enrollmentTokensRepository.markUsed(pool, token.id, new Date().toISOString(), child),
    ),
  );
  assert.equal(wins.filter(Boolean).length, 1);
  const revoked = await enrollmentTokensRepository.revoke(pool, token.id, new Date());
  assert.notEqual(revoked?.revokedAt, null);
  assert.equal(revoked?.usedBy !== null, true);
  assert.equal(
    (await enrollmentTokensRepository.lockBySecretHash(pool, 'f'.repeat(64)))?.id,
    token.id,
  );
});

test('peers, sender state, inbox and rejections', async () => {
  const peer = {
    relation: 'child' as const,
    publicKey: '04ab',
    url: null,
    scope: null,
    tokenId: null,
  };
  assert.equal(await federationPeersRepository.insert(pool, { ...peer, nodeId: 'ent-1' }), true);
  assert.equal(
    await federationPeersRepository.insert(pool, { ...peer, nodeId: 'ent-1' }),
    false,
    'no silent key replacement',
  );
  const parent = { ...peer, relation: 'parent' as const, url: 'http://p' };
  assert.equal(await federationPeersRepository.insert(pool, { ...parent, nodeId: 'prov-1' }), true);
  assert.equal(
    await federationPeersRepository.insert(pool, { ...parent, nodeId: 'prov-2' }),
    false,
    'one parent only',
  );
  assert.equal(
    (await federationPeersRepository.setChildStatus(pool, 'ent-1', 'suspended'))?.status,
    'suspended',
  );
  assert.equal(
    await federationPeersRepository.setChildStatus(pool, 'prov-1', 'suspended'),
    undefined,
  );

  await federationInboxRepository.ensureSender(pool, 'ent-1');
  const id = '4b0f5a0e-8c1d-4f36-9d38-1e1f1c0b6a01';
  await withTransaction(pool, async (tx) => {
    const locked = await federationInboxRepository.lockSenders(tx, ['ent-1']);
    assert.equal(locked.get('ent-1'), 0);
    await federationInboxRepository.insert(tx, {
      envelopeId: id,
      sender: 'ent-1',
      seq: 1,
      type: 'node.heartbeat',
      payload: heartbeat,
      chunk: null,
      sentAt: '2025-06-01T08:00:00.000Z',
      appliedAt: new Date(),
    });
    await federationInboxRepository.setLastSeq(tx, 'ent-1', 1);
  });
  assert.deepEqual(
    [
      ...(await federationInboxRepository.seenIds(pool, [
        id,
        '4b0f5a0e-8c1d-4f36-9d38-1e1f1c0b6a02',
      ])),
    ],
    [id],
  );
  assert.equal((await federationInboxRepository.lastSeqs(pool, ['ent-1'])).get('ent-1'), 1);
  assert.equal(
    (await federationInboxRepository.listBySender(pool, 'ent-1'))[0]?.sentAt,
    '2025-06-01T08:00:00.000Z',
  );

  await federationRejectionsRepository.insertMany(
    pool,
    [
      { channel: 'push', code: 'FED_REPLAY', sender: 'ent-1', envelopeId: id, excerpt: { seq: 1 } },
      { channel: 'enroll', code: 'FED_TOKEN_USED', sender: 'ent-2', envelopeId: null, excerpt: {} },
    ],
    new Date(),
  );
  const replays = await federationRejectionsRepository.list(pool, {
    code: 'FED_REPLAY',
    limit: 10,
    offset: 0,
  });
  assert.deepEqual(
    replays.items.map((row) => [row.channel, row.sender, row.excerpt]),
    [['push', 'ent-1', { seq: 1 }]],
  );
  assert.equal(replays.total, 1);
});
