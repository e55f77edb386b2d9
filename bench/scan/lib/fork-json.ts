/** Runs a bench script in a child process and returns the one message it sends back. */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ScanChildResult } from './scan-child.ts';

/** Forks `script` with `args` and resolves with the message it sends (or rejects). */
export function forkForResult<T>(script: string, args: string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = fork(script, args, { stdio: 'inherit' });
    let result: T | undefined;
    child.on('message', (message) => {
      result = message as T;
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (result === undefined) {
        reject(
          new Error(
            `子进程无结果 / child sent no result (code ${String(code)}, signal ${String(signal)})`,
          ),
        );
      } else resolve(result);
    });
  });
}

/** Runs `lib/scan-child.ts` on `source` (URL or folder) in its own process. */
export function runScanChild(
  source: string,
  sampleRows: number,
  mode: 'scan' | 'reader-only',
): Promise<ScanChildResult> {
  const script = fileURLToPath(new URL('./scan-child.ts', import.meta.url));
  return forkForResult<ScanChildResult>(script, [source, String(sampleRows), mode]);
}
