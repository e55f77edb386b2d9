/**
 * The server under test, started as its own process (`node apps/server/src/main.ts`) so that
 * its memory is its own: the bench's load generator and seeding never count against it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, listensOn } from '../../../apps/server/src/testing/ports.ts';

const MAIN = fileURLToPath(new URL('../../../apps/server/src/main.ts', import.meta.url));

/** The password of the bench's first admin (`SHUAN_ADMIN_PASSWORD`). */
export const BENCH_ADMIN_PASSWORD = 'bench-Admin-2026!';

/** A running server child. */
export interface ServerProcess {
  pid: number;
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** The database it runs on. */
  databaseUrl: string;
  /** Peak resident memory of the server process so far (VmHWM of /proc/<pid>/status), MB. */
  peakRssMb: () => Promise<number>;
  /** Current resident memory (VmRSS), MB. */
  rssMb: () => Promise<number>;
  /** SIGTERM (graceful stop), SIGKILL after 30 s; removes the data folder. */
  stop: () => Promise<void>;
}

/** Synchronous on purpose (see threadSnapshot in bench/federation/lib/threads.ts). */
function procStatusMb(pid: number, field: 'VmHWM' | 'VmRSS'): Promise<number> {
  try {
    const status = readFileSync(`/proc/${String(pid)}/status`, 'utf8');
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return Promise.resolve(match?.[1] === undefined ? 0 : Number(match[1]) / 1024);
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else
      child.once('exit', () => {
        resolve();
      });
  });
}

/**
 * Starts the server on `databaseUrl` and waits until `/readyz` answers 200 (up to 2 min).
 * `nodeArgs` go before the script (e.g. `--cpu-prof`).
 */
export async function startServer(
  databaseUrl: string,
  nodeArgs: readonly string[] = [],
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'shuan-bench-server-'));
  const child = spawn(process.execPath, [...nodeArgs, MAIN], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      SHUAN_PORT: String(port),
      SHUAN_HOST: '127.0.0.1',
      SHUAN_DATA_DIR: dataDir,
      SHUAN_ADMIN_PASSWORD: BENCH_ADMIN_PASSWORD,
      SHUAN_LOG_LEVEL: 'warn',
      SHUAN_DEMO_SOURCE: 'false',
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('服务进程未启动 / the server process did not start');
  const url = `http://127.0.0.1:${String(port)}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`服务进程退出 / the server exited with code ${String(child.exitCode)}`);
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ready && (await listensOn(pid, port))) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error('服务 2 分钟内未就绪 / the server was not ready within 2 min');
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    pid,
    url,
    databaseUrl,
    peakRssMb: () => procStatusMb(pid, 'VmHWM'),
    rssMb: () => procStatusMb(pid, 'VmRSS'),
    stop: async () => {
      const done = exited(child);
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await done;
      clearTimeout(timer);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
