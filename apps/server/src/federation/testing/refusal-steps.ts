import type { MessageType } from '@shuan/core';
import { enqueueMessage, withTransaction } from '@shuan/db';
import { eventually, type FederationTestNode } from './federation-node.ts';
import { testUscc } from '../../testing/test-uscc.ts';
import { syncNow } from './topology-steps.ts';

// Steps of the scope refusal test (scope-refusals.int.test.ts): queue messages as a child,
// wait for the parent's message.refused to reach it, read what the parent recorded and told.

/** Registered with the test's province, in 苏州: inside its 苏州 child's scope. */
export const AUTO = {
  uscc: testUscc('320508', 11),
  name: '苏州汽车样例',
  regionCode: '320508',
  industryCode: '36',
};
/** Registered in 南京: outside the 苏州 child's scope. */
export const STEEL = {
  uscc: testUscc('320100', 12),
  name: '南京钢铁样例',
  regionCode: '320100',
  industryCode: '31',
};
/** The one-enterprise child's own (its node is linked to the entry at enrollment). */
export const OWN = {
  uscc: testUscc('320506', 13),
  name: '姑苏精密样例',
  regionCode: '320506',
  industryCode: '34',
};

/** A filing as the enterprise sees it, with the province's refusal. */
export interface Filing {
  id: string;
  status: string;
  refusal: { code: string; reason: string; at: string } | null;
}

/** The province's tracking of a warning. */
export interface Tracking {
  recipients: {
    uscc: string | null;
    nodeId: string | null;
    state: string;
    acknowledgedBy: string | null;
  }[];
}

/** Queues `messages` from `child` to `receiver` in one transaction and syncs it. */
export async function send(
  child: FederationTestNode,
  receiver: string,
  messages: { type: MessageType; payload: unknown }[],
): Promise<string[]> {
  const ids = await withTransaction(child.pool, async (tx) => {
    const queued: string[] = [];
    for (const message of messages)
      queued.push((await enqueueMessage(tx, { receiver, ...message })).id);
    return queued;
  });
  await syncNow(child);
  return ids;
}

/** The child's outbox row `id` once its parent's refusal reached it. */
export function refusedOn(child: FederationTestNode, id: string) {
  return eventually(async () => {
    await syncNow(child);
    const rows = await child.pool.query<{ code: string; reason: string | null; type: string }>(
      `SELECT refused_code AS code, refused_reason AS reason, type FROM federation_outbox
       WHERE id = $1 AND refused_code IS NOT NULL`,
      [id],
    );
    return rows.rows[0];
  }, `the refusal of ${id} at ${child.nodeId}`);
}

/** The FED_SCOPE_MISMATCH rejections `node` recorded for `sender`, oldest first. */
export async function scopeRejections(node: FederationTestNode, sender: string) {
  const rows = await node.pool.query<{ envelope_id: string; excerpt: { type: string } }>(
    `SELECT envelope_id, excerpt FROM federation_rejections
     WHERE sender = $1 AND code = 'FED_SCOPE_MISMATCH' ORDER BY id`,
    [sender],
  );
  return rows.rows;
}

/** What `node` queued as message.refused to `receiver`. */
export async function toldRefusals(node: FederationTestNode, receiver: string) {
  const rows = await node.pool.query<{
    payload: { envelopeId: string; type: string; code: string; uscc: string | null };
  }>(
    `SELECT payload FROM federation_outbox WHERE receiver = $1 AND type = 'message.refused'
     ORDER BY seq`,
    [receiver],
  );
  return rows.rows.map((row) => row.payload);
}
