/**
 * A diagnostic beside goal 3: the tools' text sweeper alone over the same files (read as
 * UTF-8 in 4 MB chunks cut at a newline, `sweeper.count` on each), one thread. Shows how much
 * of the folder scan's time is the sweep itself and how much the reader around it.
 */
import { open } from 'node:fs/promises';
import { nowMs } from '../lib/measure.ts';
import type { TextSweeper } from '../lib/subjects.ts';

const CHUNK = 4 * 1024 * 1024;

/** Sweeps every file; returns wall time and the hits counted. */
export async function sweepFiles(
  paths: readonly string[],
  sweeper: TextSweeper,
): Promise<{ ms: number; hits: number }> {
  const start = nowMs();
  let hits = 0;
  const buf = Buffer.allocUnsafe(CHUNK);
  for (const path of paths) {
    const file = await open(path, 'r');
    try {
      let carry = '';
      for (;;) {
        const { bytesRead } = await file.read(buf, 0, CHUNK, null);
        if (bytesRead === 0) break;
        let end = buf.lastIndexOf(10, bytesRead - 1);
        if (end < 0) end = bytesRead - 1;
        const text = carry + buf.toString('utf8', 0, end + 1);
        carry = buf.toString('utf8', end + 1, bytesRead);
        for (const n of Object.values(sweeper.count(text))) hits += n;
      }
      if (carry.length > 0) for (const n of Object.values(sweeper.count(carry))) hits += n;
    } finally {
      await file.close();
    }
  }
  return { ms: nowMs() - start, hits };
}
