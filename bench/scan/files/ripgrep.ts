/**
 * Baseline of goal 3: ripgrep counting lines that match the same four patterns the scanner
 * looks for (`rg -c --no-ignore -e … <folder>`; `--no-ignore` because the repository's
 * .gitignore lists `*.log`), on its default threads. The patterns are ASCII-only
 * (`(?-u)`: ASCII `\b` and digits, as in JavaScript): with Unicode word boundaries ripgrep 13's
 * DFA gives up on Chinese text and runs ~20× slower, which would flatter us.
 */
import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { nowMs } from '../lib/measure.ts';

/** The patterns, equivalent to the recognizers' shapes (checksums aside). */
export const RG_PATTERNS: Record<string, string> = {
  id_card: String.raw`(?-u)\b[1-9][0-9]{5}(?:18|19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx]\b`,
  mobile: String.raw`(?-u)\b1[3-9][0-9]{9}\b`,
  email: String.raw`(?-u)[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}`,
  bank_card: String.raw`(?-u)\b62[0-9]{14,17}\b`,
};

/** The data files of the folder (not the marker) and their total size. */
export async function listFiles(dir: string): Promise<{ paths: string[]; bytes: number }> {
  const names = (await readdir(dir)).filter((n) => !n.startsWith('.')).sort();
  const paths = names.map((n) => join(dir, n));
  let bytes = 0;
  for (const p of paths) bytes += (await stat(p)).size;
  return { paths, bytes };
}

/** Reads every file once so both contenders find them in the page cache. */
export async function warmPageCache(paths: readonly string[]): Promise<void> {
  for (const p of paths) {
    for await (const _chunk of createReadStream(p, { highWaterMark: 1 << 20 })) {
      // reading is the point
    }
  }
}

/** Runs `rg -c` over the folder; returns wall time and matching lines. */
export function runRipgrep(dir: string, threads?: number): Promise<{ ms: number; lines: number }> {
  const args = [
    ...(threads === undefined ? [] : ['-j', String(threads)]),
    '-c',
    '--no-messages',
    '--no-ignore',
    ...Object.values(RG_PATTERNS).flatMap((p) => ['-e', p]),
    dir,
  ];
  return new Promise((resolve, reject) => {
    const start = nowMs();
    const child = spawn('rg', args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = nowMs() - start;
      if (code !== 0 && code !== 1) {
        reject(new Error(`rg exited ${String(code)}`));
        return;
      }
      const lines = out
        .split('\n')
        .filter(Boolean)
        .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(':') + 1)), 0);
      resolve({ ms, lines });
    });
  });
}
