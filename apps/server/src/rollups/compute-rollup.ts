import type { MessagePayload } from '@shuan/contracts';
import { deadlineState, filingDeadlines, type Level } from '@shuan/core';
import { FILING_CALENDAR } from '../filings/filing-clock.ts';
import type { RollupCountJson, RollupSourceRow } from '@shuan/db';
import { findIndustryDivision } from '@shuan/tools';

type RollupStatus = RollupCountJson['status'];
const LEVEL_RANK: Record<Level, number> = { general: 0, important: 1, core: 2 };

/**
 * The grade of a filing: the highest level among the items it carries (a full filing's
 * items, a change filing's added and changed items); `general` when it carries none.
 */
export function filingLevel(payload: unknown): Level {
  const body = payload as {
    items?: { level?: Level }[];
    added?: { level?: Level }[];
    changed?: { level?: Level }[];
  };
  let level: Level = 'general';
  for (const item of [...(body.items ?? []), ...(body.added ?? []), ...(body.changed ?? [])]) {
    if (item.level !== undefined && LEVEL_RANK[item.level] > LEVEL_RANK[level]) level = item.level;
  }
  return level;
}

/**
 * The rollup status of a filing from its state on the province: `received` counts as
 * `submitted`, or `overdue` once the 20-working-day review period (Measures Art. 12) has
 * passed without a decision; `accepted` and `returned` as they are.
 */
export function rollupStatus(state: string, receivedAt: Date, today: Date): RollupStatus {
  if (state === 'accepted' || state === 'returned') return state;
  const reviewBy = filingDeadlines({ submittedOn: receivedAt }, FILING_CALENDAR).reviewBy;
  return reviewBy !== undefined && deadlineState(reviewBy, today, FILING_CALENDAR) === 'overdue'
    ? 'overdue'
    : 'submitted';
}

/** `C31` from a registry division (`31`) or a filing's code (`C31`, `c31`); else as given. */
export function industryOf(code: string | null | undefined, fallback: string): string {
  for (const candidate of [code, fallback]) {
    if (candidate === null || candidate === undefined) continue;
    const division = findIndustryDivision(candidate.length > 3 ? candidate.slice(0, 3) : candidate);
    if (division !== undefined) return `${division.section.code}${division.code}`;
  }
  return /^[A-T](\d{2,4})?$/.test(fallback) ? fallback : 'T';
}

/**
 * The province's rollup (`rollup.report`) from one row per enterprise (its latest filing
 * that is not withdrawn): one count per industry (GB/T 4754 division with its section),
 * region (GB/T 2260, the registry's when the enterprise is registered), level (the filing's
 * highest item level) and status. Counts are filings; a pure function, tested on its own.
 */
export function computeRollup(input: {
  region: string;
  asOf: Date;
  enterprises: number;
  rows: readonly RollupSourceRow[];
}): MessagePayload<'rollup.report'> {
  const counts = new Map<string, RollupCountJson>();
  for (const row of input.rows) {
    const enterprise = (row.payload as { enterprise?: { region?: string; industry?: string } })
      .enterprise;
    const industry = industryOf(row.registryIndustry, enterprise?.industry ?? '');
    const region = row.registryRegion ?? enterprise?.region ?? input.region;
    const level = filingLevel(row.payload);
    const status = rollupStatus(row.state, row.receivedAt, input.asOf);
    const key = `${industry}|${region}|${level}|${status}`;
    const count = counts.get(key) ?? { industry, region, level, status, count: 0 };
    count.count += 1;
    counts.set(key, count);
  }
  return {
    region: input.region,
    asOf: input.asOf.toISOString(),
    enterprises: input.enterprises,
    counts: [...counts.values()].sort((a, b) =>
      `${a.industry}|${a.region}|${a.level}|${a.status}`.localeCompare(
        `${b.industry}|${b.region}|${b.level}|${b.status}`,
      ),
    ),
  };
}

/**
 * The province's own region: the province-level code (`320000`) that most registered
 * enterprises share; `000000` for an empty registry (the ministry then goes by the
 * enrollment scope it issued).
 */
export function provinceRegion(
  registryRegions: readonly string[],
  filingRegions: readonly string[],
): string {
  const tally = new Map<string, number>();
  for (const code of registryRegions.length > 0 ? registryRegions : filingRegions) {
    const province = `${code.slice(0, 2)}0000`;
    tally.set(province, (tally.get(province) ?? 0) + 1);
  }
  let best = '000000';
  let most = 0;
  for (const [code, n] of tally) if (n > most) [best, most] = [code, n];
  return best;
}
