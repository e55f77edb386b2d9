import type { Queryable } from '../queryable.ts';

/** A catalog item as a cross-border self-check links it. */
export interface CrossBorderLinkedItemRow {
  itemId: string;
  table: string;
  level: string;
}

/** A recorded cross-border self-check (migrations 0011 and 0018). */
export interface CrossBorderDecisionRow {
  id: string;
  /** The facts as entered. */
  facts: unknown;
  path: string;
  basisId: string;
  /** Core's decision, with what the check added (items snapshot, settings used). */
  decision: unknown;
  note: string;
  decidedBy: string;
  decidedAt: Date;
  /** The linked items as the catalog holds them now (gone items are missing). */
  linkedItems: CrossBorderLinkedItemRow[];
}

/** A catalog item flagged cross-border or covered by a check, with its latest check. */
export interface CrossBorderItemRow {
  itemId: string;
  table: string;
  level: string;
  crossBorder: boolean;
  decisionId: string | null;
  decisionPath: string | null;
  decisionBasisId: string | null;
  decidedAt: Date | null;
}

const DECISION_COLUMNS = `d.id, d.facts, d.path, d.basis_id AS "basisId", d.decision, d.note,
  d.decided_by AS "decidedBy", d.decided_at AS "decidedAt",
  COALESCE((SELECT json_agg(json_build_object('itemId', c.id, 'table', c.table_name,
      'level', c.level) ORDER BY c.table_name)
    FROM cross_border_decision_items l JOIN catalog_items c ON c.id = l.catalog_item_id
    WHERE l.decision_id = d.id), '[]'::json) AS "linkedItems"`;

/**
 * The cross-border self-checks of an organisation: append-only decisions (the history) and
 * the items each covers. The latest check linking an item is the item's recorded legal basis.
 */
export const crossBorderRepository = {
  /** The org's catalog items among `itemIds`, with their levels. */
  async itemLevels(
    db: Queryable,
    orgId: string,
    itemIds: readonly string[],
  ): Promise<CrossBorderLinkedItemRow[]> {
    if (itemIds.length === 0) return [];
    const result = await db.query<CrossBorderLinkedItemRow>(
      `SELECT id AS "itemId", table_name AS "table", level FROM catalog_items
       WHERE org_id = $1 AND id = ANY($2::uuid[]) ORDER BY table_name, id`,
      [orgId, itemIds],
    );
    return result.rows;
  },

  /** Records a check and its item links. */
  async insertDecision(
    db: Queryable,
    orgId: string,
    row: Omit<CrossBorderDecisionRow, 'id' | 'decidedAt' | 'linkedItems'>,
    itemIds: readonly string[],
  ): Promise<{ id: string; decidedAt: Date }> {
    const result = await db.query<{ id: string; decidedAt: Date }>(
      `INSERT INTO cross_border_decisions (org_id, facts, path, basis_id, decision, note, decided_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id, decided_at AS "decidedAt"`,
      [
        orgId,
        JSON.stringify(row.facts),
        row.path,
        row.basisId,
        JSON.stringify(row.decision),
        row.note,
        row.decidedBy,
      ],
    );
    const inserted = result.rows[0];
    if (inserted === undefined) throw new Error('cross_border_decisions insert returned no row');
    if (itemIds.length > 0) {
      await db.query(
        `INSERT INTO cross_border_decision_items (decision_id, catalog_item_id)
         SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
        [inserted.id, itemIds],
      );
    }
    return inserted;
  },

  async get(db: Queryable, orgId: string, id: string): Promise<CrossBorderDecisionRow | undefined> {
    const result = await db.query<CrossBorderDecisionRow>(
      `SELECT ${DECISION_COLUMNS} FROM cross_border_decisions d WHERE d.org_id = $1 AND d.id = $2`,
      [orgId, id],
    );
    return result.rows[0];
  },

  /** The history, newest first; `itemId` keeps the checks that cover that item. */
  async decisions(
    db: Queryable,
    orgId: string,
    filter: { itemId?: string | undefined; limit: number },
  ): Promise<CrossBorderDecisionRow[]> {
    const result = await db.query<CrossBorderDecisionRow>(
      `SELECT ${DECISION_COLUMNS} FROM cross_border_decisions d
       WHERE d.org_id = $1 AND ($2::uuid IS NULL OR EXISTS (
         SELECT 1 FROM cross_border_decision_items l
         WHERE l.decision_id = d.id AND l.catalog_item_id = $2))
       ORDER BY d.decided_at DESC, d.id LIMIT $3`,
      [orgId, filter.itemId ?? null, filter.limit],
    );
    return result.rows;
  },

  /**
   * Items flagged cross-border in the catalog or covered by a check, each with its latest
   * check (null: no basis on record).
   */
  async items(db: Queryable, orgId: string): Promise<CrossBorderItemRow[]> {
    const result = await db.query<CrossBorderItemRow>(
      `WITH covered AS (
         SELECT c.id FROM catalog_items c WHERE c.org_id = $1 AND c.cross_border
         UNION
         SELECT l.catalog_item_id FROM cross_border_decision_items l
           JOIN cross_border_decisions x ON x.id = l.decision_id WHERE x.org_id = $1)
       SELECT c.id AS "itemId", c.table_name AS "table", c.level, c.cross_border AS "crossBorder",
         d.id AS "decisionId", d.path AS "decisionPath", d.basis_id AS "decisionBasisId",
         d.decided_at AS "decidedAt"
       FROM covered v JOIN catalog_items c ON c.id = v.id AND c.org_id = $1
       LEFT JOIN LATERAL (
         SELECT x.id, x.path, x.basis_id, x.decided_at
         FROM cross_border_decision_items l JOIN cross_border_decisions x ON x.id = l.decision_id
         WHERE l.catalog_item_id = c.id
         ORDER BY x.decided_at DESC, x.id LIMIT 1) d ON true
       ORDER BY c.table_name, c.id`,
      [orgId],
    );
    return result.rows;
  },
};
