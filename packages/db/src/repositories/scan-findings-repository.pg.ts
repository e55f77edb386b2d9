import type { ColumnFinding, TableFinding } from '@shuan/core';
import { pageClause, type ListQuery, type Page } from '../list-query.ts';
import type { Queryable } from '../queryable.ts';

/** One table's finding of a scan with its columns. */
export interface ScanFindingRow {
  id: string;
  table: TableFinding;
  columns: ColumnFinding[];
}

const SORTABLE: Record<string, string> = { table: 'table_name', level: 'level' };

/** Findings of scans, one row per table. */
export const scanFindingsRepository = {
  /** Stores every table finding of a scan in one statement. */
  async insertMany(
    db: Queryable,
    orgId: string,
    scanId: string,
    tables: TableFinding[],
    columns: ColumnFinding[],
  ): Promise<void> {
    if (tables.length === 0) return;
    const byTable = new Map<string, ColumnFinding[]>();
    for (const column of columns) {
      const list = byTable.get(column.table) ?? [];
      list.push(column);
      byTable.set(column.table, list);
    }
    const rows = tables.map((table) => ({
      table_name: table.table,
      level: table.level,
      finding: table,
      columns: byTable.get(table.table) ?? [],
    }));
    await db.query(
      `INSERT INTO scan_findings (org_id, scan_id, table_name, level, finding, columns)
       SELECT $1, $2, r.table_name, r.level, r.finding, r.columns
       FROM jsonb_to_recordset($3::jsonb) AS r(table_name text, level text, finding jsonb, columns jsonb)`,
      [orgId, scanId, JSON.stringify(rows)],
    );
  },

  async list(
    db: Queryable,
    orgId: string,
    scanId: string,
    query: ListQuery & { level?: string | undefined },
  ): Promise<Page<ScanFindingRow>> {
    const params: unknown[] = [orgId, scanId];
    let filter = '';
    if (query.level !== undefined) {
      params.push(query.level);
      filter = ' AND level = $3';
    }
    const clause = pageClause(query, SORTABLE, 'id ASC', 'id');
    const rows = await db.query<ScanFindingRow>(
      `SELECT id::text AS id, finding AS "table", columns FROM scan_findings
       WHERE org_id = $1 AND scan_id = $2${filter} ${clause}`,
      params,
    );
    const count = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM scan_findings WHERE org_id = $1 AND scan_id = $2${filter}`,
      params,
    );
    return {
      items: rows.rows,
      total: count.rows[0]?.n ?? 0,
      page: query.page,
      pageSize: query.pageSize,
    };
  },
};
