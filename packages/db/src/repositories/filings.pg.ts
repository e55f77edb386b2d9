import { fetchPage, Conditions, type ListQuery, type Page } from '../list-query.ts';
import type { Queryable } from '../queryable.ts';

/** Enterprise-side states of a filing (migrations 0007, 0023 `refused`). */
export type FilingStatus = 'submitted' | 'accepted' | 'returned' | 'withdrawn' | 'refused';

/** The enterprise's identity as it files it. `industryCode` carries its section letter (C31). */
export interface FilingProfileRow {
  orgId: string;
  uscc: string;
  name: string;
  regionCode: string;
  industryCode: string;
  updatedBy: string;
  updatedAt: Date;
}

/** A filing this org sent up, with the province's answer once it came. */
export interface FilingRow {
  id: string;
  orgId: string;
  catalogVersion: number;
  kind: 'full' | 'changes';
  baseVersion: number | null;
  resubmitOf: string | null;
  receiver: string;
  messageId: string | null;
  payload: unknown;
  itemCount: number;
  status: FilingStatus;
  submittedBy: string;
  submittedAt: Date;
  reviewedAt: Date | null;
  reviewReceivedAt: Date | null;
  reviewer: string | null;
  reviewComment: string;
  itemComments: { itemId: string; comment: string }[];
  withdrawnAt: Date | null;
  withdrawReason: string | null;
  /** When the province's refusal arrived, its code and reason ("中文 / English"). */
  refusedAt: Date | null;
  refusedCode: string | null;
  refusalReason: string | null;
  /** True when a later filing re-submits this one (it answered a return). */
  resubmitted: boolean;
}

/** The province's decision as it reaches the enterprise. */
export interface FilingReviewUpdate {
  decision: 'accepted' | 'returned';
  reviewedAt: Date;
  receivedAt: Date;
  reviewer: string;
  comment: string;
  itemComments: { itemId: string; comment: string }[];
}

const COLUMNS = `f.id, f.org_id AS "orgId", f.catalog_version AS "catalogVersion", f.kind,
  f.base_version AS "baseVersion", f.resubmit_of AS "resubmitOf", f.receiver,
  f.message_id AS "messageId", f.payload, f.item_count AS "itemCount", f.status,
  f.submitted_by AS "submittedBy", f.submitted_at AS "submittedAt",
  f.reviewed_at AS "reviewedAt", f.review_received_at AS "reviewReceivedAt", f.reviewer,
  f.review_comment AS "reviewComment", f.item_comments AS "itemComments",
  f.withdrawn_at AS "withdrawnAt", f.withdraw_reason AS "withdrawReason",
  f.refused_at AS "refusedAt", f.refused_code AS "refusedCode", f.refusal_reason AS "refusalReason",
  EXISTS (SELECT 1 FROM filings r WHERE r.resubmit_of = f.id AND r.status <> 'refused')
    AS resubmitted`;

