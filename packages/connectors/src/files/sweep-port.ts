import type { LabelCode } from '@shuan/core';

/**
 * What the file readers need of a whole-file sweeper: `createTextSweeper()` of `@shuan/tools`
 * fits this shape. Connectors may not import tools, so the app passes one in.
 */
export interface FileSweeper {
  sweep(text: string, onHit: (code: LabelCode, start: number, end: number) => void): void;
}

/** Hits per column index, filled while sweeping. */
export type ColumnHits = Partial<Record<LabelCode, number>>[];

/** Adds one hit of `code` to column `index`. */
export function addHit(hits: ColumnHits, index: number, code: LabelCode): void {
  const column = (hits[index] ??= {});
  column[code] = (column[code] ?? 0) + 1;
}
