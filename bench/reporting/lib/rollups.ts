/**
 * The regulator rollups (migrations 0014 and 0015) after a bulk seed. The bench seeds the
 * received tables with their triggers off (`session_replication_role = replica`, seed.ts),
 * then rebuilds the rollups the way the latest rollup migration backfills them:
 * `regulator_rebuild_rollups()`, the function it defines and calls for its own backfill
 * (recounts from the raw rows under share locks). Were the function absent, the migration's
 * backfill section (everything after its "Backfill" comment) runs instead on emptied tables.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const MIGRATION = fileURLToPath(
  new URL('../../../packages/db/migrations/0015_regulator_fast_views.sql', import.meta.url),
);
const BACKFILL_MARKER = '-- Backfill from the rows already there.';

/** Whether the rollup migration is in the tree (the server then ran it at start). */
export function rollupsPresent(): boolean {
  return existsSync(MIGRATION);
}

/** The migration's backfill statements and the tables they fill. */
export function backfillOfMigration(): { sql: string; tables: string[] } {
  const text = readFileSync(MIGRATION, 'utf8');
  const at = text.indexOf(BACKFILL_MARKER);
  if (at < 0)
    throw new Error(
      `迁移中未找到回填段 / no "${BACKFILL_MARKER}" section in ${MIGRATION}: update bench/reporting/lib/rollups.ts`,
    );
  const sql = text.slice(at);
  const tables = [
    ...new Set([...sql.matchAll(/INSERT INTO (regulator_\w+)/g)].map((m) => m[1] ?? '')),
  ];
  return { sql, tables };
}

/** Empties the rollup tables and refills them with the migration's backfill; the tables. */
export async function backfillRollups(url: string): Promise<string[]> {
  const { sql, tables } = backfillOfMigration();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const rebuild = await client.query(
      `SELECT 1 FROM pg_proc WHERE proname = 'regulator_rebuild_rollups' AND pronargs = 0`,
    );
    await client.query('BEGIN');
    if (rebuild.rowCount === 1) {
      await client.query('SELECT regulator_rebuild_rollups()');
    } else {
      await client.query(`TRUNCATE ${tables.join(', ')}`);
      await client.query(sql);
    }
    await client.query('COMMIT');
    for (const table of tables) await client.query(`ANALYZE ${table}`);
    return tables;
  } finally {
    await client.end();
  }
}

/** Rows of each rollup table (how small the views' inputs are). */
export async function rollupSizes(url: string, tables: readonly string[]): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const parts: string[] = [];
    for (const table of tables) {
      const result = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
      parts.push(`${table} ${String(result.rows[0]?.n ?? 0)}`);
    }
    return parts.join(', ');
  } finally {
    await client.end();
  }
}
