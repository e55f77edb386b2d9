import type { EnvelopeChunk, MessageType } from '@shuan/core';
import { jsonbTextParam } from '../jsonb-param.ts';
import { named } from '../named-query.ts';
import type { Queryable } from '../queryable.ts';

/** An accepted envelope as stored (digest and signature are not kept: it was verified). */
export interface InboxRow {
  envelopeId: string;
  sender: string;
  seq: number;
  type: MessageType;
  payload: unknown;
  chunk: EnvelopeChunk | null;
  sentAt: string;
  receivedAt: Date;
  appliedAt: Date | null;
}

const INBOX_COLUMNS = `envelope_id AS "envelopeId", sender, seq::float8 AS seq, type, payload, chunk,
  to_char(sent_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "sentAt",
  received_at AS "receivedAt", applied_at AS "appliedAt"`;

/**
 * The inbox and the per-sender sequence bookkeeping. Storing an envelope, applying it and
 * advancing its sender's `last_seq` happen in one transaction of the caller, after the
 * sender's state row was locked with {@link federationInboxRepository.lockSenders}.
 */
export const federationInboxRepository = {
  /** The ids among `ids` that are already stored. */
  async seenIds(db: Queryable, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const result = await db.query<{ id: string }>(
      named(
        'inbox-seen-ids',
        `SELECT envelope_id::text AS id FROM federation_inbox WHERE envelope_id = ANY($1::uuid[])`,
        [ids],
      ),
    );
    return new Set(result.rows.map((row) => row.id));
  },

  /**
   * {@link seenIds} and the senders' current public keys (lower-case), in one round trip:
   * what a receiving transaction re-reads once it holds the senders' locks.
   */
  async seenIdsAndKeys(
    db: Queryable,
    ids: readonly string[],
    senders: readonly string[],
  ): Promise<{ seen: Set<string>; keys: Map<string, string> }> {
    const result = await db.query<{ kind: 'seen' | 'key'; name: string; value: string | null }>(
      named(
        'inbox-seen-ids-and-keys',
        `SELECT 'seen' AS kind, envelope_id::text AS name, NULL AS value
           FROM federation_inbox WHERE envelope_id = ANY($1::uuid[])
         UNION ALL
         SELECT 'key', node_id, lower(public_key) FROM federation_peers WHERE node_id = ANY($2)`,
        [ids, senders],
      ),
    );
    const seen = new Set<string>();
    const keys = new Map<string, string>();
    for (const row of result.rows) {
      if (row.kind === 'seen') seen.add(row.name);
      else if (row.value !== null) keys.set(row.name, row.value);
    }
    return { seen, keys };
  },

  /** Creates the sender's state row (last seq 0) if missing: at enrollment. */
  async ensureSender(db: Queryable, sender: string): Promise<void> {
    await db.query(
      `INSERT INTO federation_sender_state (sender) VALUES ($1) ON CONFLICT DO NOTHING`,
      [sender],
    );
  },

  /** The last applied seq of each sender (0 when none was applied or the sender is unknown). */
  async lastSeqs(db: Queryable, senders: readonly string[]): Promise<Map<string, number>> {
    const result = await db.query<{ sender: string; seq: string }>(
      `SELECT sender, last_seq::text AS seq FROM federation_sender_state WHERE sender = ANY($1)`,
      [senders],
    );
    return new Map(result.rows.map((row) => [row.sender, Number(row.seq)]));
  },

  /**
   * Locks the state rows of `senders` until the transaction ends, creating missing ones
   * (last seq 0), and returns their last applied seqs: one statement on the ingest path.
   * Rows are taken in a fixed order, so two batches never deadlock. ON CONFLICT DO UPDATE
   * locks the newest committed version of a row, as SELECT … FOR UPDATE does, waiting for a
   * batch that holds it; the no-op update is what takes the lock.
   */
  async lockSenders(db: Queryable, senders: readonly string[]): Promise<Map<string, number>> {
    const sorted = [...new Set(senders)].sort();
    if (sorted.length === 0) return new Map();
    const result = await db.query<{ sender: string; seq: string }>(
      named(
        'inbox-lock-senders',
        `INSERT INTO federation_sender_state AS s (sender)
         SELECT sender FROM unnest($1::text[]) WITH ORDINALITY AS t(sender, n) ORDER BY n
         ON CONFLICT (sender) DO UPDATE SET sender = s.sender
         RETURNING sender, last_seq::text AS seq`,
        [sorted],
      ),
    );
    return new Map(result.rows.map((row) => [row.sender, Number(row.seq)]));
  },

  async setLastSeq(db: Queryable, sender: string, seq: number): Promise<void> {
    await db.query(
      `UPDATE federation_sender_state SET last_seq = $2, updated_at = now() WHERE sender = $1`,
      [sender, seq],
    );
  },

  /** Stores an accepted envelope; `appliedAt` null when no handler exists for its type yet. */
  async insert(db: Queryable, row: Omit<InboxRow, 'receivedAt'>): Promise<void> {
    await db.query(
      `INSERT INTO federation_inbox (envelope_id, sender, seq, type, payload, chunk, sent_at, applied_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        row.envelopeId,
        row.sender,
        row.seq,
        row.type,
        JSON.stringify(row.payload),
        row.chunk === null ? null : JSON.stringify(row.chunk),
        row.sentAt,
        row.appliedAt,
      ],
    );
  },

  /**
   * Moves each sender's last applied seq to its value in `seqs`, and the last contact of
   * `contacts` (federation_peers) to `at`, in one statement: the end of every receiving
   * transaction.
   */
  async advanceAndTouch(
    db: Queryable,
    seqs: ReadonlyMap<string, number>,
    contacts: readonly string[],
    at: Date,
  ): Promise<void> {
    await db.query(
      named(
        'inbox-advance-and-touch',
        `WITH advanced AS (
           UPDATE federation_sender_state AS s SET last_seq = t.seq, updated_at = now()
           FROM unnest($1::text[], $2::bigint[]) AS t(sender, seq) WHERE s.sender = t.sender)
         UPDATE federation_peers SET last_contact_at = GREATEST(last_contact_at, $4)
         WHERE node_id = ANY($3)`,
        [[...seqs.keys()], [...seqs.values()], contacts, at],
      ),
    );
  },

  /**
   * Stores many accepted envelopes with one statement per 500 rows (a push carries up to
   * 100): one round trip and one plan instead of one per message. Each row is given as the
   * envelope's signing input — the canonical JSON of every field but digest, signature and
   * proof, which the receiver wrote to check the digest — so the inbox stores exactly what
   * was signed, and nothing is serialized again: the rows travel as ONE jsonb parameter
   * (jsonb-param.ts) built around those texts, and PostgreSQL takes the fields out of it.
   */
  async insertSigned(
    db: Queryable,
    rows: readonly { signed: string; appliedAt: Date | null; refusedCode: string | null }[],
  ): Promise<void> {
    // The rows of a push share their applied time: written once.
    const iso = new Map<Date, string>();
    const isoOf = (at: Date | null): string => {
      if (at === null) return 'null';
      let text = iso.get(at);
      if (text === undefined) iso.set(at, (text = `"${at.toISOString()}"`));
      return text;
    };
    for (let start = 0; start < rows.length; start += 500) {
      const slice = rows.slice(start, start + 500);
      const json = `[${slice
        .map(
          (row) =>
            `{"e":${row.signed},"a":${isoOf(row.appliedAt)},"r":${JSON.stringify(row.refusedCode)}}`,
        )
        .join(',')}]`;
      await db.query(
        named(
          'inbox-insert-signed',
          `INSERT INTO federation_inbox (envelope_id, sender, seq, type, payload, chunk, sent_at,
             applied_at, refused_code)
           SELECT (e->>'id')::uuid, e->>'sender', (e->>'seq')::bigint, e->>'type', e->'payload',
             e->'chunk', (e->>'sentAt')::timestamptz, a, r
           FROM jsonb_to_recordset($1::jsonb) AS t(e jsonb, a timestamptz, r text)`,
          [jsonbTextParam(json)],
        ),
      );
    }
  },

  /** A sender's stored envelopes with seq in [fromSeq, toSeq], in seq order (chunk groups). */
  async range(db: Queryable, sender: string, fromSeq: number, toSeq: number): Promise<InboxRow[]> {
    const result = await db.query<InboxRow>(
      `SELECT ${INBOX_COLUMNS} FROM federation_inbox
       WHERE sender = $1 AND seq BETWEEN $2 AND $3 ORDER BY seq`,
      [sender, fromSeq, toSeq],
    );
    return result.rows;
  },

  /** Marks a sender's envelopes with seq in [fromSeq, toSeq] applied (a joined chunk group). */
  async markApplied(
    db: Queryable,
    sender: string,
    fromSeq: number,
    toSeq: number,
    at: Date,
  ): Promise<void> {
    await db.query(
      `UPDATE federation_inbox SET applied_at = $4
       WHERE sender = $1 AND seq BETWEEN $2 AND $3 AND applied_at IS NULL`,
      [sender, fromSeq, toSeq, at],
    );
  },

  /** A sender's stored envelopes in seq order (tests and diagnostics). */
  async listBySender(db: Queryable, sender: string, limit = 1000): Promise<InboxRow[]> {
    const result = await db.query<InboxRow>(
      `SELECT ${INBOX_COLUMNS} FROM federation_inbox WHERE sender = $1 ORDER BY seq LIMIT $2`,
      [sender, limit],
    );
    return result.rows;
  },
};
