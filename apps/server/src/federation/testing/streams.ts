import type pg from 'pg';
import { enqueueMessage, withTransaction } from '@shuan/db';
import { canonicalJson, sm3 } from '@shuan/tools';
import { buildFilingPayload } from './envelopes.ts';
import type { FederationTestNode } from './federation-node.ts';

/**
 * Queues `count` filings for `receiver` directly in the node's outbox, `perTransaction` per
 * transaction, as the filing feature does in its business transaction.
 */
export async function queueFilings(
  pool: pg.Pool,
  receiver: string,
  count: number,
  perTransaction = 25,
): Promise<void> {
  for (let done = 0; done < count; done += perTransaction) {
    const n = Math.min(perTransaction, count - done);
    await withTransaction(pool, async (tx) => {
      for (let i = 0; i < n; i++)
        await enqueueMessage(tx, {
          receiver,
          type: 'filing.submit',
          payload: buildFilingPayload(),
        });
    });
  }
}

/** A message stream as one side holds it: ids and seqs in seq order, and a digest of payloads. */
export interface StreamSummary {
  /** `id:seq` of every message, in seq order. */
  entries: string[];
  /** Messages of type `filing.submit`. */
  filings: number;
  /** SM3 over the canonical JSON of the `filing.submit` payloads, in seq order. */
  filingsDigest: string;
}

function summarize(rows: readonly { id: string; seq: number; type: string; payload: unknown }[]) {
  const filings = rows.filter((row) => row.type === 'filing.submit');
  return {
    entries: rows.map((row) => `${row.id}:${String(row.seq)}`),
    filings: filings.length,
    filingsDigest: sm3(filings.map((row) => canonicalJson(row.payload)).join('\n')),
  };
}

/** What a sender queued for `receiver` (its outbox), whether delivered or not. */
export async function sentStream(sender: FederationTestNode, receiver: string) {
  const result = await sender.pool.query<{
    id: string;
    seq: number;
    type: string;
    payload: unknown;
  }>(
    `SELECT id::text, seq::int, type, payload FROM federation_outbox WHERE receiver = $1 ORDER BY seq`,
    [receiver],
  );
  return summarize(result.rows);
}

/**
 * What the receiver applied from `sender`: its inbox in seq order, and, for the filings,
 * the province's `federation_filings` rows joined to it (one per applied filing message).
 */
export async function appliedStream(
  receiver: FederationTestNode,
  sender: string,
): Promise<StreamSummary & { filingRows: number; filingRowsDigest: string; lastSeq: number }> {
  // One snapshot for the three reads: heartbeats keep arriving, and a seq advanced between
  // reading the inbox and reading the sender's state would look like a gap.
  const client = await receiver.pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const inbox = await client.query<{
      id: string;
      seq: number;
      type: string;
      payload: unknown;
    }>(
      `SELECT envelope_id::text AS id, seq::int, type, payload FROM federation_inbox
       WHERE sender = $1 ORDER BY seq`,
      [sender],
    );
    const filed = await client.query<{ payload: unknown }>(
      `SELECT f.payload FROM federation_filings f JOIN federation_inbox i USING (envelope_id)
       WHERE f.sender = $1 ORDER BY i.seq`,
      [sender],
    );
    const state = await client.query<{ seq: number }>(
      'SELECT last_seq::int AS seq FROM federation_sender_state WHERE sender = $1',
      [sender],
    );
    await client.query('COMMIT');
    return {
      ...summarize(inbox.rows),
      filingRows: filed.rows.length,
      filingRowsDigest: sm3(filed.rows.map((row) => canonicalJson(row.payload)).join('\n')),
      lastSeq: state.rows[0]?.seq ?? 0,
    };
  } finally {
    client.release();
  }
}

/** Rows of a count query. */
export async function countOf(node: FederationTestNode, sql: string, values: unknown[] = []) {
  const result = await node.pool.query<{ n: string }>(sql, values);
  return Number(result.rows[0]?.n ?? 0);
}
