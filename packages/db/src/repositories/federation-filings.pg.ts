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

const FILING_COLUMNS = `id, envelope_id AS "envelopeId", sender, filing_id AS "filingId", kind,
  payload, state, received_at AS "receivedAt"`;

/** The province's inbox of filings, as received. */
export const receivedFilingsRepository = {
  async insert(
    db: Queryable,
    row: Pick<ReceivedFilingRow, 'envelopeId' | 'sender' | 'filingId' | 'kind' | 'payload'>,
  ): Promise<void> {
    await db.query(
      `INSERT INTO federation_filings (envelope_id, sender, filing_id, kind, payload)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (sender, filing_id) DO NOTHING`,
      [row.envelopeId, row.sender, row.filingId, row.kind, JSON.stringify(row.payload)],
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
