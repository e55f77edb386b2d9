/**
 * Baseline of goal 2: the raw cost of the sampling SQL with no classification and no reader —
 * one catalog query listing tables, columns and row estimates, then per table the query the
 * PostgreSQL reader of `@shuan/connectors` runs (mirrored from its `postgres-sample.ts`:
 * `left(col::text, 2000)` per column, `TABLESAMPLE SYSTEM (p) REPEATABLE (42) LIMIT n` for
 * tables of ≥ 10,000 estimated rows with p = 4·n/rows %, plain `LIMIT n` otherwise), on a pool
 * as wide as the reader's concurrency. It shows what the database itself costs, so the
 * scan's wall time reads as "waiting on PostgreSQL" or "waiting on us".
 */
import pg from 'pg';
import { nowMs } from '../lib/measure.ts';

const LIST_SQL = `
SELECT n.nspname AS schema, c.relname AS table, c.reltuples::float8 AS rows,
       array_agg(a.attname::text ORDER BY a.attnum) AS columns
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
WHERE c.relkind IN ('r', 'p', 'v', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg_toast%'
GROUP BY n.nspname, c.relname, c.reltuples
ORDER BY n.nspname, c.relname`;

const ident = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** The SQL the baseline runs for one table (shown in the output). */
export function sampleSql(
  schema: string,
  table: string,
  columns: readonly string[],
  estimatedRows: number,
  rows: number,
): string {
  const cols = columns.map((c, i) => `left(${ident(c)}::text, 2000) AS c${i}`).join(', ');
  const from = `${ident(schema)}.${ident(table)}`;
  const percent = estimatedRows >= 10_000 ? (rows * 4 * 100) / estimatedRows : 100;
  return percent < 50
    ? `SELECT ${cols} FROM ${from} TABLESAMPLE SYSTEM (${percent}) REPEATABLE (42) LIMIT ${rows}`
    : `SELECT ${cols} FROM ${from} LIMIT ${rows}`;
}

/** Runs the baseline; returns wall time and what it read. */
export async function rawSampling(
  url: string,
  rows: number,
  concurrency: number,
): Promise<{ ms: number; tables: number; values: number }> {
  const pool = new pg.Pool({ connectionString: url, max: concurrency });
  const start = nowMs();
  try {
    const listed = await pool.query<{
      schema: string;
      table: string;
      rows: number;
      columns: string[];
    }>(LIST_SQL);
    let next = 0;
    let values = 0;
    const lane = async (): Promise<void> => {
      while (next < listed.rows.length) {
        const t = listed.rows[next++]!;
        const res = await pool.query({
          text: sampleSql(t.schema, t.table, t.columns, t.rows, rows),
          rowMode: 'array',
        });
        values += res.rows.length * t.columns.length;
      }
    };
    await Promise.all(Array.from({ length: concurrency }, lane));
    return { ms: nowMs() - start, tables: listed.rows.length, values };
  } finally {
    await pool.end();
  }
}
