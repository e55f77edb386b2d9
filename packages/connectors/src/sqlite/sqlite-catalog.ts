import type { DatabaseSync } from 'node:sqlite';
import type { TableRef } from '@shuan/core';
import { parseSqliteComments } from './sqlite-comments.ts';

interface CatalogRow {
  table_name: string;
  table_sql: string | null;
  column_name: string;
  column_type: string;
}

/**
 * Lists the tables of a SQLite database (not its internal `sqlite_*` tables, not views) with
 * their columns in one query over `pragma_table_info`, comments parsed from the stored
 * `CREATE TABLE` text, and row estimates from `sqlite_stat1` when ANALYZE has run, else from
 * `max(rowid)` (a b-tree lookup, never a count).
 */
export function listSqliteTables(db: DatabaseSync): TableRef[] {
  const rows = db
    .prepare(
      `SELECT m.name AS table_name, m.sql AS table_sql, p.name AS column_name, p.type AS column_type
         FROM sqlite_master m JOIN pragma_table_info(m.name) p
        WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
        ORDER BY m.name, p.cid`,
    )
    .all() as unknown as CatalogRow[];
  const stats = readStat1(db);
  const tables: TableRef[] = [];
  let current: TableRef | undefined;
  let comments = parseSqliteComments('');
  for (const row of rows) {
    if (current?.name !== row.table_name) {
      comments = parseSqliteComments(row.table_sql ?? '');
      current = { name: row.table_name, columns: [] };
      if (comments.table !== undefined) current.comment = comments.table;
      const estimate = stats.get(row.table_name) ?? maxRowid(db, row.table_name);
      if (estimate !== undefined) current.estimatedRows = estimate;
      tables.push(current);
    }
    const comment = comments.columns.get(row.column_name.toLowerCase());
    current.columns.push({
      name: row.column_name,
      dataType: row.column_type === '' ? 'any' : row.column_type,
      ...(comment === undefined ? {} : { comment }),
    });
  }
  return tables;
}

/** Row counts ANALYZE stored: the first number of each `sqlite_stat1.stat`. */
function readStat1(db: DatabaseSync): Map<string, number> {
  const out = new Map<string, number>();
  const exists = db
    .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'`)
    .get();
  if (exists === undefined) return out;
  const rows = db.prepare('SELECT tbl, stat FROM sqlite_stat1').all() as unknown as {
    tbl: string;
    stat: string | null;
  }[];
  for (const row of rows) {
    const count = Number((row.stat ?? '').split(' ')[0]);
    if (Number.isFinite(count)) out.set(row.tbl, Math.max(count, out.get(row.tbl) ?? 0));
  }
  return out;
}

/** `max(rowid)`: an upper bound on the rows of a rowid table, read from the b-tree's edge. */
function maxRowid(db: DatabaseSync, table: string): number | undefined {
  try {
    const row = db.prepare(`SELECT max(rowid) AS n FROM "${table.replace(/"/g, '""')}"`).get() as
      { n: number | null } | undefined;
    return row?.n ?? 0;
  } catch {
    // WITHOUT ROWID tables and virtual tables have no rowid: no estimate, then.
    return undefined;
  }
}
