import { createHash } from 'node:crypto';
import { Conditions, limitClause, orderClause, type ListQuery, type Page } from '../list-query.ts';
import type { Queryable } from '../queryable.ts';
import type { CatalogFilter, CatalogItemRow } from './catalog-items-repository.pg.ts';

/**
 * The catalog list, built to stay fast with 100,000 items per org (indexes and counts of
 * migration 0002; `npm run bench:server` measures it):
 * - one round trip: the total and the page come from one statement;
 * - the page's ids are chosen first, on the indexes alone where they cover the filter and
 *   sort (a deep page is skipped in an index, not by reading and dropping rows), and only
 *   those 20 or so items are read whole and joined with their source's name;
 * - the total is summed from `catalog_item_counts` (a few hundred rows) unless the filter
 *   has `q` or `sourceId`, which the counts do not split by;
 * - `q` uses the grams index to find candidates, then ILIKE checks them.
 */

/** The columns of a catalog item as read, from `catalog_items i` joined with `data_sources s`. */
export const CATALOG_ITEM_COLUMNS = `i.id, i.org_id AS "orgId", i.source_id AS "sourceId", s.name AS "sourceName",
  i.table_name AS "table", i.comment, i.category, i.level, i.status, i.proposed,
  i.has_proposal_diff AS "hasProposalDiff", i.pi, i.sensitive_pi AS "sensitivePi", i.labels,
  i.rows::float8 AS rows, i.size_bytes::float8 AS "sizeBytes", i.columns, i.department, i.purpose,
  i.storage_location AS "storageLocation", i.sharing, i.cross_border AS "crossBorder", i.protection,
  i.responsible_person AS "responsiblePerson", i.reviewed_by AS "reviewedBy",
  to_char(i.reviewed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "reviewedAt",
  i.review_reason AS "reviewReason", i.updated_at AS "updatedAt"`;

/** {@link CATALOG_ITEM_COLUMNS} without the columns' JSON, with their number (the list's rows). */
const CATALOG_ITEM_SUMMARY_COLUMNS = CATALOG_ITEM_COLUMNS.replace(
  'i.columns,',
  'jsonb_array_length(i.columns) AS "columnCount",',
);

/** Items joined with their source, for {@link CATALOG_ITEM_COLUMNS}. */
export const CATALOG_ITEM_FROM =
  'catalog_items i JOIN data_sources s ON s.id = i.source_id AND s.org_id = i.org_id';

/** Sort keys of the list; each has an index ending in (table_name, id), the tie-breakers. */
const SORTABLE: Record<string, string> = {
  table: 'i.table_name',
  level: `array_position(ARRAY['general','important','core'], i.level)`,
  category: 'i.category',
  status: 'i.status',
  rows: 'i.rows',
  updatedAt: 'i.updated_at',
};
const TIE_BREAKERS = ['i.table_name', 'i.id'] as const;

/** The text `q` searches, as indexed by `catalog_items_search_idx`. */
const SEARCH_TEXT = `lower(i.table_name || ' ' || coalesce(i.comment, ''))`;

/** `%q%` with LIKE's wildcards in `q` escaped: the search is for the text as typed. */
export function containsPattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Whether `catalog_search_grams` of `q` is non-empty: three characters, or two with a non-ASCII one. */
function hasGrams(q: string): boolean {
  const length = Array.from(q).length;
  return length >= 3 || (length === 2 && Array.from(q).some((c) => (c.codePointAt(0) ?? 0) > 0x7f));
}

function filterConditions(orgId: string, filter: CatalogFilter): Conditions {
  const where = new Conditions();
  where.add('i.org_id = ?', orgId);
  if (filter.level !== undefined) where.add('i.level = ?', filter.level);
  if (filter.category !== undefined) where.add('i.category = ?', filter.category);
  if (filter.status !== undefined) where.add('i.status = ?', filter.status);
  if (filter.sourceId !== undefined) where.add('i.source_id = ?', filter.sourceId);
  if (filter.hasProposalDiff !== undefined)
    where.add('i.has_proposal_diff = ?', filter.hasProposalDiff);
  if (filter.q !== undefined) {
    // Every gram of the query occurs in a text that contains it (migration 0002): a necessary
    // condition, answered by the index. A query without grams (one character, two ASCII
    // ones) is searched by scanning.
    if (hasGrams(filter.q))
      where.add(`catalog_search_grams(${SEARCH_TEXT}) @> catalog_search_grams(lower(?))`, filter.q);
    const pattern = containsPattern(filter.q);
    where.add('(i.table_name ILIKE ? OR i.comment ILIKE ?)', pattern, pattern);
  }
  return where;
}

/** An item as the list reads it: without its columns, with their number. */
export type CatalogItemSummaryRow = Omit<CatalogItemRow, 'columns'> & { columnCount: number };

interface ListRow extends CatalogItemSummaryRow {
  total: number;
  /** Position on the page; null on the one row of an empty page. */
  ord: string | null;
}

/** One page of the org's catalog with the total before paging. */
export async function listCatalogItems(
  db: Queryable,
  orgId: string,
  query: ListQuery & CatalogFilter,
): Promise<Page<CatalogItemSummaryRow>> {
  const conditions = filterConditions(orgId, query);
  const where = conditions.where();
  const counted = query.q === undefined && query.sourceId === undefined;
  const total = counted
    ? `SELECT coalesce(sum(n), 0)::int AS total FROM catalog_item_counts i ${where}`
    : `SELECT count(*)::int AS total FROM catalog_items i ${where}`;
  const order = orderClause(query, SORTABLE, 'table', TIE_BREAKERS);
  const text = `SELECT t.total, p.* FROM (${total}) t
     LEFT JOIN LATERAL (
       SELECT ${CATALOG_ITEM_SUMMARY_COLUMNS}, page.ord
       FROM unnest(ARRAY(SELECT i.id FROM catalog_items i ${where} ${order} ${limitClause(query)})) WITH ORDINALITY AS page (id, ord)
       JOIN catalog_items i ON i.id = page.id
       JOIN data_sources s ON s.id = i.source_id AND s.org_id = i.org_id
     ) p ON true
     ORDER BY p.ord`;
  // Planning this statement costs PostgreSQL more than running it (catalog_items has a
  // dozen indexes to consider), so the common shapes are named statements, planned once
  // per pooled connection: first pages without `q` (whose best plan depends on the search
  // text). Their number is bounded by the filter and sort combinations actually used.
  const prepared = query.page === 1 && query.q === undefined;
  const result = await db.query<ListRow>(
    prepared
      ? {
          name: `catalog-list-${createHash('sha1').update(text).digest('hex').slice(0, 20)}`,
          text,
          values: conditions.params,
        }
      : { text, values: conditions.params },
  );
  const items: CatalogItemSummaryRow[] = [];
  for (const row of result.rows) {
    const { total: _total, ord, ...item } = row;
    if (ord !== null) items.push(item);
  }
  return { items, total: result.rows[0]?.total ?? 0, page: query.page, pageSize: query.pageSize };
}

/** The org's item counts by level, category ('' for none), status and proposal difference. */
export async function catalogItemCounts(
  db: Queryable,
  orgId: string,
): Promise<
  { level: string; category: string; status: string; hasProposalDiff: boolean; n: number }[]
> {
  const result = await db.query<{
    level: string;
    category: string;
    status: string;
    hasProposalDiff: boolean;
    n: number;
  }>(
    `SELECT level, category, status, has_proposal_diff AS "hasProposalDiff", n FROM catalog_item_counts
     WHERE org_id = $1 AND n <> 0`,
    [orgId],
  );
  return result.rows;
}
