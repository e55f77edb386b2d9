import { randomUUID } from 'node:crypto';
import type { EnvelopeChunk, MessageType } from '@shuan/core';
import type { Queryable } from '../queryable.ts';

/** A message to queue: who receives it, its type and payload (validated by the caller). */
export interface OutboxDraft {
  receiver: string;
  type: MessageType;
  payload: unknown;
  chunk?: EnvelopeChunk | undefined;
  /** The envelope id; a random UUID by default. */
  id?: string | undefined;
}

/** A queued message as stored. `seq` counts from 1 per receiver without gaps. */
export interface OutboxRow {
  id: string;
  receiver: string;
  seq: number;
  type: MessageType;
  payload: unknown;
  chunk: EnvelopeChunk | null;
  createdAt: Date;
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  ackedAt: Date | null;
}

/** A dead letter as the federation status lists it. */
export interface RefusedOutboxRow {
  id: string;
  receiver: string;
  type: string;
  seq: number;
  code: string;
  reason: string | null;
  at: Date;
}

const COLUMNS = `id, receiver, seq::float8 AS seq, type, payload, chunk, created_at AS "createdAt",
  attempts, next_attempt_at AS "nextAttemptAt", last_error AS "lastError", acked_at AS "ackedAt"`;

/**
 * Queues a federation message in the caller's transaction `tx`: call it in the same
 * transaction as the business change it announces, so that both commit or neither does.
 * The seq is taken from a per-receiver counter whose row stays locked until `tx` ends, so
 * seqs are gapless and committed in order. The payload must already be valid for its type
 * (`parseMessagePayload` of `@shuan/contracts`; the server's `queueMessage` does that).
 *
 * @example
 * await withTransaction(pool, async (tx) => {
 *   await saveFiling(tx, filing);
 *   await enqueueMessage(tx, { receiver: parent.nodeId, type: 'filing.submit', payload });
 * });
 */
