/**
 * A diagnostic beside goal 3: the tools' text sweeper alone over the same files (read as
 * UTF-8 in 4 MB chunks cut at the last newline, `sweeper.count` on each), one thread. Shows
 * how much of the folder scan's time is the sweep itself and how much the reader around it.
 * The partial line after the cut is carried as bytes into the next read, so each string is
 * decoded flat, as the folder reader does: a string built as `carry + chunk` is a rope that
 * V8 flattens on first access, which costs a copy and slows every `charCodeAt` after.
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
  const count = (text: string): void => {
    for (const n of Object.values(sweeper.count(text))) hits += n;
  };
  let buf = Buffer.allocUnsafe(CHUNK);
  for (const path of paths) {
    const file = await open(path, 'r');
    try {
      let carry = 0;
      for (;;) {
        if (carry === buf.length) {
          const bigger = Buffer.allocUnsafe(buf.length * 2);
          buf.copy(bigger, 0, 0, carry);
          buf = bigger;
        }
        const { bytesRead } = await file.read(buf, carry, buf.length - carry, null);
        const filled = carry + bytesRead;
        if (bytesRead === 0) {
          if (filled > 0) count(buf.toString('utf8', 0, filled));
          break;
        }
        const cut = buf.lastIndexOf(10, filled - 1) + 1;
        if (cut === 0) {
          carry = filled;
          continue;
        }
        count(buf.toString('utf8', 0, cut));
        buf.copyWithin(0, cut, filled);
        carry = filled - cut;
      }
    } finally {
      await file.close();
    }
  }
  return { ms: nowMs() - start, hits };
}
