import type { Queryable } from '../queryable.ts';

/** A catalog item in an assessment's scope (important or core), without its columns. */
export interface ScopeItemRow {
  itemId: string;
  sourceName: string;
  table: string;
  category: string | null;
  level: 'important' | 'core';
  rows: number | null;
  sizeBytes: number | null;
  pi: boolean;
  sensitivePi: boolean;
  crossBorder: boolean;
  protection: string;
}

/**
 * The facts an assessment pre-fills from what the node already holds (issue #5 §1): the
 * catalog's important and core items, unscanned sources, log retention, cross-border
 * decisions, and — when the filing loop's tables exist — filings.
 */
export const assessmentFactsRepository = {
  async scopeItems(db: Queryable, orgId: string): Promise<ScopeItemRow[]> {
    const result = await db.query<ScopeItemRow>(
      `SELECT c.id AS "itemId", s.name AS "sourceName", c.table_name AS "table", c.category,
         c.level, c.rows::float8 AS rows, c.size_bytes::float8 AS "sizeBytes", c.pi,
         c.sensitive_pi AS "sensitivePi", c.cross_border AS "crossBorder", c.protection
       FROM catalog_items c JOIN data_sources s ON s.id = c.source_id
       WHERE c.org_id = $1 AND c.level IN ('important', 'core')
       ORDER BY c.level DESC, s.name, c.table_name`,
      [orgId],
    );
    return result.rows;
  },

  /** Sources with no scan that finished successfully. */
  async sourcesNeverScanned(db: Queryable, orgId: string): Promise<{ id: string; name: string }[]> {
    const result = await db.query<{ id: string; name: string }>(
      `SELECT s.id, s.name FROM data_sources s
       WHERE s.org_id = $1 AND NOT EXISTS (
         SELECT 1 FROM scans x WHERE x.source_id = s.id AND x.status = 'succeeded')
       ORDER BY s.name`,
      [orgId],
    );
    return result.rows;
  },

  /** The instant of the org's oldest audit entry (null: none yet). */
  async oldestAuditAt(db: Queryable, orgId: string): Promise<Date | null> {
    const result = await db.query<{ at: Date | null }>(
      'SELECT min(at) AS at FROM audit_log WHERE org_id = $1',
      [orgId],
    );
    return result.rows[0]?.at ?? null;
  },

  /** True when the filing loop's enterprise table exists (migration 0007). */
  async filingsTableExists(db: Queryable): Promise<boolean> {
    const result = await db.query<{ found: boolean }>(
      `SELECT to_regclass('filings') IS NOT NULL AS found`,
    );
    return result.rows[0]?.found ?? false;
  },

  /** True when `itemId` is a catalog item of the org. */
  async itemExists(db: Queryable, orgId: string, itemId: string): Promise<boolean> {
    const result = await db.query('SELECT 1 FROM catalog_items WHERE org_id = $1 AND id = $2', [
      orgId,
      itemId,
    ]);
    return (result.rowCount ?? 0) > 0;
  },

  /** How many of `itemIds` are catalog items of the org. */
  async countItems(db: Queryable, orgId: string, itemIds: readonly string[]): Promise<number> {
    const result = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM catalog_items WHERE org_id = $1 AND id = ANY($2::uuid[])',
      [orgId, itemIds],
    );
    return result.rows[0]?.n ?? 0;
  },
};

/** An assessment report received by a province. */
export interface ReceivedAssessmentRow {
  id: string;
  sender: string;
  tenant: boolean;
  assessmentId: string;
  uscc: string;
  name: string;
  year: number;
  completedOn: string;
  validUntil: string;
  conclusion: string;
  payload: unknown;
  receivedAt: Date;
  /** When a province passed it on to the ministry; null when not (yet), and on the ministry. */
  forwardedAt: Date | null;
  /** The province's review (migration 0025); null until reviewed. */
  review: ReceivedAssessmentReview | null;
}

/** A province's word on a received report. */
export interface ReceivedAssessmentReview {
  outcome: 'accepted' | 'needs-rework';
  note: string | null;
  by: string;
  at: Date;
}

