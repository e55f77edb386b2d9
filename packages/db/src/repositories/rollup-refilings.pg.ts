import { Conditions, fetchPage, type ListQuery, type Page } from '../list-query.ts';
import type { Queryable } from '../queryable.ts';
import type {
  RollupOverdueRefilingJson,
  RollupRefilingCountJson,
} from './federation-rollups.pg.ts';

/**
 * What a province rolls up per re-filing obligation it holds (`received_refilings`, migration
 * 0016) that is still open or was answered: the registry's industry and region when the
 * enterprise is registered, and when the answering filing reached this node.
 */
export interface RefilingRollupSourceRow {
  uscc: string;
  name: string;
  regionCode: string;
  industryCode: string;
  registryIndustry: string | null;
  registryRegion: string | null;
  changedAt: Date;
  /** `YYYY-MM-DD`. */
  refileBy: string;
  state: 'open' | 'refiled';
  /** When the answering filing was received here (else when the province learned of it). */
  refiledAt: Date | null;
}

/** A province's re-filing counts as the ministry holds them (latest rollup). */
export interface SenderRefilingCounts {
  sender: string;
  counts: RollupRefilingCountJson[];
}

/** One overdue re-filing in the ministry's list, with the province that reported it. */
export interface OverdueRefilingRow {
  sender: string;
  provinceRegion: string;
  rollupAsOf: Date;
  item: RollupOverdueRefilingJson;
}

const OVERDUE_FROM = `federation_rollups f
  CROSS JOIN LATERAL jsonb_array_elements(f.refiling_overdue) AS o (item)`;

/** Re-filings in rollups: the province's inputs and the ministry's reads (migration 0022). */
export const rollupRefilingsRepository = {
  /**
   * The province's inputs: every obligation still open or answered (reverted ones are no
   * obligation any more), joined to the registry of `orgId` (the node's own organisation) and
   * to the answering filing in `federation_filings`.
   */
  async sourceRows(db: Queryable, orgId: string): Promise<RefilingRollupSourceRow[]> {
    const result = await db.query<RefilingRollupSourceRow>(
      `SELECT r.uscc, r.enterprise_name AS name, r.region_code AS "regionCode",
         r.industry_code AS "industryCode", e.industry_code AS "registryIndustry",
         e.region_code AS "registryRegion", r.changed_at AS "changedAt",
         to_char(r.refile_by, 'YYYY-MM-DD') AS "refileBy", r.state,
         CASE WHEN r.state = 'refiled' THEN coalesce(ff.received_at, r.updated_at) END
           AS "refiledAt"
       FROM received_refilings r
       LEFT JOIN enterprises e ON e.org_id = $1 AND e.uscc = r.uscc
       LEFT JOIN federation_filings ff
         ON ff.sender = r.sender AND ff.filing_id = r.refiled_filing_id
       WHERE r.state IN ('open', 'refiled')
       ORDER BY r.refile_by, r.uscc, r.id`,
      [orgId],
    );
    return result.rows;
  },

  /** The ministry: the re-filing counts of each province whose latest rollup carried them. */
  async countsBySender(db: Queryable): Promise<SenderRefilingCounts[]> {
    const result = await db.query<SenderRefilingCounts>(
      `SELECT sender, refiling_counts AS counts FROM federation_rollups
       WHERE refiling_counts IS NOT NULL ORDER BY sender`,
    );
    return result.rows;
  },

  /**
   * The ministry: the overdue re-filings of the provinces' latest rollups, earliest last day
   * first; `sender` keeps one province.
   */
  async listOverdue(
    db: Queryable,
    filter: { sender?: string | undefined },
    query: ListQuery,
  ): Promise<Page<OverdueRefilingRow>> {
    const where = new Conditions();
    // Like the overview: only the provinces that are this node's children.
    where.add(
      `EXISTS (SELECT 1 FROM federation_peers p WHERE p.node_id = f.sender AND p.relation = 'child')`,
    );
    if (filter.sender !== undefined) where.add('f.sender = ?', filter.sender);
    return fetchPage<OverdueRefilingRow>(
      db,
      {
        select: `SELECT f.sender, f.region AS "provinceRegion", f.as_of AS "rollupAsOf", o.item
          FROM ${OVERDUE_FROM}`,
        from: OVERDUE_FROM,
        sortable: { refileBy: `o.item->>'refileBy'`, sender: 'f.sender' },
        fallbackOrder: `o.item->>'refileBy' ASC`,
        tieBreaker: `f.sender, o.item->'enterprise'->>'uscc', o.item->>'changedAt'`,
      },
      where,
      query,
    );
  },
};
