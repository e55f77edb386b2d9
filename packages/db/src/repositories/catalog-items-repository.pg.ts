import type {
  CatalogItem,
  CatalogItemRescan,
  FilingFields,
  NewCatalogItem,
  ReviewState,
  ReviewStatus,
} from '@shuan/core';
import { Conditions, pageClause, type ListQuery, type Page } from '../list-query.ts';
import type { Queryable } from '../queryable.ts';

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

const SELECT = `SELECT i.id, i.org_id AS "orgId", i.source_id AS "sourceId", s.name AS "sourceName",
  i.table_name AS "table", i.comment, i.category, i.level, i.status, i.proposed,
  i.has_proposal_diff AS "hasProposalDiff", i.pi, i.sensitive_pi AS "sensitivePi", i.labels,
  i.rows::float8 AS rows, i.size_bytes::float8 AS "sizeBytes", i.columns, i.department, i.purpose,
  i.storage_location AS "storageLocation", i.sharing, i.cross_border AS "crossBorder", i.protection,
  i.responsible_person AS "responsiblePerson", i.reviewed_by AS "reviewedBy",
  to_char(i.reviewed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "reviewedAt",
  i.review_reason AS "reviewReason", i.updated_at AS "updatedAt"
  FROM catalog_items i JOIN data_sources s ON s.id = i.source_id AND s.org_id = i.org_id`;

const SORTABLE: Record<string, string> = {
  table: 'i.table_name',
  level: `array_position(ARRAY['general','important','core'], i.level)`,
  category: 'i.category',
  status: 'i.status',
  rows: 'i.rows',
  updatedAt: 'i.updated_at',
};

function filterConditions(orgId: string, filter: CatalogFilter): Conditions {
  const where = new Conditions();
  where.add('i.org_id = ?', orgId);
  if (filter.level !== undefined) where.add('i.level = ?', filter.level);
  if (filter.category !== undefined) where.add('i.category = ?', filter.category);
  if (filter.status !== undefined) where.add('i.status = ?', filter.status);
  if (filter.sourceId !== undefined) where.add('i.source_id = ?', filter.sourceId);
  if (filter.hasProposalDiff !== undefined) where.add('i.has_proposal_diff = ?', filter.hasProposalDiff);
  if (filter.q !== undefined) where.add('(i.table_name ILIKE ? OR i.comment ILIKE ?)', `%${filter.q}%`, `%${filter.q}%`);
  return where;
}

