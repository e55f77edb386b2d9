import type { LabelCode } from '@shuan/core';

/**
 * Where a worker thread can build the same sweeper: the URL of a module and the name of its
 * export, a function of no arguments that returns a {@link FileSweeper}. A sweeper is code,
 * which cannot be posted to a thread; this reference can.
 */
export interface SweeperFactoryRef {
  readonly module: string;
  readonly factory: string;
}

/**
 * What the file readers need of a whole-file sweeper: `createTextSweeper()` of `@shuan/tools`
 * fits this shape. Connectors may not import tools, so the app passes one in. With `worker`,
 * the folder reader sweeps large text files on worker threads, one file per thread.
 */
export interface FileSweeper {
  sweep(text: string, onHit: (code: LabelCode, start: number, end: number) => void): void;
  readonly worker?: SweeperFactoryRef;
}

/** Hits per column index, filled while sweeping. */
export type ColumnHits = Partial<Record<LabelCode, number>>[];

/** Adds one hit of `code` to column `index`. */
export function addHit(hits: ColumnHits, index: number, code: LabelCode): void {
  const column = (hits[index] ??= {});
  column[code] = (column[code] ?? 0) + 1;
}
