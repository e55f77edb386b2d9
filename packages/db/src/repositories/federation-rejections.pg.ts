import type { Queryable } from '../queryable.ts';

/** A refused envelope, enrollment or pull. `excerpt` is bounded by the caller. */
export interface RejectionRow {
  id: number;
  at: Date;
  channel: 'push' | 'pull' | 'enroll';
  code: string;
  sender: string | null;
  envelopeId: string | null;
  excerpt: Record<string, unknown>;
}

const REJECTION_COLUMNS = `id::float8 AS id, at, channel, code, sender, envelope_id AS "envelopeId", excerpt`;

/** The record of every refusal, newest first when listed. */
export const federationRejectionsRepository = {
  async insertMany(
    db: Queryable,
    rows: readonly Omit<RejectionRow, 'id' | 'at'>[],
    at: Date,
  ): Promise<void> {
    if (rows.length === 0) return;
    await db.query(
      `INSERT INTO federation_rejections (at, channel, code, sender, envelope_id, excerpt)
       SELECT $1, r.channel, r.code, r.sender, r."envelopeId", r.excerpt
       FROM jsonb_to_recordset($2::jsonb)
         AS r(channel text, code text, sender text, "envelopeId" text, excerpt jsonb)`,
      [at, JSON.stringify(rows)],
    );
  },

  async list(
    db: Queryable,
    filter: {
      code?: string | undefined;
      sender?: string | undefined;
      limit: number;
      offset: number;
    },
  ): Promise<{ items: RejectionRow[]; total: number }> {
    const where = `WHERE ($1::text IS NULL OR code = $1) AND ($2::text IS NULL OR sender = $2)`;
    const values = [filter.code ?? null, filter.sender ?? null];
    const [items, total] = await Promise.all([
      db.query<RejectionRow>(
        `SELECT ${REJECTION_COLUMNS} FROM federation_rejections ${where}
         ORDER BY at DESC, id DESC LIMIT $3 OFFSET $4`,
        [...values, filter.limit, filter.offset],
      ),
      db.query<{ count: string }>(
        `SELECT count(*)::text AS count FROM federation_rejections ${where}`,
        values,
      ),
    ]);
    return { items: items.rows, total: Number(total.rows[0]?.count ?? 0) };
  },
};
