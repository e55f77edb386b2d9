import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { recoverPostmaster } from '@shuan/db';
import { createTestDatabase, type TestDatabase } from '@shuan/db/testing';
import { freePort } from './ports.ts';
import { spawnServer, type ServerProcess } from './server-process.ts';

/** Password of the first admin of crash-test servers. */
export const CRASH_ADMIN_PASSWORD = 'crash-test-admin-pw';

/**
 * One crash-test setup: a fresh database on the machine's PostgreSQL (or an embedded one
 * when `embedded`), a data folder, a port, and the servers started on them. `cleanup`
 * kills every server still running, drops the database and removes the folder; call it in
 * `finally` so that a failing test leaves nothing behind.
 */
export interface CrashFixture {
  database: TestDatabase | undefined;
  dataDir: string;
  env: Record<string, string>;
  /** Starts (or restarts) the server program on this setup. */
  start: () => Promise<ServerProcess>;
  /** A plain client on the database, closed by `cleanup`. */
  sql: () => Promise<pg.Client>;
  cleanup: () => Promise<void>;
}

/**
 * Creates the setup; `embedded` leaves out `DATABASE_URL` so the server runs its own
 * PostgreSQL. `signal` (the test's) stops waiting for a server that never gets ready.
 */
export async function createCrashFixture(
  options: { embedded?: boolean; logLevel?: string; signal?: AbortSignal } = {},
): Promise<CrashFixture> {
  const database = options.embedded === true ? undefined : await createTestDatabase();
  const dataDir = await mkdtemp(join(tmpdir(), 'shuan-crash-'));
  const env: Record<string, string> = {
    SHUAN_PORT: String(await freePort()),
    SHUAN_DATA_DIR: dataDir,
    SHUAN_ADMIN_PASSWORD: CRASH_ADMIN_PASSWORD,
    SHUAN_DEMO_SOURCE: 'false',
    // Captured, never printed (unless a test fails); tests read its warnings.
    SHUAN_LOG_LEVEL: options.logLevel ?? 'warn',
    ...(database === undefined
      ? { SHUAN_PG_PORT: String(await freePort()) }
      : { DATABASE_URL: database.url }),
  };
  const servers: ServerProcess[] = [];
  const clients: pg.Client[] = [];
  return {
    database,
    dataDir,
    env,
    start: async () => {
      const server = await spawnServer(env, options.signal);
      servers.push(server);
      return server;
    },
    sql: async () => {
      if (database === undefined) throw new Error('no external database in an embedded fixture');
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      clients.push(client);
      return client;
    },
    cleanup: async () => {
      for (const client of clients) await client.end().catch(() => undefined);
      for (const server of servers) await server.kill9();
      // A killed server's embedded PostgreSQL outlives it; stop that orphan too.
      if (database === undefined) await recoverPostmaster(join(dataDir, 'postgres'));
      else await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
