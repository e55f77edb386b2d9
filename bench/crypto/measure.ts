/** Timing helpers of the crypto bench: throughput and rate, interleaved against a baseline. */

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const hi = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? hi : ((sorted[mid - 1] ?? 0) + hi) / 2;
}

/** Calls `fn` for at least `ms` milliseconds and returns calls per second. */
export function callsPerSecond(fn: () => unknown, ms: number): number {
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    fn();
    calls += 1;
    elapsed = performance.now() - start;
  }
  return (calls * 1000) / elapsed;
}

/** One subject and its baseline, measured in alternating rounds; medians of calls/s. */
export interface Paired {
  subject: number;
  baseline: number;
}

/**
 * Runs a warm-up of both, then `rounds` rounds alternating subject and baseline, so machine
 * noise (a shared 2-core box) hits both alike; returns the medians.
 */
export function interleaved(
  subject: () => unknown,
  baseline: () => unknown,
  rounds: number,
  ms: number,
): Paired {
  callsPerSecond(subject, ms / 2);
  callsPerSecond(baseline, ms / 2);
  const s: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    s.push(callsPerSecond(subject, ms));
    b.push(callsPerSecond(baseline, ms));
  }
  return { subject: median(s), baseline: median(b) };
}

/** Median calls/s of `fn` over `rounds` rounds after a warm-up. */
export function repeated(fn: () => unknown, rounds: number, ms: number): number {
  callsPerSecond(fn, ms / 2);
  const runs: number[] = [];
  for (let i = 0; i < rounds; i += 1) runs.push(callsPerSecond(fn, ms));
  return median(runs);
}

/** Formats a number with thousands separators and `digits` decimals. */
export function fmt(value: number, digits = 0): string {
  return value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}
