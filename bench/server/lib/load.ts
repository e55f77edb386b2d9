/**
 * Load generation with autocannon (programmatic API). autocannon reports p97.5 but not p95,
 * so every response time is collected from its `response` events and the percentiles are
 * computed here; requests/s is completed 2xx responses over the measured seconds.
 */
import { createRequire } from 'node:module';
import type { CpuSplit } from './cpu.ts';

/** What one load run measured. */
export interface LoadResult {
  /** 2xx responses per second. */
  rps: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  /** Responses that were not 2xx, and socket errors / timeouts. */
  non2xx: number;
  errors: number;
  /** Mean response body size, bytes. */
  meanBytes: number;
  /** Where the CPU went during the run (filled in by the caller). */
  cpu?: CpuSplit;
}

interface AutocannonOptions {
  url: string;
  connections: number;
  duration: number;
  headers?: Record<string, string>;
}

interface AutocannonResult {
  errors: number;
  timeouts: number;
}

interface AutocannonInstance {
  on: (
    event: 'response',
    listener: (client: unknown, statusCode: number, bytes: number, ms: number) => void,
  ) => void;
}

type Autocannon = (
  options: AutocannonOptions,
  done: (error: Error | null, result: AutocannonResult) => void,
) => AutocannonInstance;

// autocannon ships no types; this is the part of its API the bench uses.
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

/** Runs `connections` clients against `url` for `seconds`. */
export function load(
  url: string,
  options: { connections: number; seconds: number; headers?: Record<string, string> },
): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const times: number[] = [];
    let non2xx = 0;
    let bytes = 0;
    const started = performance.now();
    const instance = autocannon(
      {
        url,
        connections: options.connections,
        duration: options.seconds,
        ...(options.headers !== undefined && { headers: options.headers }),
      },
      (error, result) => {
        if (error !== null) {
          reject(error);
          return;
        }
        const seconds = (performance.now() - started) / 1000;
        const sorted = Float64Array.from(times).sort();
        resolve({
          rps: times.length / seconds,
          p50Ms: percentile(sorted, 50),
          p95Ms: percentile(sorted, 95),
          p99Ms: percentile(sorted, 99),
          non2xx,
          errors: result.errors + result.timeouts,
          meanBytes: times.length === 0 ? 0 : bytes / times.length,
        });
      },
    );
    instance.on('response', (_client, statusCode, size, ms) => {
      if (statusCode >= 200 && statusCode < 300) {
        times.push(ms);
        bytes += size;
      } else {
        non2xx += 1;
      }
    });
  });
}