/** What the yearly summary counts of one received report. */
export interface YearReportRow {
  uscc: string;
  completedOn: string;
  receivedAt: Date;
  payload: unknown;
  reviewOutcome: 'accepted' | 'needs-rework' | null;
}

/** The received assessment reports of a province or the ministry (node-level). */
export const receivedAssessmentsRepository = {
  /** Stores a report; false when it is a re-delivery (same sender and assessment), ignored. */
  async insert(
    db: Queryable,
    row: Omit<ReceivedAssessmentRow, 'id' | 'tenant' | 'receivedAt' | 'forwardedAt' | 'review'> & {
      envelopeId: string | null;
      tenantOrgId: string | null;
      receivedAt: Date;
    },
  ): Promise<boolean> {
    const result = await db.query(
      `INSERT INTO received_assessments (sender, envelope_id, tenant_org_id, assessment_id, uscc,
         name, year, completed_on, valid_until, conclusion, payload, received_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (sender, assessment_id) DO NOTHING`,
      [
        row.sender,
        row.envelopeId,
        row.tenantOrgId,
        row.assessmentId,
        row.uscc,
        row.name,
        row.year,
        row.completedOn,
        row.validUntil,
        row.conclusion,
        JSON.stringify(row.payload),
        row.receivedAt,
      ],
    );
    return result.rowCount === 1;
  },

  /** Reports not passed on to the parent yet, oldest first, locked for the caller's transaction. */
  async lockUnforwarded(db: Queryable, limit = 1000): Promise<{ id: string; payload: unknown }[]> {
    const result = await db.query<{ id: string; payload: unknown }>(
      `SELECT id, payload FROM received_assessments WHERE forwarded_at IS NULL
       ORDER BY received_at, id LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit],
    );
    return result.rows;
  },

  async markForwarded(db: Queryable, ids: string[], at: Date): Promise<void> {
    await db.query(`UPDATE received_assessments SET forwarded_at = $2 WHERE id = ANY($1::uuid[])`, [
      ids,
      at,
    ]);
  },

  async list(db: Queryable, limit = 500): Promise<ReceivedAssessmentRow[]> {
    const result = await db.query<ReceivedAssessmentRow>(
      `SELECT id, sender, tenant_org_id IS NOT NULL AS tenant, assessment_id AS "assessmentId",
         uscc, name, year, to_char(completed_on, 'YYYY-MM-DD') AS "completedOn",
         to_char(valid_until, 'YYYY-MM-DD') AS "validUntil", conclusion, payload,
         received_at AS "receivedAt", forwarded_at AS "forwardedAt",
         CASE WHEN reviewed_at IS NULL THEN NULL ELSE json_build_object('outcome', review_outcome,
           'note', review_note, 'by', reviewed_by, 'at', reviewed_at) END AS review
       FROM received_assessments ORDER BY received_at DESC, id LIMIT $1`,
      [limit],
    );
    return result.rows.map((row) =>
      row.review === null
        ? row
        : { ...row, review: { ...row.review, at: new Date(row.review.at) } },
    );
  },

  /** Records the province's review of report `id`; false when there is no such report. */
  async review(db: Queryable, id: string, review: ReceivedAssessmentReview): Promise<boolean> {
    const result = await db.query(
      `UPDATE received_assessments SET review_outcome = $2, review_note = $3, reviewed_by = $4,
         reviewed_at = $5 WHERE id = $1`,
      [id, review.outcome, review.note, review.by, review.at],
    );
    return result.rowCount === 1;
  },

  /** The reports of assessments of `year` (every sender and tenant), for the yearly summary. */
  async ofYear(db: Queryable, year: number): Promise<YearReportRow[]> {
    const result = await db.query<YearReportRow>(
      `SELECT uscc, to_char(completed_on, 'YYYY-MM-DD') AS "completedOn",
         received_at AS "receivedAt", payload, review_outcome AS "reviewOutcome"
       FROM received_assessments WHERE year = $1`,
      [year],
    );
    return result.rows;
  },
};
