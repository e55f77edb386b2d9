/** A real province server process on its own fresh bench database. */
import pg from 'pg';
import { startServer, type ServerProcess } from '../../server/lib/server-process.ts';
import { createBenchDatabase, type BenchDatabase } from './database.ts';

/** Servers still running, killed if the bench exits early (an error must not orphan them). */
const live = new Set<number>();
process.on('exit', () => {
  for (const pid of live) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Gone already.
    }
  }
});

/** The node id every bench province uses unless told otherwise. */
export const PROVINCE_ID = 'province-320000';

/** A running node with a pool on its database (for enrolment, seeding and counting). */
export interface BenchNode {
  nodeId: string;
  server: ServerProcess;
  database: BenchDatabase;
  pool: pg.Pool;
  close: () => Promise<void>;
}

/** Starts `node apps/server/src/main.ts` as `role` on a new database `shuan_bench_fed_<suffix>`. */
export async function startBenchNode(
  pgUrl: string,
  suffix: string,
  role: 'province' | 'ministry',
  nodeId: string,
  env: Record<string, string> = {},
  nodeArgs: readonly string[] = [],
): Promise<BenchNode> {
  const database = await createBenchDatabase(pgUrl, `shuan_bench_fed_${suffix}`);
  let server: ServerProcess;
  try {
    server = await startServer(database.url, nodeArgs, {
      SHUAN_ROLE: role,
      SHUAN_NODE_ID: nodeId,
      SHUAN_FEDERATION_SYNC_SECONDS: '5',
      ...env,
    });
  } catch (error) {
    await database.drop();
    throw error;
  }
  live.add(server.pid);
  const pool = new pg.Pool({ connectionString: database.url, max: 2 });
  // pool.end() resolves before its sockets close, so the drop (WITH FORCE) may still cut
  // one: an idle client's error must not crash the bench.
  pool.on('error', () => undefined);
  return {
    nodeId,
    server,
    database,
    pool,
    close: async () => {
      await server.stop();
      live.delete(server.pid);
      await pool.end();
      await database.drop();
    },
  };
}

/** `SELECT count(*)` of the inbox (messages stored and applied). */
export async function inboxCount(pool: pg.Pool, where = 'TRUE'): Promise<number> {
  const result = await pool.query<{ n: string }>(
    `SELECT count(*) AS n FROM federation_inbox WHERE ${where}`,
  );
  return Number(result.rows[0]?.n ?? 0);
}