export async function enqueueMessage(
  tx: Queryable,
  draft: OutboxDraft,
): Promise<{ id: string; seq: number }> {
  const counter = await tx.query<{ seq: string }>(
    `INSERT INTO federation_outbox_seq (receiver, last_seq) VALUES ($1, 1)
     ON CONFLICT (receiver) DO UPDATE SET last_seq = federation_outbox_seq.last_seq + 1
     RETURNING last_seq::text AS seq`,
    [draft.receiver],
  );
  const seq = Number(counter.rows[0]?.seq);
  const id = draft.id ?? randomUUID();
  await tx.query(
    `INSERT INTO federation_outbox (id, receiver, seq, type, payload, chunk)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      id,
      draft.receiver,
      seq,
      draft.type,
      JSON.stringify(draft.payload),
      draft.chunk === undefined ? null : JSON.stringify(draft.chunk),
    ],
  );
  return { id, seq };
}

/** Delivery bookkeeping of the outbox. */
export const federationOutboxRepository = {
  /**
   * Unacknowledged messages for `receiver` in seq order, from the first one on, when the
   * first is due at `now` (later ones ride along: the receiver applies in order, so sending
   * seq n+1 without n is pointless). Empty when nothing is due.
   */
  async due(db: Queryable, receiver: string, now: Date, limit: number): Promise<OutboxRow[]> {
    const result = await db.query<OutboxRow>(
      `WITH pending AS (
         SELECT ${COLUMNS} FROM federation_outbox
         WHERE receiver = $1 AND acked_at IS NULL ORDER BY seq LIMIT $3)
       SELECT * FROM pending
       WHERE (SELECT next_attempt_at FROM federation_outbox
              WHERE receiver = $1 AND acked_at IS NULL ORDER BY seq LIMIT 1) <= $2
       ORDER BY seq`,
      [receiver, now, limit],
    );
    return result.rows;
  },

  /** Unacknowledged messages for `receiver` after `afterSeq`, in seq order (served to a pull). */
  async after(
    db: Queryable,
    receiver: string,
    afterSeq: number,
    limit: number,
  ): Promise<OutboxRow[]> {
    const result = await db.query<OutboxRow>(
      `SELECT ${COLUMNS} FROM federation_outbox
       WHERE receiver = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
      [receiver, afterSeq, limit],
    );
    return result.rows;
  },

  /** Marks delivered messages acknowledged. */
  async markAcked(db: Queryable, ids: readonly string[], at: Date): Promise<void> {
    if (ids.length === 0) return;
    await db.query(
      `UPDATE federation_outbox SET acked_at = $2, last_error = NULL
       WHERE id = ANY($1) AND acked_at IS NULL`,
      [ids, at],
    );
  },

  /**
   * Dead letters: the parent stored these messages in order but refused them for good
   * (`FED_PAYLOAD_INVALID`, `FED_SCOPE_MISMATCH`). They count as delivered, so the stream goes
   * on, and keep the parent's code for the officer (federation status).
   */
  async markRefused(
    db: Queryable,
    refusals: readonly { id: string; code: string }[],
    at: Date,
  ): Promise<void> {
    if (refusals.length === 0) return;
    await db.query(
      `UPDATE federation_outbox AS o SET acked_at = $3, refused_code = r.code, last_error = r.code
       FROM unnest($1::uuid[], $2::text[]) AS r(id, code)
       WHERE o.id = r.id AND o.acked_at IS NULL`,
      [refusals.map((r) => r.id), refusals.map((r) => r.code), at],
    );
  },

  /**
   * The most recent dead letters (newest first) and how many there are in all; only those of
   * `types` when given. `reason` is the parent's, when it told it (`message.refused`).
   */
  async refused(
    db: Queryable,
    limit = 20,
    types?: readonly string[],
  ): Promise<{ total: number; recent: RefusedOutboxRow[] }> {
    const filter = `refused_code IS NOT NULL AND ($1::text[] IS NULL OR type = ANY($1))`;
    const [count, rows] = await Promise.all([
      db.query<{ total: string }>(
        `SELECT count(*)::text AS total FROM federation_outbox WHERE ${filter}`,
        [types ?? null],
      ),
      db.query<RefusedOutboxRow>(
        `SELECT id, receiver, type, seq::float8 AS seq, refused_code AS code,
           refused_reason AS reason, acked_at AS at
         FROM federation_outbox WHERE ${filter}
         ORDER BY acked_at DESC, seq DESC LIMIT $2`,
        [types ?? null, limit],
      ),
    ]);
    return { total: Number(count.rows[0]?.total ?? 0), recent: rows.rows };
  },

  /**
   * Marks message `id` refused after all, as its receiver says in a `message.refused`: it
   * was stored and acknowledged, then not applied. Only a message this node sent `receiver`,
   * of `type`, is marked; false for anything else (a stray refusal changes nothing).
   */
  async markRefusedByReceiver(
    db: Queryable,
    refusal: { id: string; receiver: string; type: string; code: string; reason: string },
    at: Date,
  ): Promise<boolean> {
    const result = await db.query(
      `UPDATE federation_outbox SET refused_code = $4, refused_reason = $5, last_error = $4,
         acked_at = COALESCE(acked_at, $6)
       WHERE id = $1 AND receiver = $2 AND type = $3`,
      [refusal.id, refusal.receiver, refusal.type, refusal.code, refusal.reason, at],
    );
    return (result.rowCount ?? 0) === 1;
  },

  /** Acknowledges every message for `receiver` up to `seq` (a pull's ack). */
  async ackUpTo(db: Queryable, receiver: string, seq: number, at: Date): Promise<void> {
    await db.query(
      `UPDATE federation_outbox SET acked_at = $3
       WHERE receiver = $1 AND seq <= $2 AND acked_at IS NULL`,
      [receiver, seq, at],
    );
  },

  /** Records a failed attempt at delivering `ids` and when to try again. */
  async markFailed(
    db: Queryable,
    ids: readonly string[],
    error: string,
    nextAttemptAt: Date,
  ): Promise<void> {
    if (ids.length === 0) return;
    await db.query(
      `UPDATE federation_outbox SET attempts = attempts + 1, last_error = $2, next_attempt_at = $3
       WHERE id = ANY($1) AND acked_at IS NULL`,
      [ids, error.slice(0, 500), nextAttemptAt],
    );
  },

  /** How many messages for `receiver` wait for acknowledgement. */
  async backlog(db: Queryable, receiver: string): Promise<number> {
    const result = await db.query<{ count: string }>(
      `SELECT count(*)::text AS count FROM federation_outbox WHERE receiver = $1 AND acked_at IS NULL`,
      [receiver],
    );
    return Number(result.rows[0]?.count ?? 0);
  },

  /** Whether message `id` was acknowledged; undefined when no such message was queued. */
  async isAcked(db: Queryable, id: string): Promise<boolean | undefined> {
    const result = await db.query<{ acked: boolean }>(
      `SELECT acked_at IS NOT NULL AS acked FROM federation_outbox WHERE id = $1`,
      [id],
    );
    return result.rows[0]?.acked;
  },

  /** When the last message of `type` for `receiver` was queued, and whether it is still pending. */
  async lastOfType(
    db: Queryable,
    receiver: string,
    type: MessageType,
  ): Promise<{ createdAt: Date; pending: boolean } | undefined> {
    const result = await db.query<{ createdAt: Date; pending: boolean }>(
      `SELECT created_at AS "createdAt", acked_at IS NULL AS pending FROM federation_outbox
       WHERE receiver = $1 AND type = $2 ORDER BY seq DESC LIMIT 1`,
      [receiver, type],
    );
    return result.rows[0];
  },
};
