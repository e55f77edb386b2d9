/** Printing of the bench: one log line per step, and the summary with PASS/FAIL and ratios. */
import { describeSplit } from './cpu.ts';
import type { LoadResult } from './load.ts';

/** One goal line of the summary. */
export interface Goal {
  title: string;
  /** The figure as printed, with its unit (and baseline/ratio when relative). */
  figure: string;
  target: string;
  pass: boolean;
  note?: string;
}

/** Formats a number with thousands separators and `digits` decimals. */
export function fmt(value: number, digits = 0): string {
  if (!Number.isFinite(value)) return '—';
  return value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** Prints one line of progress. */
export function log(message: string): void {
  process.stdout.write(`[server] ${message}\n`);
}

/** A load result in one line. */
export function describeLoad(result: LoadResult): string {
  const failures =
    result.non2xx + result.errors > 0
      ? `, ${fmt(result.non2xx)} non-2xx, ${fmt(result.errors)} errors`
      : '';
  const cpu = result.cpu === undefined ? '' : `; ${describeSplit(result.cpu)}`;
  return `${fmt(result.rps)} req/s, p50 ${fmt(result.p50Ms, 1)} ms, p95 ${fmt(result.p95Ms, 1)} ms, p99 ${fmt(result.p99Ms, 1)} ms, ${fmt(result.meanBytes / 1024, 1)} KiB/resp${failures}${cpu}`;
}

/** Prints the summary: facts first, then every goal with its verdict. */
export function printSummary(facts: readonly string[], goals: readonly Goal[]): void {
  const lines = ['', '=== 汇总 / summary ==='];
  for (const fact of facts) lines.push(`   ${fact}`);
  for (const goal of goals) {
    lines.push(
      `   [${goal.pass ? 'PASS' : 'FAIL'}] ${goal.title}: ${goal.figure} (目标 / target ${goal.target})`,
    );
    if (goal.note !== undefined) lines.push(`      ${goal.note}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}
