import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { Envelope } from '@shuan/contracts';
import type { MessageType } from '@shuan/core';
import { withTransaction } from '@shuan/db';
import { handlerOf } from '../../federation/message-handlers.ts';
import { startTestNode, type TestNode } from '../../testing/test-node.ts';

/** The province peers the ministry of these tests hears from. */
export const P32 = 'province-320000';
export const P44 = 'province-440000';

/** A ministry test node that ingests envelopes through the real message handlers. */
export interface IngestingMinistry {
  t: TestNode;
  admin: Record<string, string>;
  /** Applies one envelope with its handler in its own transaction, as the receive pipeline does. */
  deliver: (sender: string, type: MessageType, payload: unknown) => Promise<void>;
  q: <T extends Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<T[]>;
}

/**
 * Starts a ministry with two province peers (P32, P44). Envelopes skip transport and
 * signatures (tested elsewhere): what these tests check is what the handlers' writes do to
 * the rollups, in the transaction the receive pipeline gives them.
 */
export async function startIngestingMinistry(): Promise<IngestingMinistry> {
  const t = await startTestNode({
    env: { SHUAN_ROLE: 'ministry', SHUAN_NODE_ID: 'ministry-000000' },
  });
  const admin = await t.login('admin', t.adminPassword);
  const pool = t.node.deps.pool;
  for (const nodeId of [P32, P44]) {
    await pool.query(
      `INSERT INTO federation_peers (node_id, relation, public_key) VALUES ($1, 'child', $2)`,
      [nodeId, `04${'ab'.repeat(64)}`],
    );
  }
  let seq = 0;
  return {
    t,
    admin,
    deliver: async (sender, type, payload) => {
      seq += 1;
      const envelope = {
        id: randomUUID(),
        type,
        sender,
        receiver: 'ministry-000000',
        seq,
        payload,
      } as unknown as Envelope;
      const handler = handlerOf(envelope);
      assert.ok(handler, type);
      await withTransaction(pool, (tx) => handler({ tx, envelope, now: new Date() }));
    },
    q: async <T extends Record<string, unknown>>(sql: string, params: unknown[] = []) =>
      (await pool.query<T>(sql, params)).rows,
  };
}
