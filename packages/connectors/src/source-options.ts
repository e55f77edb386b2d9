import type { FileSweeper } from './files/sweep-port.ts';

/** Options of `openSource` and of every reader it opens. */
export interface OpenSourceOptions {
  /**
   * Whole-file sweeper for file and folder sources (`createTextSweeper()` of `@shuan/tools`):
   * counts validated sensitive values over every row, beyond the sample. Databases ignore it.
   */
  sweeper?: FileSweeper;
  /** Longest a single statement may run, in milliseconds (default 30 000). */
  statementTimeoutMs?: number;
  /** Tables sampled at once, and so connections opened (default 4). */
  concurrency?: number;
  /** Longest to wait for a connection, in milliseconds (default 10 000). */
  connectTimeoutMs?: number;
}

/** {@link OpenSourceOptions} with every default filled in and every number sane. */
export interface ResolvedSourceOptions {
  statementTimeoutMs: number;
  concurrency: number;
  connectTimeoutMs: number;
}

/** Fills in defaults; non-positive or non-finite numbers fall back to the default. */
export function resolveSourceOptions(options: OpenSourceOptions = {}): ResolvedSourceOptions {
  const pick = (value: number | undefined, fallback: number): number =>
    value !== undefined && Number.isFinite(value) && value >= 1 ? Math.floor(value) : fallback;
  return {
    statementTimeoutMs: pick(options.statementTimeoutMs, 30_000),
    concurrency: Math.min(pick(options.concurrency, 4), 32),
    connectTimeoutMs: pick(options.connectTimeoutMs, 10_000),
  };
}
