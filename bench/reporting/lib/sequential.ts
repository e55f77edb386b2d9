/**
 * The view one request at a time (no concurrency): the time a single request takes end to
 * end over HTTP, comparable with the raw-SQL baseline's time per query (also unloaded).
 * The load runs say what happens under 20 connections; this says what one answer costs.
 */

/** What the sequential requests measured. */
export interface SequentialResult {
  medianMs: number;
  failed: number;
}

/** `count` GETs of `url` one after the other, after `warmup` untimed ones; the median. */
export async function sequential(
  url: string,
  headers: Record<string, string>,
  count: number,
  warmup = 3,
): Promise<SequentialResult> {
  const times: number[] = [];
  let failed = 0;
  for (let i = 0; i < warmup + count; i++) {
    const started = performance.now();
    const response = await fetch(url, { headers });
    await response.arrayBuffer();
    const ms = performance.now() - started;
    if (!response.ok) failed += 1;
    else if (i >= warmup) times.push(ms);
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)] ?? Number.NaN, failed };
}
