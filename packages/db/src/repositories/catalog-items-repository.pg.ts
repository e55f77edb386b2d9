import type {
  CatalogItem,
  CatalogItemRescan,
  FilingFields,
  NewCatalogItem,
  ReviewState,
  ReviewStatus,
} from '@shuan/core';
import type { ListQuery, Page } from '../list-query.ts';
import type { Queryable } from '../queryable.ts';
import {
  CATALOG_ITEM_COLUMNS,
  CATALOG_ITEM_FROM,
  catalogItemCounts,
  listCatalogItems,
  type CatalogItemSummaryRow,
} from './catalog-items-list.pg.ts';

export type { CatalogItemSummaryRow } from './catalog-items-list.pg.ts';

/** A catalog item as read, with its source's name. */
export interface CatalogItemRow extends CatalogItem {
  orgId: string;
  sourceName: string;
  updatedAt: Date;
}

/** Filters of the catalog list. */
export interface CatalogFilter {
  level?: string | undefined;
  category?: string | undefined;
  status?: ReviewStatus | undefined;
  sourceId?: string | undefined;
  q?: string | undefined;
  hasProposalDiff?: boolean | undefined;
}

const SELECT = `SELECT ${CATALOG_ITEM_COLUMNS} FROM ${CATALOG_ITEM_FROM}`;

/** Rows per statement when writing a scan's items: bounds the JSON of one parameter. */
const WRITE_CHUNK = 1000;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += WRITE_CHUNK)
    out.push(items.slice(start, start + WRITE_CHUNK));
  return out;
}

