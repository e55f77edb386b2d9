import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { listensOn } from './ports.ts';

/** The real server program, as `npm start` runs it. */
export const SERVER_MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));

/** A server program running as a child process. */
export interface ServerProcess {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  pid: number;
  /** Everything it printed so far (stdout and stderr), for failure messages. */
  output: () => string;
  /** `kill -9`: no handler runs, nothing is flushed or closed. Resolves once it is gone. */
  kill9: () => Promise<void>;
  /** SIGTERM (graceful shutdown); resolves with its exit code once it is gone. */
  stop: () => Promise<number | null>;
}

/** Children still running, killed when the test process exits whatever happened. */
const live = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

/**
 * The environment of a child server: ours without any `SHUAN_*`, `DATABASE_URL` or test
 * runner variable (so the test decides every setting), plus `env`.
 */
function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(
    ([key]) => !key.startsWith('SHUAN_') && key !== 'DATABASE_URL' && key !== 'NODE_TEST_CONTEXT',
  );
  return { ...Object.fromEntries(inherited), ...env };
}

/** Resolves once the child has exited and its output is fully read ('close'). */
function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('close', (code) => {
      resolve(code);
    });
  });
}

/**
 * Starts `node apps/server/src/main.ts` with `env` (which must set `SHUAN_PORT`) and waits
 * until `/readyz` answers 200. Rejects with the server's output if it exits first, or when
 * `signal` (the test's) aborts — the child is then killed.
 */
export async function spawnServer(
  env: Record<string, string>,
  signal?: AbortSignal,
): Promise<ServerProcess> {
  const port = env.SHUAN_PORT;
  if (port === undefined || port === '0') throw new Error('spawnServer needs a fixed SHUAN_PORT');
  const child = spawn(process.execPath, [SERVER_MAIN], {
    env: childEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  const exited = exitOf(child).then((code) => {
    live.delete(child);
    return code;
  });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await exited;
      throw new Error(`server exited before it was ready:\n${output}`);
    }
    if (signal?.aborted === true) {
      child.kill('SIGKILL');
      signal.throwIfAborted();
    }
    const ready = await fetch(`${url}/readyz`).then(
      (response) => response.status === 200,
      () => false,
    );
    // Another test's server may have taken the port between choosing and binding it; its
    // answer must not count as ours (ours then exits with EADDRINUSE, reported above).
    if (ready && (await listensOn(child.pid, Number(port)))) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    pid: child.pid ?? 0,
    output: () => output,
    kill9: async () => {
      child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}
