/**
 * Timing of the federation bench: the wall-clock rate, and the rate per CPU-second of the
 * whole process (all threads, GC included). On a shared machine the wall-clock rate depends
 * on how many cores other work leaves free; the CPU-second rate hardly does, so it tells how
 * many free cores a target rate needs.
 */
import { cpuUsage } from 'node:process';
import { median } from '../crypto/measure.ts';

/** Items per wall-clock second and per CPU-second. */
export interface Rate {
  wall: number;
  cpu: number;
}

function rateOf(count: number, wallMs: number, cpu: NodeJS.CpuUsage): Rate {
  const cpuMs = Math.max((cpu.user + cpu.system) / 1000, 0.001);
  return { wall: (count * 1000) / wallMs, cpu: (count * 1000) / cpuMs };
}

/** Runs `work` once over `count` items (awaiting it) and returns both rates. */
export async function measureRate(work: () => unknown, count: number): Promise<Rate> {
  const cpuBefore = cpuUsage();
  const start = performance.now();
  await work();
  return rateOf(count, performance.now() - start, cpuUsage(cpuBefore));
}

/** Calls `fn` for at least `ms` and returns both rates. */
export function measureCalls(fn: () => unknown, ms: number): Rate {
  const cpuBefore = cpuUsage();
  const start = performance.now();
  let calls = 0;
  let elapsed = 0;
  while (elapsed < ms) {
    fn();
    calls += 1;
    elapsed = performance.now() - start;
  }
  return rateOf(calls, elapsed, cpuUsage(cpuBefore));
}

/** The median of each field over the rounds. */
export function medianRate(rates: readonly Rate[]): Rate {
  return { wall: median(rates.map((r) => r.wall)), cpu: median(rates.map((r) => r.cpu)) };
}