/** Profiles and filings of the enterprise side of the filing loop. */
export const filingsRepository = {
  async getProfile(db: Queryable, orgId: string): Promise<FilingProfileRow | undefined> {
    const result = await db.query<FilingProfileRow>(
      `SELECT org_id AS "orgId", uscc, name, region_code AS "regionCode",
         industry_code AS "industryCode", updated_by AS "updatedBy", updated_at AS "updatedAt"
       FROM filing_profiles WHERE org_id = $1`,
      [orgId],
    );
    return result.rows[0];
  },

  async saveProfile(
    db: Queryable,
    row: Omit<FilingProfileRow, 'updatedAt'>,
  ): Promise<FilingProfileRow> {
    await db.query(
      `INSERT INTO filing_profiles (org_id, uscc, name, region_code, industry_code, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (org_id) DO UPDATE SET uscc = $2, name = $3, region_code = $4,
         industry_code = $5, updated_by = $6, updated_at = now()`,
      [row.orgId, row.uscc, row.name, row.regionCode, row.industryCode, row.updatedBy],
    );
    const saved = await filingsRepository.getProfile(db, row.orgId);
    if (saved === undefined) throw new Error('profile not saved');
    return saved;
  },

  /** Serialises filing by one org until the transaction ends (one pending filing at a time). */
  async lockOrg(db: Queryable, orgId: string): Promise<void> {
    await db.query(`SELECT pg_advisory_xact_lock(hashtext('filing:' || $1))`, [orgId]);
  },

  async insert(
    db: Queryable,
    row: Pick<
      FilingRow,
      | 'id'
      | 'orgId'
      | 'catalogVersion'
      | 'kind'
      | 'baseVersion'
      | 'resubmitOf'
      | 'receiver'
      | 'messageId'
      | 'payload'
      | 'itemCount'
      | 'submittedBy'
    > & { submittedAt: Date },
  ): Promise<void> {
    await db.query(
      `INSERT INTO filings (id, org_id, catalog_version, kind, base_version, resubmit_of, receiver,
         message_id, payload, item_count, submitted_by, submitted_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        row.id,
        row.orgId,
        row.catalogVersion,
        row.kind,
        row.baseVersion,
        row.resubmitOf,
        row.receiver,
        row.messageId,
        JSON.stringify(row.payload),
        row.itemCount,
        row.submittedBy,
        row.submittedAt,
      ],
    );
  },

  async get(db: Queryable, orgId: string, id: string): Promise<FilingRow | undefined> {
    const result = await db.query<FilingRow>(
      `SELECT ${COLUMNS} FROM filings f WHERE f.org_id = $1 AND f.id = $2`,
      [orgId, id],
    );
    return result.rows[0];
  },

  /** A filing by id whatever its org (the answer from the parent names only the filing). */
  async findById(db: Queryable, id: string): Promise<FilingRow | undefined> {
    const result = await db.query<FilingRow>(`SELECT ${COLUMNS} FROM filings f WHERE f.id = $1`, [
      id,
    ]);
    return result.rows[0];
  },

  /**
   * The org's latest filing that was neither withdrawn nor refused (the province holds it):
   * the base of a 'changes' filing.
   */
  async latestStanding(db: Queryable, orgId: string): Promise<FilingRow | undefined> {
    const result = await db.query<FilingRow>(
      `SELECT ${COLUMNS} FROM filings f
       WHERE f.org_id = $1 AND f.status NOT IN ('withdrawn', 'refused')
       ORDER BY f.submitted_at DESC, f.id DESC LIMIT 1`,
      [orgId],
    );
    return result.rows[0];
  },

  async list(
    db: Queryable,
    orgId: string,
    query: ListQuery & { status?: FilingStatus | undefined },
  ): Promise<Page<FilingRow>> {
    const where = new Conditions();
    where.add('f.org_id = ?', orgId);
    if (query.status !== undefined) where.add('f.status = ?', query.status);
    return fetchPage<FilingRow>(
      db,
      {
        select: `SELECT ${COLUMNS} FROM filings f`,
        from: 'filings f',
        sortable: { submittedAt: 'f.submitted_at', catalogVersion: 'f.catalog_version' },
        fallbackOrder: 'f.submitted_at DESC',
        tieBreaker: 'f.id',
      },
      where,
      query,
    );
  },

  /** Marks a submitted filing withdrawn; false when it was no longer submitted. */
  async withdraw(
    db: Queryable,
    orgId: string,
    id: string,
    reason: string,
    at: Date,
  ): Promise<boolean> {
    const result = await db.query(
      `UPDATE filings SET status = 'withdrawn', withdrawn_at = $3, withdraw_reason = $4,
         updated_at = $3
       WHERE org_id = $1 AND id = $2 AND status = 'submitted'`,
      [orgId, id, at, reason],
    );
    return (result.rowCount ?? 0) === 1;
  },

  /**
   * Marks the filing that message `messageId` carried to `receiver` refused by it (the
   * province stored it but did not take it in). Only a filing still waiting for review: one
   * withdrawn meanwhile stays withdrawn. The filing's id and org, or undefined.
   */
  async markRefused(
    db: Queryable,
    messageId: string,
    receiver: string,
    refusal: { at: Date; code: string; reason: string },
  ): Promise<{ id: string; orgId: string } | undefined> {
    const result = await db.query<{ id: string; orgId: string }>(
      `UPDATE filings SET status = 'refused', refused_at = $3, refused_code = $4,
         refusal_reason = $5, updated_at = $3
       WHERE message_id = $1 AND receiver = $2 AND status = 'submitted'
       RETURNING id, org_id AS "orgId"`,
      [messageId, receiver, refusal.at, refusal.code, refusal.reason],
    );
    return result.rows[0];
  },

  /**
   * Records the province's decision. The province decides: a decision overrides a
   * withdrawal that crossed it on the way (the province had reviewed before it arrived).
   */
  async applyReview(db: Queryable, id: string, review: FilingReviewUpdate): Promise<boolean> {
    const result = await db.query(
      `UPDATE filings SET status = $2, reviewed_at = $3, review_received_at = $4, reviewer = $5,
         review_comment = $6, item_comments = $7, updated_at = $4
       WHERE id = $1`,
      [
        id,
        review.decision,
        review.reviewedAt,
        review.receivedAt,
        review.reviewer,
        review.comment,
        JSON.stringify(review.itemComments),
      ],
    );
    return (result.rowCount ?? 0) === 1;
  },
};
