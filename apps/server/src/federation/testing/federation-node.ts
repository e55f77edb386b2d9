import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { NodeRole } from '@shuan/core';
import { createTestDatabase, type TestDatabase } from '@shuan/db/testing';
import { loginOverHttp, type HttpSession } from '../../testing/http-session.ts';
import { freePort } from '../../testing/ports.ts';
import { spawnServer, type ServerProcess } from '../../testing/server-process.ts';
import { NODE_IDENTITY_FILE } from '../../node/node-identity.ts';

/** Admin password of every test node. */
export const TEST_ADMIN_PASSWORD = 'federation-test-password';

/** A real server process on its own database and data folder, signed in as admin. */
export interface FederationTestNode {
  nodeId: string;
  url: string;
  /** The running process; replaced by {@link FederationTestNode.restart}. */
  process: ServerProcess;
  database: TestDatabase;
  /** A pool on the node's database, for assertions and for queuing messages as features will. */
  pool: pg.Pool;
  dataDir: string;
  admin: HttpSession;
  /** The node's identity file (node id and SM2 key pair). */
  identity: () => Promise<{ nodeId: string; publicKey: string; privateKey: string }>;
  /** `kill -9` the process (database and data folder stay), as a crash or power cut would. */
  kill9: () => Promise<void>;
  /** Graceful stop (SIGTERM); database and data folder stay. */
  stop: () => Promise<void>;
  /** Starts the program again on the same port, database and data folder (after kill9/stop). */
  restart: () => Promise<void>;
  close: () => Promise<void>;
}

/** Starts `node apps/server/src/main.ts` as `role` with node id `nodeId`. */
export async function startFederationNode(
  role: NodeRole,
  nodeId: string,
  env: Record<string, string> = {},
): Promise<FederationTestNode> {
  const database = await createTestDatabase();
  const dataDir = await mkdtemp(join(tmpdir(), `shuan-fed-${role}-`));
  // Kept for restarts: the same port (children know their parent by URL), database and folder.
  const serverEnv: Record<string, string> = {
    SHUAN_PORT: String(await freePort()),
    DATABASE_URL: database.url,
    SHUAN_DATA_DIR: dataDir,
    SHUAN_ROLE: role,
    SHUAN_NODE_ID: nodeId,
    SHUAN_ADMIN_PASSWORD: TEST_ADMIN_PASSWORD,
    SHUAN_DEMO_SOURCE: 'false',
    SHUAN_LOG_LEVEL: 'warn',
    SHUAN_FEDERATION_SYNC_SECONDS: '1',
    SHUAN_FEDERATION_VERIFY_WORKERS: '1',
    ...env,
  };
  let started: ServerProcess | undefined;
  // A port chosen free can be taken by another test's server before ours binds it: then
  // ours exits (EADDRINUSE) and the next attempt takes another port.
  for (let attempt = 1; started === undefined; attempt++) {
    try {
      started = await spawnServer(serverEnv);
    } catch (error) {
      if (attempt < 3 && /EADDRINUSE/.test(String(error))) {
        serverEnv.SHUAN_PORT = String(await freePort());
        continue;
      }
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
      throw error;
    }
  }
  let running = true;
  const pool = new pg.Pool({ connectionString: database.url, max: 4 });
  // pool.end() resolves before its sockets are closed, so the drop (WITH FORCE) can still
  // terminate one: an idle client's error must not become an uncaught exception.
  pool.on('error', () => undefined);
  // The log of whichever process runs now (restarts replace it).
  const output = (): string => node.process.output();
  const admin = await loginOverHttp(started.url, 'admin', TEST_ADMIN_PASSWORD, output);
  const node: FederationTestNode = {
    nodeId,
    url: started.url,
    process: started,
    database,
    pool,
    dataDir,
    admin,
    identity: async () =>
      JSON.parse(await readFile(join(dataDir, NODE_IDENTITY_FILE), 'utf8')) as {
        nodeId: string;
        publicKey: string;
        privateKey: string;
      },
    kill9: async () => {
      running = false;
      await node.process.kill9();
    },
    stop: async () => {
      running = false;
      await node.process.stop();
    },
    restart: async () => {
      if (running) await node.process.stop();
      node.process = await spawnServer(serverEnv);
      running = true;
    },
    close: async () => {
      if (running) await node.process.stop().catch(() => undefined);
      await pool.end();
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  return node;
}

/** What {@link startFederationNode} takes: role, node id and extra environment. */
export type FederationNodeSpec = readonly [
  role: NodeRole,
  nodeId: string,
  env?: Record<string, string>,
];

/**
 * Starts one node per spec, in parallel; the nodes in the specs' order. If any fails to start,
 * closes those that did before rethrowing the first failure: a test's `after` only sees the
 * nodes `before` assigned, so a half-started set would leak processes and databases.
 */
export async function startFederationNodes<const Specs extends readonly FederationNodeSpec[]>(
  specs: Specs,
): Promise<{ -readonly [K in keyof Specs]: FederationTestNode }> {
  const results = await Promise.allSettled(
    specs.map(([role, nodeId, env]) => startFederationNode(role, nodeId, env)),
  );
  const failed = results.find((result) => result.status === 'rejected');
  const started = results.flatMap((result) =>
    result.status === 'fulfilled' ? [result.value] : [],
  );
  if (failed !== undefined) {
    await Promise.allSettled(started.map((node) => node.close()));
    throw failed.reason;
  }
  return started as { -readonly [K in keyof Specs]: FederationTestNode };
}

/**
 * Closes every node given (undefined ones are those a test never started), in parallel; one
 * failing close does not keep the others open. Rethrows the first failure once all are done.
 */
export async function closeFederationNodes(
  ...nodes: (FederationTestNode | undefined)[]
): Promise<void> {
  const results = await Promise.allSettled(
    nodes.flatMap((node) => (node === undefined ? [] : [node.close()])),
  );
  const failed = results.find((result) => result.status === 'rejected');
  if (failed !== undefined) throw failed.reason;
}

/** Polls `probe` every 100 ms until it returns a value other than undefined (or times out). */
export async function eventually<T>(
  probe: () => Promise<T | undefined>,
  what: string,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
