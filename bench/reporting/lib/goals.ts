/** The goals of one endpoint (issue #5 §6): p95 under load, and the ratio to raw SQL. */
import type { LoadResult } from '../../server/lib/load.ts';
import { fmt, type Goal } from '../../server/lib/report.ts';
import type { BaselineResult } from './baseline.ts';
import type { SequentialResult } from './sequential.ts';
import type { ViewCase } from './views.ts';

const P95_TARGET_MS = 200;
const RATIO_TARGET = 10;

export function goalsOf(
  label: string,
  item: ViewCase,
  result: LoadResult,
  single: SequentialResult,
  baseline: BaselineResult | undefined,
): Goal[] {
  const failed = result.non2xx + result.errors + single.failed;
  const note = failed === 0 ? undefined : `${fmt(failed)} requests failed or timed out`;
  const goals: Goal[] = [
    {
      title: `${item.name} [${label}]: p95`,
      figure: `${fmt(result.p95Ms, 1)} ms (p50 ${fmt(result.p50Ms, 1)} ms, ${fmt(result.rps)} req/s)`,
      target: `< ${String(P95_TARGET_MS)} ms`,
      pass: failed === 0 && result.p95Ms < P95_TARGET_MS,
      ...(note !== undefined && { note }),
    },
  ];
  if (baseline !== undefined) {
    // Like with like: both unloaded, one at a time (the view end to end over HTTP).
    const ratio = baseline.medianMs / single.medianMs;
    goals.push({
      title: `${item.name} [${label}]: vs raw SQL`,
      figure: `raw SQL ${fmt(baseline.medianMs, 1)} ms ÷ view ${fmt(single.medianMs, 1)} ms (both unloaded, medians) = ${fmt(ratio, 1)}×; raw ÷ view p95 under load = ${fmt(baseline.medianMs / result.p95Ms, 1)}×`,
      target: `≥ ${String(RATIO_TARGET)}×`,
      pass: failed === 0 && ratio >= RATIO_TARGET,
    });
  }
  return goals;
}
