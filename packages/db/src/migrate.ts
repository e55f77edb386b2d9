import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type pg from 'pg';

/** Where the forward-only SQL migrations live: `packages/db/migrations/NNNN_name.sql`. */
export const MIGRATIONS_DIR = resolve(import.meta.dirname, '../migrations');

/** Arbitrary constant for `pg_advisory_lock`, so that only one process migrates at a time. */
const MIGRATION_LOCK_KEY = 7_464_201;

/** Result of {@link migrate}: the migrations applied now (empty when up to date). */
export interface MigrateResult {
  applied: string[];
}

/**
 * Applies the pending forward-only migrations in file-name order, each in its own
 * transaction, recording them in `schema_migrations`. A session advisory lock makes
 * concurrent starts (several instances behind a load balancer) wait instead of racing.
 */
export async function migrate(pool: pg.Pool, dir = MIGRATIONS_DIR): Promise<MigrateResult> {
  const files = (await readdir(dir)).filter((name) => /^\d{4}_.+\.sql$/.test(name)).sort();
  const client = await pool.connect();
  const applied: string[] = [];
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const done = await client.query<{ name: string }>('SELECT name FROM schema_migrations');
    const known = new Set(done.rows.map((row) => row.name));
    for (const file of files) {
      if (known.has(file)) continue;
      const sql = await readFile(join(dir, file), 'utf8');
      await client.query('BEGIN');
      try {
        await client.query(sql);
        await client.query('INSERT INTO schema_migrations (name) VALUES ($1)', [file]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(`migration ${file} failed: ${(error as Error).message}`, { cause: error });
      }
      applied.push(file);
    }
  } finally {
    await client
      .query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY])
      .catch(() => undefined);
    client.release();
  }
  return { applied };
}

/** True when every migration file has been applied (used by `/readyz`). */
export async function migrationsUpToDate(pool: pg.Pool, dir = MIGRATIONS_DIR): Promise<boolean> {
  const files = (await readdir(dir)).filter((name) => /^\d{4}_.+\.sql$/.test(name));
  try {
    const done = await pool.query<{ count: string }>(
      'SELECT count(*) AS count FROM schema_migrations WHERE name = ANY($1)',
      [files],
    );
    return Number(done.rows[0]?.count ?? 0) === files.length;
  } catch {
    return false;
  }
}
