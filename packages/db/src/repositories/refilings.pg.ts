import { Conditions, fetchPage, type ListQuery, type Page } from '../list-query.ts';
import type { Queryable } from '../queryable.ts';

/** Where a re-filing obligation stands (migration 0016). */
export type RefilingState = 'open' | 'refiled' | 'reverted';

/** The enterprise side: a material change since accepted filing `baseFilingId`. */
export interface RefilingChangeRow {
  orgId: string;
  baseFilingId: string;
  baseVersion: number;
  changedAt: Date;
  state: RefilingState;
  refiledFilingId: string | null;
  summary: unknown;
  updatedAt: Date;
}

/** A filing of the org as the re-filing rule needs it. */
export interface FilingRef {
  id: string;
  catalogVersion: number;
  submittedAt: Date;
}

/** The province side: an obligation a child or tenant reported, as it stands now. */
export interface ReceivedRefilingRow {
  id: string;
  sender: string;
  tenantOrgId: string | null;
  baseFilingId: string;
  baseVersion: number;
  uscc: string;
  name: string;
  regionCode: string;
  industryCode: string;
  changedAt: Date;
  /** `YYYY-MM-DD`. */
  refileBy: string;
  state: RefilingState;
  refiledFilingId: string | null;
  summary: unknown;
  receivedAt: Date;
  /** The registry entry whose node id is the sender, or whose tenant org reported it. */
  enterpriseId: string | null;
}

/** Filters of the province's list; `refileBefore`: open ones whose last day is before it. */
export interface ReceivedRefilingFilter {
  state?: RefilingState | undefined;
  refileBefore?: string | undefined;
}

const CHANGE_COLUMNS = `org_id AS "orgId", base_filing_id AS "baseFilingId",
  base_version AS "baseVersion", changed_at AS "changedAt", state,
  refiled_filing_id AS "refiledFilingId", summary, updated_at AS "updatedAt"`;

// registryOrgId is always $1: the organisation that keeps the registry (the node's own).
const RECEIVED_SELECT = `SELECT r.id, r.sender, r.tenant_org_id AS "tenantOrgId",
  r.base_filing_id AS "baseFilingId", r.base_version AS "baseVersion", r.uscc,
  r.enterprise_name AS name, r.region_code AS "regionCode", r.industry_code AS "industryCode",
  r.changed_at AS "changedAt", to_char(r.refile_by, 'YYYY-MM-DD') AS "refileBy", r.state,
  r.refiled_filing_id AS "refiledFilingId", r.summary, r.received_at AS "receivedAt",
  e.id AS "enterpriseId"
  FROM received_refilings r
  LEFT JOIN enterprises e ON e.org_id = $1
    AND (e.tenant_org_id = r.tenant_org_id OR (r.tenant_org_id IS NULL AND e.node_id = r.sender))`;

/** Re-filing after a material change: the enterprise's record and the province's list. */
export const refilingsRepository = {
  /** The org's last accepted filing (the catalog the province holds), if any. */
  async lastAccepted(db: Queryable, orgId: string): Promise<FilingRef | undefined> {
    const result = await db.query<FilingRef>(
      `SELECT id, catalog_version AS "catalogVersion", submitted_at AS "submittedAt"
       FROM filings WHERE org_id = $1 AND status = 'accepted'
       ORDER BY submitted_at DESC, id DESC LIMIT 1`,
      [orgId],
    );
    return result.rows[0];
  },

  /** The newest filing after `after` still standing (under review or returned), if any. */
  async standingAfter(db: Queryable, orgId: string, after: Date): Promise<FilingRef | undefined> {
    const result = await db.query<FilingRef>(
      `SELECT id, catalog_version AS "catalogVersion", submitted_at AS "submittedAt"
       FROM filings WHERE org_id = $1 AND status IN ('submitted', 'returned')
         AND submitted_at > $2
       ORDER BY submitted_at DESC, id DESC LIMIT 1`,
      [orgId, after],
    );
    return result.rows[0];
  },

  async getChange(
    db: Queryable,
    orgId: string,
    baseFilingId: string,
  ): Promise<RefilingChangeRow | undefined> {
    const result = await db.query<RefilingChangeRow>(
      `SELECT ${CHANGE_COLUMNS} FROM refiling_changes WHERE org_id = $1 AND base_filing_id = $2`,
      [orgId, baseFilingId],
    );
    return result.rows[0];
  },

  async saveChange(db: Queryable, row: Omit<RefilingChangeRow, 'updatedAt'>): Promise<void> {
    await db.query(
      `INSERT INTO refiling_changes (org_id, base_filing_id, base_version, changed_at, state,
         refiled_filing_id, summary)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (org_id, base_filing_id) DO UPDATE SET changed_at = $4, state = $5,
         refiled_filing_id = $6, summary = $7, updated_at = now()`,
      [
        row.orgId,
        row.baseFilingId,
        row.baseVersion,
        row.changedAt,
        row.state,
        row.refiledFilingId,
        JSON.stringify(row.summary),
      ],
    );
  },

  /** Orgs with an accepted filing: those the periodic check looks at. */
  async orgsWithAcceptedFilings(db: Queryable): Promise<string[]> {
    const result = await db.query<{ orgId: string }>(
      `SELECT DISTINCT org_id AS "orgId" FROM filings WHERE status = 'accepted'`,
    );
    return result.rows.map((row) => row.orgId);
  },

  /**
   * Records the latest state of an obligation a child (or a tenant) reported; one row per
   * sender and base filing, received when first reported (`at`). Messages arrive in order, so
   * the last one written is the newest.
   */
  async saveReceived(
    db: Queryable,
    row: Omit<ReceivedRefilingRow, 'id' | 'enterpriseId' | 'receivedAt'> & { at: Date },
  ): Promise<void> {
    await db.query(
      `INSERT INTO received_refilings (sender, tenant_org_id, base_filing_id, base_version, uscc,
         enterprise_name, region_code, industry_code, changed_at, refile_by, state,
         refiled_filing_id, summary, received_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14)
       ON CONFLICT (sender, base_filing_id) DO UPDATE SET uscc = $5, enterprise_name = $6,
         region_code = $7, industry_code = $8, changed_at = $9, refile_by = $10, state = $11,
         refiled_filing_id = $12, summary = $13, updated_at = $14`,
      [
        row.sender,
        row.tenantOrgId,
        row.baseFilingId,
        row.baseVersion,
        row.uscc,
        row.name,
        row.regionCode,
        row.industryCode,
        row.changedAt,
        row.refileBy,
        row.state,
        row.refiledFilingId,
        JSON.stringify(row.summary),
        row.at,
      ],
    );
  },

  async listReceived(
    db: Queryable,
    registryOrgId: string,
    filter: ReceivedRefilingFilter,
    query: ListQuery,
  ): Promise<Page<ReceivedRefilingRow>> {
    const where = new Conditions();
    // $1 is the registry org of the join; Conditions numbers from $1, so it goes first.
    where.add('?::uuid IS NOT NULL', registryOrgId);
    if (filter.state !== undefined) where.add('r.state = ?', filter.state);
    if (filter.refileBefore !== undefined) {
      where.add(`r.state = 'open' AND r.refile_by < ?::date`, filter.refileBefore);
    }
    return fetchPage<ReceivedRefilingRow>(
      db,
      {
        select: RECEIVED_SELECT,
        from: 'received_refilings r',
        sortable: { deadline: 'r.refile_by', changedAt: 'r.changed_at' },
        fallbackOrder: 'r.refile_by ASC',
        tieBreaker: 'r.id',
      },
      where,
      query,
    );
  },
};
