/**
 * Starts the real enterprise node for browser tests: a fresh database in the machine's
 * PostgreSQL (E2E_PG_URL, default postgres://postgres@127.0.0.1:5432), a free port, a temp
 * data folder and a known admin password. `stop()` shuts the server down gracefully and
 * drops the database.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import pg from 'pg';
import { freePort, listensOn } from '../../apps/server/src/testing/ports.ts';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const ADMIN_PASSWORD = 'e2e-admin-pass-2026';

export interface RunningServer {
  baseUrl: string;
  /** The node's database, for tests that seed what other nodes would have sent. */
  databaseUrl: string;
  dataDir: string;
  stop: () => Promise<void>;
  log: () => string;
}

async function admin<T>(pgUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: `${pgUrl}/postgres` });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function waitReady(baseUrl: string, child: ChildProcess, log: () => string): Promise<void> {
  const port = Number(new URL(baseUrl).port);
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${log()}`);
    try {
      const res = await fetch(`${baseUrl}/readyz`);
      if (res.ok && (await listensOn(child.pid, port))) return;
    } catch {
      // not listening yet
    }
    await delay(250);
  }
  throw new Error(`server not ready after 60 s:\n${log()}`);
}

function waitExit(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((ok) =>
    child.once('exit', () => {
      ok();
    }),
  );
}

/** Start `node apps/server/src/main.ts` against a new database; the web app must be built. */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  if (!existsSync(join(REPO_ROOT, 'apps/web/dist/index.html'))) {
    throw new Error(
      'apps/web/dist is missing: run `npm run web:build` first (npm run test:e2e does)',
    );
  }
  const pgUrl = (process.env['E2E_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432').replace(
    /\/$/,
    '',
  );
  const database = `shuan_e2e_${String(process.pid)}_${String(Date.now())}`;
  await admin(pgUrl, (client) => client.query(`CREATE DATABASE ${database}`));
  const dataDir = await mkdtemp(join(tmpdir(), 'shuan-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${String(port)}`;
  let output = '';
  const child = spawn(process.execPath, ['apps/server/src/main.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      DATABASE_URL: `${pgUrl}/${database}`,
      SHUAN_PORT: String(port),
      SHUAN_HOST: '127.0.0.1',
      SHUAN_DATA_DIR: dataDir,
      SHUAN_ADMIN_PASSWORD: ADMIN_PASSWORD,
      SHUAN_LOG_LEVEL: 'warn',
      // e.g. SHUAN_ROLE=ministry for the national view
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const log = () => output;

  const stop = async () => {
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await waitExit(child);
    clearTimeout(killer);
    await admin(pgUrl, (client) =>
      client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`),
    );
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    await waitReady(baseUrl, child, log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, databaseUrl: `${pgUrl}/${database}`, dataDir, stop, log };
}
