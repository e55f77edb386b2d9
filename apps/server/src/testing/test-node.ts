import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@shuan/db/testing';
import { loadConfig, type ServerConfig } from '../config.ts';
import { startNode, type RunningNode } from '../node/start-node.ts';

/** A node started in-process on a fresh database, with helpers to call it. */
export interface TestNode {
  node: RunningNode;
  database: TestDatabase;
  dataDir: string;
  adminPassword: string;
  config: ServerConfig;
  /** Signs in and returns the headers later requests need (cookie and CSRF token). */
  login: (username: string, password: string) => Promise<Record<string, string>>;
  /** Stops the node (keeping the database), for restart tests. */
  stopNode: () => Promise<void>;
  /** Stops the node and drops its database and data folder. */
  close: () => Promise<void>;
}

/** Starts a node on `database` (a fresh one by default) without listening on a port. */
export async function startTestNode(
  options: { database?: TestDatabase; dataDir?: string; env?: Record<string, string> } = {},
): Promise<TestNode> {
  const database = options.database ?? (await createTestDatabase());
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'shuan-node-')));
  const config = loadConfig({
    DATABASE_URL: database.url,
    SHUAN_DATA_DIR: dataDir,
    SHUAN_LOG_LEVEL: process.env.SHUAN_TEST_LOG_LEVEL ?? 'silent',
    SHUAN_PORT: '0',
    ...options.env,
  });
  let adminPassword = '';
  const node = await startNode(config, {
    listen: false,
    onAdminPassword: (password) => {
      adminPassword = password;
    },
  });
  let stopped = false;
  const stopNode = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    await node.stop();
  };
  return {
    node,
    database,
    dataDir,
    adminPassword,
    config,
    stopNode,
    login: async (username, password) => {
      const response = await node.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username, password },
      });
      if (response.statusCode !== 200) throw new Error(`login failed: ${response.body}`);
      const cookie = response.cookies.find((c) => c.name === 'shuan_session');
      const body = response.json<{ csrfToken: string }>();
      return { cookie: `shuan_session=${cookie?.value ?? ''}`, 'x-csrf-token': body.csrfToken };
    },
    close: async () => {
      await stopNode();
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
