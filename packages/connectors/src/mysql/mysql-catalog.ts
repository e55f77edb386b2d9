import type { TableRef } from '@shuan/core';

/** Schemas of the server itself, never scanned. */
export const MYSQL_SYSTEM_SCHEMAS = ['mysql', 'information_schema', 'performance_schema', 'sys'];

/** What the MySQL reader keeps about a listed table, beyond the public {@link TableRef}. */
export interface MysqlTableMeta {
  schema: string;
  table: string;
}

/**
 * One query for every base table (not views) with its columns and comments, in the URL's
 * database or, when the URL names none, in every non-system database. `TABLE_ROWS` and
 * `DATA_LENGTH + INDEX_LENGTH` are the server's own estimates: nothing is counted.
 */
export function mysqlCatalogSql(database: string | undefined): { sql: string; values: string[] } {
  const where =
    database === undefined
      ? `t.TABLE_SCHEMA NOT IN (${MYSQL_SYSTEM_SCHEMAS.map(() => '?').join(', ')})`
      : 't.TABLE_SCHEMA = ?';
  const sql = `
SELECT t.TABLE_SCHEMA AS schema_name, t.TABLE_NAME AS table_name, t.TABLE_COMMENT AS table_comment,
       t.TABLE_ROWS AS table_rows, t.DATA_LENGTH + t.INDEX_LENGTH AS size_bytes,
       c.COLUMN_NAME AS column_name, c.COLUMN_TYPE AS column_type, c.COLUMN_COMMENT AS column_comment
  FROM information_schema.TABLES t
  JOIN information_schema.COLUMNS c
    ON c.TABLE_SCHEMA = t.TABLE_SCHEMA AND c.TABLE_NAME = t.TABLE_NAME
 WHERE t.TABLE_TYPE = 'BASE TABLE' AND ${where}
 ORDER BY t.TABLE_SCHEMA, t.TABLE_NAME, c.ORDINAL_POSITION`;
  return { sql, values: database === undefined ? MYSQL_SYSTEM_SCHEMAS : [database] };
}

/** A row of {@link mysqlCatalogSql}: one per column. */
export interface MysqlCatalogRow {
  schema_name: string;
  table_name: string;
  table_comment: string | null;
  table_rows: number | string | null;
  size_bytes: number | string | null;
  column_name: string;
  column_type: string;
  column_comment: string | null;
}

/** Groups catalog rows (ordered by table) into {@link TableRef}s named `db.table`. */
export function toMysqlTables(
  rows: readonly MysqlCatalogRow[],
): { ref: TableRef; meta: MysqlTableMeta }[] {
  const out: { ref: TableRef; meta: MysqlTableMeta }[] = [];
  let current: { ref: TableRef; meta: MysqlTableMeta } | undefined;
  for (const row of rows) {
    if (current?.meta.schema !== row.schema_name || current.meta.table !== row.table_name) {
      current = {
        ref: { name: `${row.schema_name}.${row.table_name}`, columns: [] },
        meta: { schema: row.schema_name, table: row.table_name },
      };
      const comment = nonEmpty(row.table_comment);
      if (comment !== undefined) current.ref.comment = comment;
      const estimated = toNumber(row.table_rows);
      if (estimated !== undefined) current.ref.estimatedRows = estimated;
      const size = toNumber(row.size_bytes);
      if (size !== undefined) current.ref.sizeBytes = size;
      out.push(current);
    }
    const comment = nonEmpty(row.column_comment);
    current.ref.columns.push({
      name: row.column_name,
      dataType: row.column_type,
      ...(comment === undefined ? {} : { comment }),
    });
  }
  return out;
}

function nonEmpty(text: string | null): string | undefined {
  return text === null || text.trim() === '' ? undefined : text;
}

function toNumber(value: number | string | null): number | undefined {
  if (value === null) return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}
