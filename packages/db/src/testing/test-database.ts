import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** A fresh, uniquely named database on the test PostgreSQL server. */
export interface TestDatabase {
  url: string;
  /** Drops the database (terminating leftover connections). */
  drop: () => Promise<void>;
}

/** The server integration tests use: `SHUAN_TEST_DATABASE_URL` or the machine's PostgreSQL. */
export const TEST_SERVER_URL =
  process.env.SHUAN_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * Creates an empty database named `shuan_test_<random>` for one test file, so that test
 * files can run in parallel without seeing each other's rows.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `shuan_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_SERVER_URL });
  await admin.connect();
  try {
    // CREATE DATABASE copies template1 and fails with 55006 (object in use) while another
    // session briefly holds it, which happens when test files start side by side; retry.
    for (let attempt = 1; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE ${name}`);
        break;
      } catch (error) {
        if (attempt >= 10 || (error as { code?: string }).code !== '55006') throw error;
        await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
      }
    }
  } finally {
    await admin.end();
  }
  const url = new URL(TEST_SERVER_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: TEST_SERVER_URL });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
