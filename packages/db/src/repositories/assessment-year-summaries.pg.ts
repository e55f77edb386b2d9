import type { Queryable } from '../queryable.ts';

/** A yearly assessment summary: sent by a province, or received by the ministry. */
export interface YearSummaryRow {
  sender: string;
  year: number;
  payload: unknown;
  asOf: Date;
  /** When the sender first reported this year (decides whether it was on time). */
  firstAsOf: Date;
  receivedAt: Date;
}

const COLUMNS = `sender, year, payload, as_of AS "asOf", first_as_of AS "firstAsOf",
  received_at AS "receivedAt"`;

/** The yearly summaries of the assessment reports (migration 0025). */
export const assessmentYearSummariesRepository = {
  /**
   * Keeps `payload` as the sender's summary of `year` unless a later one (by `asOf`) is
   * held; the first summary's time stays. False when an older summary arrived late.
   */
  async upsertLatest(
    db: Queryable,
    row: { sender: string; year: number; payload: unknown; asOf: Date; envelopeId: string | null },
  ): Promise<boolean> {
    const result = await db.query(
      `INSERT INTO assessment_year_summaries (sender, year, payload, as_of, first_as_of,
         envelope_id)
       VALUES ($1, $2, $3, $4, $4, $5)
       ON CONFLICT (sender, year) DO UPDATE SET payload = EXCLUDED.payload,
         as_of = EXCLUDED.as_of, envelope_id = EXCLUDED.envelope_id, received_at = now(),
         first_as_of = LEAST(assessment_year_summaries.first_as_of, EXCLUDED.as_of)
       WHERE assessment_year_summaries.as_of < EXCLUDED.as_of`,
      [row.sender, row.year, JSON.stringify(row.payload), row.asOf, row.envelopeId],
    );
    return result.rowCount === 1;
  },

  async get(db: Queryable, sender: string, year: number): Promise<YearSummaryRow | undefined> {
    const result = await db.query<YearSummaryRow>(
      `SELECT ${COLUMNS} FROM assessment_year_summaries WHERE sender = $1 AND year = $2`,
      [sender, year],
    );
    return result.rows[0];
  },

  /** Every sender's summary of `year`. */
  async ofYear(db: Queryable, year: number): Promise<YearSummaryRow[]> {
    const result = await db.query<YearSummaryRow>(
      `SELECT ${COLUMNS} FROM assessment_year_summaries WHERE year = $1 ORDER BY sender`,
      [year],
    );
    return result.rows;
  },
};
