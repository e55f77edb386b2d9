import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import type { PushResponse } from '@shuan/contracts';
import { ENVELOPE_VERSION, MAX_PAYLOAD_BYTES } from '@shuan/core';
import { withTransaction } from '@shuan/db';
import { canonicalJson, generateSm2KeyPair, signEnvelope } from '@shuan/tools';
import { FILER, seedCatalog } from '../filings/testing/filing-fixtures.ts';
import { loginOverHttp, type HttpSession } from '../testing/http-session.ts';
import { queueMessage } from './queue-message.ts';
import { signRequest } from './signed-request.ts';
import { signedHeartbeat } from './testing/envelopes.ts';
import {
  eventually,
  startFederationNode,
  type FederationTestNode,
} from './testing/federation-node.ts';

// Payloads over MAX_PAYLOAD_BYTES (4 MiB, the real limit) between two real processes: a
// filing of 1,600 items with long filing fields goes up in chunks (push) and is applied once,
// identical; a review with a long comment per item comes down in chunks (pull). Then broken
// chunk groups pushed by a probe child are recorded with their FED_CHUNK_* codes.

const ENTERPRISE_ID = `ent-${FILER.uscc}`;
const ITEMS = 1600;
const PASSWORD = 'chunked-payloads-password';

let province: FederationTestNode;
let enterprise: FederationTestNode;
let officer: HttpSession;

const digest = (value: unknown): string =>
  createHash('sha256').update(canonicalJson(value)).digest('hex');

before(async () => {
  [province, enterprise] = await Promise.all([
    startFederationNode('province', 'province-350000'),
    startFederationNode('enterprise', ENTERPRISE_ID),
  ]);
  await enterprise.admin.ok('POST', '/users', {
    username: 'ent-officer',
    displayName: 'ent-officer',
    role: 'officer',
    password: PASSWORD,
  });
  officer = await loginOverHttp(enterprise.url, 'ent-officer', PASSWORD);
  const issued = await province.admin.ok<{ token: string }>('POST', '/federation/tokens', {
    scope: { kind: 'enterprise', uscc: FILER.uscc },
  });
  await enterprise.admin.ok('POST', '/federation/enroll', {
    parentUrl: province.url,
    token: issued.token,
  });
  const { orgId } = await seedCatalog(enterprise.pool, officer);
  // Many important items with filing fields at their longest (3 bytes per character).
  await enterprise.pool.query(
    `INSERT INTO catalog_items (org_id, source_id, table_name, category, level, status,
       proposed, reviewed_by, reviewed_at)
     SELECT org_id, source_id, table_name || '_' || n, category, level, status, proposed,
       reviewed_by, reviewed_at
     FROM catalog_items, generate_series(1, $2) AS n
     WHERE org_id = $1 AND table_name = 'mes.work_orders'`,
    [orgId, ITEMS - 2],
  );
  await enterprise.pool.query(
    `UPDATE catalog_items SET department = repeat('部', 200), purpose = repeat('调', 1000),
       protection = repeat('密', 1000), storage_location = '本地机房', responsible_person = '李四'
     WHERE org_id = $1`,
    [orgId],
  );
  await officer.ok('PUT', '/filings/profile', FILER);
  await officer.ok('POST', '/catalog/versions', { note: 'large' });
});

after(async () => {
  await Promise.all([province.close(), enterprise.close()]);
});

