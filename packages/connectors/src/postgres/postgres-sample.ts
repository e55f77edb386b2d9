import pg from 'pg';
import type { ColumnInfo } from '@shuan/core';

/** Longest text kept from one sampled value; enough for any recognizer, bounded for memory. */
export const MAX_VALUE_CHARS = 2000;

/** Tables estimated below this many rows are read with a plain `LIMIT`. */
const TABLESAMPLE_MIN_ROWS = 10_000;
/** Ask TABLESAMPLE for this many times the rows needed: page sampling is lumpy. */
const TABLESAMPLE_HEADROOM = 4;

/**
 * The SQL expression that reads one column as text: binary columns become a short marker
 * (`<binary 123 bytes>`) computed in the database, so their bytes never cross the wire;
 * everything else is cast with `::text` and cut at {@link MAX_VALUE_CHARS}.
 */
export function postgresValueSql(column: ColumnInfo): string {
  const id = pg.escapeIdentifier(column.name);
  if (column.dataType === 'bytea') {
    return `CASE WHEN ${id} IS NULL THEN NULL ELSE '<binary ' || octet_length(${id}) || ' bytes>' END`;
  }
  if (column.dataType.startsWith('bytea')) {
    return `CASE WHEN ${id} IS NULL THEN NULL ELSE '<binary ' || pg_column_size(${id}) || ' bytes>' END`;
  }
  return `left(${id}::text, ${MAX_VALUE_CHARS})`;
}

/**
 * The TABLESAMPLE SYSTEM percentage for a table of `estimatedRows` when `rows` are wanted,
 * or `undefined` when the table is small enough that `LIMIT` alone is cheap and complete.
 *
 * @example
 * postgresSamplePercent(1_000_000, 1000); // 0.4
 */
export function postgresSamplePercent(
  estimatedRows: number | undefined,
  rows: number,
): number | undefined {
  if (estimatedRows === undefined || estimatedRows < TABLESAMPLE_MIN_ROWS) return undefined;
  const percent = ((rows * TABLESAMPLE_HEADROOM) / estimatedRows) * 100;
  return percent >= 50 ? undefined : percent;
}

/** A sample query for one table, with and without TABLESAMPLE. */
export interface PostgresSampleQueries {
  /** `SELECT … TABLESAMPLE SYSTEM ($1) REPEATABLE (42) LIMIT $2`, when worth it. */
  sampled: { text: string; values: [number, number] } | undefined;
  /** `SELECT … LIMIT $1`: the fallback, and the only query for small tables. */
  limited: { text: string; values: [number] };
}

/**
 * Builds the sample queries of a table. `REPEATABLE` keeps samples, and so scan results,
 * stable from one run to the next.
 */
export function postgresSampleQueries(
  schema: string,
  table: string,
  columns: readonly ColumnInfo[],
  estimatedRows: number | undefined,
  rows: number,
): PostgresSampleQueries {
  const select = columns.map((column, i) => `${postgresValueSql(column)} AS c${i}`).join(', ');
  const from = `${pg.escapeIdentifier(schema)}.${pg.escapeIdentifier(table)}`;
  const percent = postgresSamplePercent(estimatedRows, rows);
  return {
    sampled:
      percent === undefined
        ? undefined
        : {
            text: `SELECT ${select} FROM ${from} TABLESAMPLE SYSTEM ($1) REPEATABLE (42) LIMIT $2`,
            values: [percent, rows],
          },
    limited: { text: `SELECT ${select} FROM ${from} LIMIT $1`, values: [rows] },
  };
}
