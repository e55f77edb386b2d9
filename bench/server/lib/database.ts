/** The bench's own database on the machine's PostgreSQL: created fresh, dropped after. */
import pg from 'pg';

/** Name of the bench database. */
export const BENCH_DATABASE = 'shuan_bench_server';

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

async function admin<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Drops a leftover bench database (a run that was interrupted) and creates an empty one. */
export async function createBenchDatabase(serverUrl: string): Promise<BenchDatabase> {
  await admin(serverUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${BENCH_DATABASE} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${BENCH_DATABASE}`);
  });
  return {
    url: withDatabase(serverUrl, BENCH_DATABASE),
    drop: () =>
      admin(serverUrl, async (client) => {
        await client.query(`DROP DATABASE IF EXISTS ${BENCH_DATABASE} WITH (FORCE)`);
      }),
  };
}