/** The catalog of important and core data, one item per source and table. */
export const catalogItemsRepository = {
  async list(db: Queryable, orgId: string, query: ListQuery & CatalogFilter): Promise<Page<CatalogItemRow>> {
    const where = filterConditions(orgId, query);
    const clause = pageClause(query, SORTABLE, 'i.table_name ASC', 'i.id');
    const rows = await db.query<CatalogItemRow>(`${SELECT} ${where.where()} ${clause}`, where.params);
    const count = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM catalog_items i ${where.where()}`, where.params);
    return { items: rows.rows, total: count.rows[0]?.n ?? 0, page: query.page, pageSize: query.pageSize };
  },

  /** Every item of an org in a stable order (for freezing a version and exporting). */
  async all(db: Queryable, orgId: string): Promise<CatalogItemRow[]> {
    const result = await db.query<CatalogItemRow>(`${SELECT} WHERE i.org_id = $1 ORDER BY s.name, i.table_name, i.id`, [orgId]);
    return result.rows;
  },

  async get(db: Queryable, orgId: string, id: string): Promise<CatalogItemRow | undefined> {
    const result = await db.query<CatalogItemRow>(`${SELECT} WHERE i.org_id = $1 AND i.id = $2`, [orgId, id]);
    return result.rows[0];
  },

  /** Items of the given ids in the org, locked for update (bulk review). */
  async getManyForUpdate(db: Queryable, orgId: string, ids: string[]): Promise<CatalogItemRow[]> {
    const locked = await db.query<{ id: string }>(
      'SELECT id FROM catalog_items WHERE org_id = $1 AND id = ANY($2::uuid[]) FOR UPDATE',
      [orgId, ids],
    );
    const found = locked.rows.map((row) => row.id);
    const result = await db.query<CatalogItemRow>(`${SELECT} WHERE i.org_id = $1 AND i.id = ANY($2::uuid[])`, [orgId, found]);
    return result.rows;
  },

  /** The decisions of one source's items, locked, for merging a scan into the catalog. */
  async decisionsForSource(db: Queryable, orgId: string, sourceId: string): Promise<Pick<CatalogItem, 'id' | 'table' | 'category' | 'level' | 'status'>[]> {
    const result = await db.query<Pick<CatalogItem, 'id' | 'table' | 'category' | 'level' | 'status'>>(
      `SELECT id, table_name AS "table", category, level, status FROM catalog_items
       WHERE org_id = $1 AND source_id = $2 FOR UPDATE`,
      [orgId, sourceId],
    );
    return result.rows;
  },

  async insertMany(db: Queryable, orgId: string, items: NewCatalogItem[]): Promise<void> {
    if (items.length === 0) return;
    await db.query(
      `INSERT INTO catalog_items (org_id, source_id, table_name, comment, category, level, status, proposed,
         has_proposal_diff, pi, sensitive_pi, labels, rows, size_bytes, columns)
       SELECT $1, r."sourceId", r."table", r.comment, r.category, r.level, r.status, r.proposed,
         r."hasProposalDiff", r.pi, r."sensitivePi", ARRAY(SELECT jsonb_array_elements_text(r.labels)),
         r.rows, r."sizeBytes", r.columns
       FROM jsonb_to_recordset($2::jsonb) AS r("sourceId" uuid, "table" text, comment text, category text,
         level text, status text, proposed jsonb, "hasProposalDiff" boolean, pi boolean, "sensitivePi" boolean,
         labels jsonb, rows bigint, "sizeBytes" bigint, columns jsonb)`,
      [orgId, JSON.stringify(items)],
    );
  },

  /** Applies a rescan: facts and proposal always; category and level only with `decision`. */
  async applyRescans(db: Queryable, orgId: string, updates: CatalogItemRescan[]): Promise<void> {
    if (updates.length === 0) return;
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
      [orgId, JSON.stringify(updates)],
    );
  },

  async applyReview(db: Queryable, orgId: string, id: string, review: ReviewState): Promise<boolean> {
    const result = await db.query(
      `UPDATE catalog_items SET category = $3, level = $4, status = $5, has_proposal_diff = $6,
         reviewed_by = $7, reviewed_at = $8, review_reason = $9, updated_at = now()
       WHERE org_id = $1 AND id = $2`,
      [orgId, id, review.category, review.level, review.status, review.hasProposalDiff, review.reviewedBy, review.reviewedAt, review.reviewReason],
    );
    return result.rowCount === 1;
  },

  async patchFiling(db: Queryable, orgId: string, id: string, patch: Partial<FilingFields>): Promise<boolean> {
    const result = await db.query(
      `UPDATE catalog_items SET department = COALESCE($3, department), purpose = COALESCE($4, purpose),
         storage_location = COALESCE($5, storage_location), sharing = COALESCE($6, sharing),
         cross_border = COALESCE($7, cross_border), protection = COALESCE($8, protection),
         responsible_person = COALESCE($9, responsible_person), updated_at = now()
       WHERE org_id = $1 AND id = $2`,
      [orgId, id, patch.department ?? null, patch.purpose ?? null, patch.storageLocation ?? null, patch.sharing ?? null,
        patch.crossBorder ?? null, patch.protection ?? null, patch.responsiblePerson ?? null],
    );
    return result.rowCount === 1;
  },

  /** Counts for the overview: by level, by category, and items waiting for review. */
  async stats(db: Queryable, orgId: string): Promise<{ byLevel: Record<string, number>; byCategory: Record<string, number>; pending: number }> {
    const levels = await db.query<{ key: string; n: number }>(
      'SELECT level AS key, count(*)::int AS n FROM catalog_items WHERE org_id = $1 GROUP BY level', [orgId]);
    const categories = await db.query<{ key: string | null; n: number }>(
      'SELECT category AS key, count(*)::int AS n FROM catalog_items WHERE org_id = $1 GROUP BY category', [orgId]);
    const pending = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM catalog_items WHERE org_id = $1 AND (status = 'pending' OR has_proposal_diff)`, [orgId]);
    return {
      byLevel: Object.fromEntries(levels.rows.map((row) => [row.key, row.n])),
      byCategory: Object.fromEntries(categories.rows.map((row) => [row.key ?? 'none', row.n])),
      pending: pending.rows[0]?.n ?? 0,
    };
  },
};
