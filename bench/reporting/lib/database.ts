/** The bench's own database on the machine's PostgreSQL: created fresh, dropped after. */
import pg from 'pg';

/** Name of the bench database (its own, so it never collides with bench:server's). */
export const BENCH_DATABASE = 'shuan_bench_reporting';

/** A created database. */
export interface BenchDatabase {
  url: string;
  drop: () => Promise<void>;
}

function withDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Drops a leftover bench database (a run that was interrupted) and creates an empty one. */
export async function createBenchDatabase(serverUrl: string): Promise<BenchDatabase> {
  await admin(serverUrl, `DROP DATABASE IF EXISTS ${BENCH_DATABASE} WITH (FORCE)`);
  await admin(serverUrl, `CREATE DATABASE ${BENCH_DATABASE}`);
  return {
    url: withDatabase(serverUrl, BENCH_DATABASE),
    drop: () => admin(serverUrl, `DROP DATABASE IF EXISTS ${BENCH_DATABASE} WITH (FORCE)`),
  };
}
