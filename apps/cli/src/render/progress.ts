import cliProgress from 'cli-progress';
import type { ScanProgress } from '@shuan/core';

/** Reports scan progress; `stop` clears whatever it drew. */
export interface ProgressReporter {
  onProgress(progress: ScanProgress): void;
  stop(): void;
}

/** Widest table name shown beside the bar; longer names keep their end. */
const NAME_WIDTH = 32;

/**
 * A progress bar on `stream` while tables are scanned, drawn only when the stream is a
 * terminal; otherwise a reporter that prints nothing, so pipes and logs stay clean.
 */
export function createProgress(stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  if (!stream.isTTY) return { onProgress: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: '扫描 Scanning [{bar}] {value}/{total} 表 tables  {table}',
      barsize: 24,
      hideCursor: true,
      clearOnComplete: true,
      linewrap: false,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    onProgress({ done, total, table }) {
      const payload = { table: shorten(table) };
      if (!started) {
        bar.start(total, done, payload);
        started = true;
      } else {
        bar.update(done, payload);
      }
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}

function shorten(name: string): string {
  return name.length <= NAME_WIDTH ? name : `…${name.slice(-(NAME_WIDTH - 1))}`;
}
