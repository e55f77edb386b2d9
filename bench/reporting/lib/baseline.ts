/**
 * Timing of the raw-SQL baselines: the queries of one view run side by side, each on its
 * own connection (as the server runs a view's rollup queries side by side on its pool);
 * one untimed round, then `rounds` timed rounds; the median wall time counts, and the
 * slowest query of the median round is kept to say what limits it.
 */
import pg from 'pg';

/** What one baseline measured. */
export interface BaselineResult {
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** Per query (in the view's order), its median time. */
  queryMedianMs: number[];
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Times `queries` (run side by side) `rounds` times after one untimed round. */
export async function timeBaseline(
  databaseUrl: string,
  queries: readonly string[],
  rounds: number,
): Promise<BaselineResult> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: queries.length });
  try {
    const round = async (): Promise<{ wall: number; each: number[] }> => {
      const started = performance.now();
      const each = await Promise.all(
        queries.map(async (sql) => {
          const at = performance.now();
          await pool.query(sql);
          return performance.now() - at;
        }),
      );
      return { wall: performance.now() - started, each };
    };
    await round();
    const runs: { wall: number; each: number[] }[] = [];
    for (let i = 0; i < rounds; i++) runs.push(await round());
    const walls = runs.map((run) => run.wall);
    return {
      medianMs: median(walls),
      minMs: Math.min(...walls),
      maxMs: Math.max(...walls),
      queryMedianMs: queries.map((_, index) => median(runs.map((run) => run.each[index] ?? 0))),
    };
  } finally {
    await pool.end();
  }
}
