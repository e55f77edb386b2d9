import type { ColumnInfo } from '@shuan/core';

/** Longest text kept from one sampled value; enough for any recognizer, bounded for memory. */
export const MAX_VALUE_CHARS = 2000;

const BINARY_TYPES = new Set(['binary', 'varbinary', 'tinyblob', 'blob', 'mediumblob', 'longblob']);
const SPATIAL_TYPES = new Set([
  'geometry',
  'point',
  'linestring',
  'polygon',
  'multipoint',
  'multilinestring',
  'multipolygon',
  'geometrycollection',
  'geomcollection',
]);

/** Quotes a MySQL identifier with backticks, doubling any backtick inside. */
export function quoteMysqlIdentifier(name: string): string {
  return `\`${name.replace(/`/g, '``')}\``;
}

/**
 * The SQL expression that reads one column as text. Binary columns become a marker
 * (`<binary 123 bytes>`) computed by the server, so their bytes never cross the wire; spatial
 * columns are read as WKT; `bit` as its number; everything else is cast to CHAR and cut at
 * {@link MAX_VALUE_CHARS}.
 */
export function mysqlValueSql(column: ColumnInfo): string {
  const id = quoteMysqlIdentifier(column.name);
  const base = column.dataType.toLowerCase().split(/[\s(]/)[0] ?? '';
  if (BINARY_TYPES.has(base)) {
    return `CASE WHEN ${id} IS NULL THEN NULL ELSE CONCAT('<binary ', OCTET_LENGTH(${id}), ' bytes>') END`;
  }
  if (SPATIAL_TYPES.has(base)) return `LEFT(ST_AsText(${id}), ${MAX_VALUE_CHARS})`;
  if (base === 'bit') return `CAST(${id} + 0 AS CHAR)`;
  return `LEFT(CAST(${id} AS CHAR), ${MAX_VALUE_CHARS})`;
}

/**
 * The sample query of a table: the first `rows` rows, which MySQL and MariaDB read without
 * scanning the rest (neither has TABLESAMPLE, and `ORDER BY RAND()` would read everything).
 */
export function mysqlSampleSql(
  schema: string,
  table: string,
  columns: readonly ColumnInfo[],
): string {
  const select = columns.map((column, i) => `${mysqlValueSql(column)} AS c${i}`).join(', ');
  return `SELECT ${select} FROM ${quoteMysqlIdentifier(schema)}.${quoteMysqlIdentifier(table)} LIMIT ?`;
}

/** The server flavour, which decides how a statement timeout is set. */
export type MysqlFlavour = 'mysql' | 'mariadb';

/**
 * The statement that bounds every later statement of the session: MariaDB's
 * `max_statement_time` is in seconds, MySQL's `max_execution_time` in milliseconds (and only
 * bounds SELECT, which is all a reader runs).
 */
export function mysqlTimeoutSql(flavour: MysqlFlavour, timeoutMs: number): string {
  const ms = Math.max(1, Math.floor(timeoutMs));
  switch (flavour) {
    case 'mariadb':
      return `SET SESSION max_statement_time = ${(ms / 1000).toFixed(3)}`;
    case 'mysql':
      return `SET SESSION max_execution_time = ${ms}`;
  }
}