/** The catalog of important and core data, one item per source and table. */
export const catalogItemsRepository = {
  /** One page of the list with its total (see catalog-items-list.pg.ts for how it stays fast). */
  async list(
    db: Queryable,
    orgId: string,
    query: ListQuery & CatalogFilter,
  ): Promise<Page<CatalogItemSummaryRow>> {
    return listCatalogItems(db, orgId, query);
  },

  /** Every item of an org in a stable order (for freezing a version and exporting). */
  async all(db: Queryable, orgId: string): Promise<CatalogItemRow[]> {
    const result = await db.query<CatalogItemRow>(
      `${SELECT} WHERE i.org_id = $1 ORDER BY s.name, i.table_name, i.id`,
      [orgId],
    );
    return result.rows;
  },

  async get(db: Queryable, orgId: string, id: string): Promise<CatalogItemRow | undefined> {
    const result = await db.query<CatalogItemRow>(`${SELECT} WHERE i.org_id = $1 AND i.id = $2`, [
      orgId,
      id,
    ]);
    return result.rows[0];
  },

  /**
   * Items of the given ids in the org, locked for update (review, bulk review). Rows are
   * locked in id order, as everywhere else, so that concurrent writers cannot deadlock.
   */
  async getManyForUpdate(db: Queryable, orgId: string, ids: string[]): Promise<CatalogItemRow[]> {
    const locked = await db.query<{ id: string }>(
      'SELECT id FROM catalog_items WHERE org_id = $1 AND id = ANY($2::uuid[]) ORDER BY id FOR UPDATE',
      [orgId, ids],
    );
    const found = locked.rows.map((row) => row.id);
    const result = await db.query<CatalogItemRow>(
      `${SELECT} WHERE i.org_id = $1 AND i.id = ANY($2::uuid[])`,
      [orgId, found],
    );
    return result.rows;
  },

  /**
   * Serialises merging scans of one source into the catalog until the transaction ends:
   * two scans of a source finishing together would otherwise both insert its new tables.
   */
  async lockSourceMerge(db: Queryable, orgId: string, sourceId: string): Promise<void> {
    await db.query(`SELECT pg_advisory_xact_lock(hashtext('catalog-merge:' || $1 || ':' || $2))`, [
      orgId,
      sourceId,
    ]);
  },

  /** The decisions of one source's items, locked in id order, for merging a scan into the catalog. */
  async decisionsForSource(
    db: Queryable,
    orgId: string,
    sourceId: string,
  ): Promise<Pick<CatalogItem, 'id' | 'table' | 'category' | 'level' | 'status'>[]> {
    const result = await db.query<
      Pick<CatalogItem, 'id' | 'table' | 'category' | 'level' | 'status'>
    >(
      `SELECT id, table_name AS "table", category, level, status FROM catalog_items
       WHERE org_id = $1 AND source_id = $2 ORDER BY id FOR UPDATE`,
      [orgId, sourceId],
    );
    return result.rows;
  },

  /** Inserts new items, in statements of at most 1,000 rows (call it inside the import's transaction). */
  async insertMany(db: Queryable, orgId: string, items: NewCatalogItem[]): Promise<void> {
    for (const chunk of chunks(items)) {
      await db.query(
        `INSERT INTO catalog_items (org_id, source_id, table_name, comment, category, level, status, proposed,
         has_proposal_diff, pi, sensitive_pi, labels, rows, size_bytes, columns)
       SELECT $1, r."sourceId", r."table", r.comment, r.category, r.level, r.status, r.proposed,
         r."hasProposalDiff", r.pi, r."sensitivePi", ARRAY(SELECT jsonb_array_elements_text(r.labels)),
         r.rows, r."sizeBytes", r.columns
       FROM jsonb_to_recordset($2::jsonb) AS r("sourceId" uuid, "table" text, comment text, category text,
         level text, status text, proposed jsonb, "hasProposalDiff" boolean, pi boolean, "sensitivePi" boolean,
         labels jsonb, rows bigint, "sizeBytes" bigint, columns jsonb)`,
        [orgId, JSON.stringify(chunk)],
      );
    }
  },

  /** Applies a rescan: facts and proposal always; category and level only with `decision`. */
  async applyRescans(db: Queryable, orgId: string, updates: CatalogItemRescan[]): Promise<void> {
    for (const chunk of chunks(updates)) {
      await db.query(
        `UPDATE catalog_items i SET comment = r.comment, proposed = r.proposed,
         has_proposal_diff = r."hasProposalDiff", pi = r.pi, sensitive_pi = r."sensitivePi",
         labels = ARRAY(SELECT jsonb_array_elements_text(r.labels)), rows = r.rows, size_bytes = r."sizeBytes",
         columns = r.columns, updated_at = now(),
         category = CASE WHEN r.decision IS NULL THEN i.category ELSE r.decision->>'category' END,
         level = CASE WHEN r.decision IS NULL THEN i.level ELSE r.decision->>'level' END
       FROM jsonb_to_recordset($2::jsonb) AS r(id uuid, comment text, proposed jsonb, "hasProposalDiff" boolean,
         pi boolean, "sensitivePi" boolean, labels jsonb, rows bigint, "sizeBytes" bigint, columns jsonb, decision jsonb)
       WHERE i.org_id = $1 AND i.id = r.id`,
        [orgId, JSON.stringify(chunk)],
      );
    }
  },

  async applyReview(
    db: Queryable,
    orgId: string,
    id: string,
    review: ReviewState,
  ): Promise<boolean> {
    const result = await db.query(
      `UPDATE catalog_items SET category = $3, level = $4, status = $5, has_proposal_diff = $6,
         reviewed_by = $7, reviewed_at = $8, review_reason = $9, updated_at = now()
       WHERE org_id = $1 AND id = $2`,
      [
        orgId,
        id,
        review.category,
        review.level,
        review.status,
        review.hasProposalDiff,
        review.reviewedBy,
        review.reviewedAt,
        review.reviewReason,
      ],
    );
    return result.rowCount === 1;
  },

  async patchFiling(
    db: Queryable,
    orgId: string,
    id: string,
    patch: Partial<FilingFields>,
  ): Promise<boolean> {
    const result = await db.query(
      `UPDATE catalog_items SET department = COALESCE($3, department), purpose = COALESCE($4, purpose),
         storage_location = COALESCE($5, storage_location), sharing = COALESCE($6, sharing),
         cross_border = COALESCE($7, cross_border), protection = COALESCE($8, protection),
         responsible_person = COALESCE($9, responsible_person), updated_at = now()
       WHERE org_id = $1 AND id = $2`,
      [
        orgId,
        id,
        patch.department ?? null,
        patch.purpose ?? null,
        patch.storageLocation ?? null,
        patch.sharing ?? null,
        patch.crossBorder ?? null,
        patch.protection ?? null,
        patch.responsiblePerson ?? null,
      ],
    );
    return result.rowCount === 1;
  },

  /** Counts for the overview: by level, by category, and items waiting for review. */
  /** Counts for the overview: by level, by category, and items waiting for review (from the counts table). */
  async stats(
    db: Queryable,
    orgId: string,
  ): Promise<{
    byLevel: Record<string, number>;
    byCategory: Record<string, number>;
    pending: number;
  }> {
    const byLevel: Record<string, number> = {};
    const byCategory: Record<string, number> = {};
    let pending = 0;
    for (const group of await catalogItemCounts(db, orgId)) {
      byLevel[group.level] = (byLevel[group.level] ?? 0) + group.n;
      const category = group.category === '' ? 'none' : group.category;
      byCategory[category] = (byCategory[category] ?? 0) + group.n;
      if (group.status === 'pending' || group.hasProposalDiff) pending += group.n;
    }
    return { byLevel, byCategory, pending };
  },
};
