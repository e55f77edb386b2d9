import { Conditions, fetchPage, type ListQuery, type Page } from '../list-query.ts';
import type { Queryable } from '../queryable.ts';

/** Province-side states of a received filing (migration 0007). */
export type ReceivedFilingState = 'received' | 'accepted' | 'returned' | 'withdrawn';

/** A filing in the province's review queue, linked to its registry entry when one matches. */
export interface FilingReviewRow {
  id: string;
  envelopeId: string | null;
  sender: string;
  filingId: string;
  kind: 'full' | 'changes';
  payload: unknown;
  state: ReceivedFilingState;
  receivedAt: Date;
  tenantOrgId: string | null;
  reviewedAt: Date | null;
  reviewer: string | null;
  reviewComment: string;
  itemComments: { itemId: string; comment: string }[];
  withdrawnAt: Date | null;
  withdrawReason: string | null;
  /** The registry entry whose node id is the sender, or whose tenant org filed it. */
  enterpriseId: string | null;
}

/** Filters of the queue. `receivedBefore`: received before this instant (the overdue cut). */
export interface FilingReviewFilter {
  state?: ReceivedFilingState | undefined;
  receivedBefore?: Date | undefined;
  /** Decided, or received at or after this instant (the complement of the overdue cut). */
  notOverdueFrom?: Date | undefined;
}

// registryOrgId is always $1: the organisation that keeps the registry (the node's own).
const SELECT = `SELECT f.id, f.envelope_id AS "envelopeId", f.sender, f.filing_id AS "filingId",
  f.kind, f.payload, f.state, f.received_at AS "receivedAt", f.tenant_org_id AS "tenantOrgId",
  f.reviewed_at AS "reviewedAt", f.reviewer, f.review_comment AS "reviewComment",
  f.item_comments AS "itemComments", f.withdrawn_at AS "withdrawnAt",
  f.withdraw_reason AS "withdrawReason", e.id AS "enterpriseId"
  FROM federation_filings f
  LEFT JOIN enterprises e ON e.org_id = $1
    AND (e.tenant_org_id = f.tenant_org_id OR (f.tenant_org_id IS NULL AND e.node_id = f.sender))`;

/** The province's review queue over `federation_filings` (node-level, like migration 0005). */
export const filingReviewsRepository = {
  /**
   * A tenant's filing, written in the transaction of the tenant's own filing row (no
   * envelope: the tenant lives on this node). `sender` is this node's id.
   */
  async insertTenantFiling(
    db: Queryable,
    row: {
      sender: string;
      tenantOrgId: string;
      filingId: string;
      kind: string;
      payload: unknown;
      receivedAt: Date;
    },
  ): Promise<void> {
    await db.query(
      `INSERT INTO federation_filings (sender, tenant_org_id, filing_id, kind, payload, received_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        row.sender,
        row.tenantOrgId,
        row.filingId,
        row.kind,
        JSON.stringify(row.payload),
        row.receivedAt,
      ],
    );
  },

  /** The registry entry of a tenant org hosted on this node (the registry of `registryOrgId`). */
  async tenantEntry(
    db: Queryable,
    registryOrgId: string,
    tenantOrgId: string,
  ): Promise<{ uscc: string; name: string; regionCode: string; industryCode: string } | undefined> {
    const result = await db.query<{
      uscc: string;
      name: string;
      regionCode: string;
      industryCode: string;
    }>(
      `SELECT uscc, name, region_code AS "regionCode", industry_code AS "industryCode"
       FROM enterprises WHERE org_id = $1 AND tenant_org_id = $2`,
      [registryOrgId, tenantOrgId],
    );
    return result.rows[0];
  },

  async list(
    db: Queryable,
    registryOrgId: string,
    filter: FilingReviewFilter,
    query: ListQuery,
  ): Promise<Page<FilingReviewRow>> {
    const where = new Conditions();
    // $1 is the registry org of the join; Conditions numbers from $1, so it goes first.
    where.add('?::uuid IS NOT NULL', registryOrgId);
    if (filter.state !== undefined) where.add('f.state = ?', filter.state);
    if (filter.receivedBefore !== undefined) where.add('f.received_at < ?', filter.receivedBefore);
    if (filter.notOverdueFrom !== undefined) {
      where.add(`(f.state <> 'received' OR f.received_at >= ?)`, filter.notOverdueFrom);
    }
    return fetchPage<FilingReviewRow>(
      db,
      {
        select: SELECT,
        from: `federation_filings f`,
        // The review deadline grows with the day received, so sorting by it is sorting by that.
        sortable: { deadline: 'f.received_at', receivedAt: 'f.received_at' },
        fallbackOrder: 'f.received_at ASC',
        tieBreaker: 'f.id',
      },
      where,
      query,
    );
  },

  async get(
    db: Queryable,
    registryOrgId: string,
    id: string,
  ): Promise<FilingReviewRow | undefined> {
    const result = await db.query<FilingReviewRow>(`${SELECT} WHERE f.id = $2`, [
      registryOrgId,
      id,
    ]);
    return result.rows[0];
  },

  /** Locks a received filing for its review; undefined when there is no such filing. */
  async lock(
    db: Queryable,
    id: string,
  ): Promise<{ state: ReceivedFilingState; sender: string; filingId: string } | undefined> {
    const result = await db.query<{ state: ReceivedFilingState; sender: string; filingId: string }>(
      `SELECT state, sender, filing_id AS "filingId" FROM federation_filings WHERE id = $1
       FOR UPDATE`,
      [id],
    );
    return result.rows[0];
  },

  async review(
    db: Queryable,
    id: string,
    review: {
      decision: 'accepted' | 'returned';
      reviewedAt: Date;
      reviewer: string;
      comment: string;
      itemComments: { itemId: string; comment: string }[];
    },
  ): Promise<boolean> {
    const result = await db.query(
      `UPDATE federation_filings SET state = $2, reviewed_at = $3, reviewer = $4,
         review_comment = $5, item_comments = $6
       WHERE id = $1 AND state = 'received'`,
      [
        id,
        review.decision,
        review.reviewedAt,
        review.reviewer,
        review.comment,
        JSON.stringify(review.itemComments),
      ],
    );
    return (result.rowCount ?? 0) === 1;
  },

  /**
   * Marks a filing of `sender` withdrawn while it still waits for review; false when it was
   * already decided (the decision stands) or is unknown.
   */
  async withdraw(
    db: Queryable,
    sender: string,
    filingId: string,
    reason: string,
    at: Date,
  ): Promise<boolean> {
    const result = await db.query(
      `UPDATE federation_filings SET state = 'withdrawn', withdrawn_at = $3, withdraw_reason = $4
       WHERE sender = $1 AND filing_id = $2 AND state = 'received'`,
      [sender, filingId, at, reason],
    );
    return (result.rowCount ?? 0) === 1;
  },
};