test('a filing over 4 MiB goes up in chunks and is applied once, identical', async () => {
  const filing = await officer.ok<{ id: string; itemCount: number }>('POST', '/filings', {
    version: 1,
    kind: 'full',
  });
  assert.equal(filing.itemCount, ITEMS, 'the important and core items');
  const sent = await enterprise.pool.query<{ payload: unknown; message_id: string }>(
    'SELECT payload, message_id FROM filings WHERE id = $1',
    [filing.id],
  );
  const sentPayload = sent.rows[0]?.payload;
  assert.ok(JSON.stringify(sentPayload).length > MAX_PAYLOAD_BYTES / 3, 'over 4 MiB in UTF-8');
  const parts = await enterprise.pool.query<{ seq: number; chunk: { groupId: string } }>(
    `SELECT seq::int AS seq, chunk FROM federation_outbox
     WHERE type = 'filing.submit' ORDER BY seq`,
  );
  assert.ok(parts.rows.length >= 3, `${String(parts.rows.length)} parts`);
  const seqs = parts.rows.map((row) => row.seq);
  assert.deepEqual(
    seqs,
    seqs.map((_, i) => (seqs[0] ?? 0) + i),
    'consecutive seqs',
  );
  assert.equal(new Set(parts.rows.map((row) => row.chunk.groupId)).size, 1, 'one group');

  const received = await eventually(
    async () => {
      const rows = await province.pool.query<{ payload: unknown; envelope_id: string }>(
        'SELECT payload, envelope_id FROM federation_filings WHERE filing_id = $1',
        [filing.id],
      );
      return rows.rows.length > 0 ? rows.rows : undefined;
    },
    'the chunked filing at the province',
    90_000,
  );
  assert.equal(received.length, 1, 'applied once');
  assert.equal(received[0]?.envelope_id, sent.rows[0]?.message_id, 'under the last part');
  assert.equal(digest(received[0]?.payload), digest(sentPayload));
  const inbox = await province.pool.query<{ n: string; applied: string }>(
    `SELECT count(*) AS n, count(applied_at) AS applied FROM federation_inbox
     WHERE sender = $1 AND type = 'filing.submit'`,
    [ENTERPRISE_ID],
  );
  assert.equal(Number(inbox.rows[0]?.n), parts.rows.length);
  assert.equal(Number(inbox.rows[0]?.applied), parts.rows.length, 'every part marked applied');

  // Down: a review with a long comment on every item, over 4 MiB, pulled in chunks.
  const items = (sentPayload as { items: { itemId: string }[] }).items;
  const review = {
    filingId: filing.id,
    decision: 'returned',
    reviewedAt: new Date().toISOString(),
    reviewer: 'prov-reviewer',
    comment: '逐项补充',
    itemComments: items.map((item) => ({ itemId: item.itemId, comment: '补'.repeat(1000) })),
  };
  await withTransaction(province.pool, (tx) =>
    queueMessage(tx, ENTERPRISE_ID, 'filing.review', review),
  );
  const down = await province.pool.query<{ n: string }>(
    `SELECT count(*) AS n FROM federation_outbox WHERE type = 'filing.review'`,
  );
  assert.ok(Number(down.rows[0]?.n) >= 2, 'the review went in chunks');
  const returned = await eventually(
    async () => {
      const rows = await enterprise.pool.query<{ status: string; item_comments: unknown }>(
        'SELECT status, item_comments FROM filings WHERE id = $1',
        [filing.id],
      );
      return rows.rows[0]?.status === 'returned' ? rows.rows[0] : undefined;
    },
    'the chunked review at the enterprise',
    90_000,
  );
  assert.equal(digest(returned.item_comments), digest(review.itemComments));
});

test('broken chunk groups are recorded with FED_CHUNK_* and never applied', async () => {
  const key = generateSm2KeyPair();
  const probe = 'ent-chunk-probe';
  const token = await province.admin.ok<{ token: string }>('POST', '/federation/tokens', {
    scope: { kind: 'region', code: '350100' },
  });
  const enrolled = await fetch(`${province.url}/federation/v1/enroll`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(
      signRequest(
        {
          nodeId: probe,
          role: 'enterprise',
          publicKey: key.publicKey,
          token: token.token,
          sentAt: new Date().toISOString(),
        },
        key,
      ),
    ),
  });
  assert.equal(enrolled.status, 200);
  const part = (seq: number, index: number, count: number, groupId: string, payload: string) =>
    signEnvelope(
      {
        v: ENVELOPE_VERSION,
        id: randomUUID(),
        sender: probe,
        receiver: province.nodeId,
        type: 'filing.submit',
        seq,
        sentAt: new Date().toISOString(),
        payload,
        chunk: { index, count, groupId },
      },
      key,
    );
  const corrupt = randomUUID();
  const gapped = randomUUID();
  const envelopes = [
    part(1, 0, 2, corrupt, '{"filingId":'),
    part(2, 1, 2, corrupt, 'not json'),
    // A heartbeat where part 0 of the next group should be.
    signedHeartbeat(key, { sender: probe, receiver: province.nodeId, seq: 3 }),
    part(4, 1, 2, gapped, '{}'),
  ];
  const response = await fetch(`${province.url}/federation/v1/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ envelopes }),
  });
  const { results } = (await response.json()) as PushResponse;
  assert.deepEqual(
    results.map((r) => r.status),
    ['accepted', 'accepted', 'accepted', 'accepted'],
    'the stream goes on',
  );
  const rejections = await province.admin.ok<{
    items: { code: string; sender: string | null; envelopeId: string | null }[];
  }>('GET', '/federation/rejections?pageSize=200');
  const mine = rejections.items.filter((item) => item.sender === probe);
  assert.deepEqual(mine.map((item) => item.code).sort(), [
    'FED_CHUNK_CORRUPT',
    'FED_CHUNK_MISSING',
  ]);
  const applied = await province.pool.query<{ n: string }>(
    `SELECT count(*) AS n FROM federation_inbox
     WHERE sender = $1 AND chunk IS NOT NULL AND applied_at IS NOT NULL`,
    [probe],
  );
  assert.equal(Number(applied.rows[0]?.n), 0);
});
