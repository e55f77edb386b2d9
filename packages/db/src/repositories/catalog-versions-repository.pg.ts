import { pageClause, type ListQuery, type Page } from '../list-query.ts';
import type { Queryable } from '../queryable.ts';
import { firstRow } from './organizations-repository.pg.ts';

/** A frozen catalog version (its items are in `catalog_version_items`). */
export interface CatalogVersionRow {
  id: string;
  orgId: string;
  number: number;
  note: string;
  itemCount: number;
  createdBy: string;
  createdAt: Date;
}

const COLUMNS = `id, org_id AS "orgId", number, note, item_count AS "itemCount",
  created_by AS "createdBy", created_at AS "createdAt"`;

/** Numbered, frozen copies of an org's catalog. */
export const catalogVersionsRepository = {
  /**
   * Takes the org's version-numbering lock until the transaction ends. Take it before
   * reading the items to freeze, so that a higher version number never holds an older
   * snapshot of the catalog than a lower one.
   */
  async lockNumbering(db: Queryable, orgId: string): Promise<void> {
    await db.query(`SELECT pg_advisory_xact_lock(hashtext('catalog-version:' || $1))`, [orgId]);
  },

  /**
   * Creates the next numbered version with frozen copies of `items` (each must carry an
   * `id`). A transaction-scoped advisory lock per org serialises numbering; call it inside
   * a transaction.
   */
  async create(
    db: Queryable,
    input: { orgId: string; note: string; createdBy: string; items: { id: string }[] },
  ): Promise<CatalogVersionRow> {
    await catalogVersionsRepository.lockNumbering(db, input.orgId);
    const next = await db.query<{ n: number }>(
      'SELECT COALESCE(max(number), 0)::int + 1 AS n FROM catalog_versions WHERE org_id = $1',
      [input.orgId],
    );
    const created = await db.query<CatalogVersionRow>(
      `INSERT INTO catalog_versions (org_id, number, note, item_count, created_by) VALUES ($1, $2, $3, $4, $5)
       RETURNING ${COLUMNS}`,
      [input.orgId, next.rows[0]?.n ?? 1, input.note, input.items.length, input.createdBy],
    );
    const version = firstRow(created.rows);
    if (input.items.length > 0) {
      await db.query(
        `INSERT INTO catalog_version_items (version_id, org_id, item_id, item)
         SELECT $1, $2, (e->>'id')::uuid, e FROM jsonb_array_elements($3::jsonb) AS e`,
        [version.id, input.orgId, JSON.stringify(input.items)],
      );
    }
    return version;
  },

  async list(db: Queryable, orgId: string, query: ListQuery): Promise<Page<CatalogVersionRow>> {
    const clause = pageClause(
      query,
      { number: 'number', createdAt: 'created_at' },
      'number DESC',
      'id',
    );
    const rows = await db.query<CatalogVersionRow>(
      `SELECT ${COLUMNS} FROM catalog_versions WHERE org_id = $1 ${clause}`,
      [orgId],
    );
    const count = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM catalog_versions WHERE org_id = $1',
      [orgId],
    );
    return {
      items: rows.rows,
      total: count.rows[0]?.n ?? 0,
      page: query.page,
      pageSize: query.pageSize,
    };
  },

  async getByNumber(
    db: Queryable,
    orgId: string,
    number: number,
  ): Promise<CatalogVersionRow | undefined> {
    const result = await db.query<CatalogVersionRow>(
      `SELECT ${COLUMNS} FROM catalog_versions WHERE org_id = $1 AND number = $2`,
      [orgId, number],
    );
    return result.rows[0];
  },

  /** The frozen items of a version, as they were stored. */
  async items(db: Queryable, orgId: string, versionId: string): Promise<unknown[]> {
    const result = await db.query<{ item: unknown }>(
      `SELECT item FROM catalog_version_items WHERE org_id = $1 AND version_id = $2
       ORDER BY item->>'sourceName', item->>'table', item_id`,
      [orgId, versionId],
    );
    return result.rows.map((row) => row.item);
  },
};
