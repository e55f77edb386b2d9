import { jsonbParam } from '../jsonb-param.ts';
import { named } from '../named-query.ts';
import type { Queryable } from '../queryable.ts';

/** A filing received from a child, kept as received until the review workflow takes it. */
export interface ReceivedFilingRow {
  id: string;
  envelopeId: string | null;
  sender: string;
  filingId: string;
  kind: string;
  payload: unknown;
  state: string;
  receivedAt: Date;
}

/** What a received filing is stored from. */
export type NewReceivedFiling = Pick<
  ReceivedFilingRow,
  'envelopeId' | 'sender' | 'filingId' | 'kind' | 'payload'
>;

const FILING_COLUMNS = `id, envelope_id AS "envelopeId", sender, filing_id AS "filingId", kind,
  payload, state, received_at AS "receivedAt"`;

/** The province's inbox of filings, as received. */
export const receivedFilingsRepository = {
  async insert(db: Queryable, row: NewReceivedFiling): Promise<void> {
    await this.insertMany(db, [row]);
  },

  /**
   * Stores received filings with one multi-row statement; a (sender, filing id) already
   * stored, or repeated in `rows`, keeps its first row.
   */
  async insertMany(db: Queryable, rows: readonly NewReceivedFiling[]): Promise<void> {
    if (rows.length === 0) return;
    await db.query(
      `INSERT INTO federation_filings (envelope_id, sender, filing_id, kind, payload)
       SELECT envelope_id, sender, filing_id, kind, payload
       FROM jsonb_to_recordset($1::jsonb)
         AS t(envelope_id uuid, sender text, filing_id uuid, kind text, payload jsonb)
       ON CONFLICT (sender, filing_id) DO NOTHING`,
      // One JSON parameter, as the inbox does (no per-payload array-literal escaping).
      [
        jsonbParam(
          rows.map((row) => ({
            envelope_id: row.envelopeId,
            sender: row.sender,
            filing_id: row.filingId,
            kind: row.kind,
            payload: row.payload,
          })),
        ),
      ],
    );
  },

  /**
   * {@link insertMany} for `filing.submit` envelopes this transaction has just stored in the
   * inbox, already checked against their schema: filing id, kind and payload are copied from
   * the inbox rows, so a push's filings are not serialized and parsed a second time.
   */
  async insertManyFromInbox(db: Queryable, envelopeIds: readonly string[]): Promise<void> {
    if (envelopeIds.length === 0) return;
    await db.query(
      named(
        'filings-insert-from-inbox',
        `INSERT INTO federation_filings (envelope_id, sender, filing_id, kind, payload)
         SELECT i.envelope_id, i.sender, (i.payload->>'filingId')::uuid, i.payload->>'kind',
           i.payload
         FROM unnest($1::uuid[]) WITH ORDINALITY AS t(envelope_id, n)
         JOIN federation_inbox AS i ON i.envelope_id = t.envelope_id
         ORDER BY t.n
         ON CONFLICT (sender, filing_id) DO NOTHING`,
        [envelopeIds],
      ),
    );
  },

  async list(db: Queryable, limit = 200): Promise<ReceivedFilingRow[]> {
    const result = await db.query<ReceivedFilingRow>(
      `SELECT ${FILING_COLUMNS} FROM federation_filings ORDER BY received_at DESC, id LIMIT $1`,
      [limit],
    );
    return result.rows;
  },
};
