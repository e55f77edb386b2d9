import type { Queryable } from '../queryable.ts';

/** One count of a rollup, as `rollup.report` carries it. */
export interface RollupCountJson {
  industry: string;
  region: string;
  level: 'general' | 'important' | 'core';
  status: 'submitted' | 'accepted' | 'returned' | 'overdue';
  count: number;
}

/** One count of a rollup's re-filings, as `rollup.report` carries it. */
export interface RollupRefilingCountJson {
  industry: string;
  status: 'pending' | 'overdue' | 'refiled-on-time' | 'refiled-late';
  count: number;
}

/** An overdue re-filing in a rollup, as `rollup.report` carries it. */
export interface RollupOverdueRefilingJson {
  enterprise: { uscc: string; name: string; region: string; industry: string };
  changedAt: string;
  refileBy: string;
}

/** A rollup's re-filing section (null when the province's report carried none). */
export interface RollupRefilingsJson {
  counts: RollupRefilingCountJson[];
  overdue: RollupOverdueRefilingJson[];
}

/** The latest rollup of one province, as the ministry holds it. */
export interface RollupRow {
  sender: string;
  envelopeId: string;
  seq: number;
  region: string;
  asOf: Date;
  enterprises: number;
  counts: RollupCountJson[];
  /** Migration 0022; null for a report without re-filings. */
  refilings: RollupRefilingsJson | null;
  receivedAt: Date;
}

/** A province's latest rollup without its counts. */
export type RollupHead = Omit<RollupRow, 'counts' | 'refilings'>;

/**
 * What a province rolls up per enterprise: its latest filing that is not withdrawn, with
 * the registry's industry and region when the enterprise is registered (else the filing's).
 */
export interface RollupSourceRow {
  uscc: string;
  state: string;
  receivedAt: Date;
  payload: unknown;
  registryIndustry: string | null;
  registryRegion: string | null;
}

/** The ministry's latest rollup per province, and the province's inputs to compute one. */
export const federationRollupsRepository = {
  /**
   * Stores a province's report unless a report at least as recent is held already, so a
   * repeated or late report never moves the view backwards. True when stored.
   */
  async upsertLatest(db: Queryable, row: Omit<RollupRow, 'receivedAt'>): Promise<boolean> {
    const result = await db.query(
      `INSERT INTO federation_rollups (sender, envelope_id, seq, region, as_of, enterprises, counts,
         refiling_counts, refiling_overdue)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (sender) DO UPDATE SET envelope_id = EXCLUDED.envelope_id, seq = EXCLUDED.seq,
         region = EXCLUDED.region, as_of = EXCLUDED.as_of, enterprises = EXCLUDED.enterprises,
         counts = EXCLUDED.counts, refiling_counts = EXCLUDED.refiling_counts,
         refiling_overdue = EXCLUDED.refiling_overdue, received_at = now()
       WHERE federation_rollups.as_of < EXCLUDED.as_of`,
      [
        row.sender,
        row.envelopeId,
        row.seq,
        row.region,
        row.asOf,
        row.enterprises,
        JSON.stringify(row.counts),
        row.refilings === null ? null : JSON.stringify(row.refilings.counts),
        row.refilings === null ? null : JSON.stringify(row.refilings.overdue),
      ],
    );
    return result.rowCount === 1;
  },

  /**
   * Each province's latest rollup without its counts (the views read those summed per
   * dimension from `regulator_rollup_counts`, migration 0015).
   */
  async listHeads(db: Queryable): Promise<RollupHead[]> {
    const result = await db.query<RollupHead>(
      `SELECT sender, envelope_id AS "envelopeId", seq::int AS seq, region, as_of AS "asOf",
         enterprises, received_at AS "receivedAt"
       FROM federation_rollups ORDER BY sender`,
    );
    return result.rows;
  },

  async list(db: Queryable): Promise<RollupRow[]> {
    const result = await db.query<RollupRow>(
      `SELECT sender, envelope_id AS "envelopeId", seq::int AS seq, region, as_of AS "asOf",
         enterprises, counts, CASE WHEN refiling_counts IS NOT NULL THEN jsonb_build_object(
           'counts', refiling_counts, 'overdue', coalesce(refiling_overdue, '[]'::jsonb)) END
           AS refilings, received_at AS "receivedAt"
       FROM federation_rollups ORDER BY sender`,
    );
    return result.rows;
  },

  /**
   * The province's inputs: per enterprise (USCC of the filing), the latest filing that was
   * not withdrawn, joined to the registry of `orgId` (the node's own organisation).
   */
  async sourceRows(db: Queryable, orgId: string): Promise<RollupSourceRow[]> {
    const result = await db.query<RollupSourceRow>(
      `SELECT DISTINCT ON (f.payload->'enterprise'->>'uscc')
         f.payload->'enterprise'->>'uscc' AS uscc, f.state, f.received_at AS "receivedAt",
         f.payload, e.industry_code AS "registryIndustry", e.region_code AS "registryRegion"
       FROM federation_filings f
       LEFT JOIN enterprises e
         ON e.org_id = $1 AND e.uscc = f.payload->'enterprise'->>'uscc'
       WHERE f.state <> 'withdrawn' AND f.payload->'enterprise'->>'uscc' IS NOT NULL
       ORDER BY f.payload->'enterprise'->>'uscc', f.received_at DESC, f.id DESC`,
      [orgId],
    );
    return result.rows;
  },

  /** Enterprises in the registry of `orgId` and their region codes (for the province's region). */
  async registryRegions(db: Queryable, orgId: string): Promise<string[]> {
    const result = await db.query<{ region: string }>(
      `SELECT region_code AS region FROM enterprises WHERE org_id = $1`,
      [orgId],
    );
    return result.rows.map((row) => row.region);
  },
};
