import {
  MAX_ROLLUP_OVERDUE_REFILINGS,
  type MessagePayload,
  type ROLLUP_REFILING_STATUSES,
} from '@shuan/contracts';
import { toDay } from '@shuan/core';
import type { RefilingRollupSourceRow } from '@shuan/db';
import { stateOf } from '../filings/filing-clock.ts';
import { industryOf } from './compute-rollup.ts';

/** The re-filing section of `rollup.report`. */
export type RollupRefilings = NonNullable<MessagePayload<'rollup.report'>['refilings']>;
type RefilingStatus = (typeof ROLLUP_REFILING_STATUSES)[number];

/**
 * Where one obligation stands for the ministry on `today`: an open one is `pending` until its
 * last day has passed, then `overdue` (the province list's rule); an answered one is
 * `refiled-on-time` when the answering filing reached the province on or before the last day
 * (China day), else `refiled-late`.
 */
export function refilingRollupStatus(
  row: Pick<RefilingRollupSourceRow, 'state' | 'refileBy' | 'refiledAt'>,
  today: Date,
): RefilingStatus {
  if (row.state === 'open') {
    return stateOf(row.refileBy, today) === 'overdue' ? 'overdue' : 'pending';
  }
  const answered = row.refiledAt === null ? toDay(today) : toDay(row.refiledAt);
  return answered <= row.refileBy ? 'refiled-on-time' : 'refiled-late';
}

/**
 * The province's re-filings for its rollup, from the obligations it holds (one row each, open
 * or answered): counts by industry (GB/T 4754 division with its section, the registry's when
 * the enterprise is registered) and status, and the overdue enterprises, earliest last day
 * first, at most {@link MAX_ROLLUP_OVERDUE_REFILINGS} (the counts keep the full number). Counts
 * are obligations: an enterprise that changed its catalog twice after two accepted filings
 * counts twice. A pure function, tested on its own.
 */
export function computeRefilingRollup(
  rows: readonly RefilingRollupSourceRow[],
  asOf: Date,
): RollupRefilings {
  const counts = new Map<string, RollupRefilings['counts'][number]>();
  const overdue: RollupRefilings['overdue'] = [];
  for (const row of rows) {
    const industry = industryOf(row.registryIndustry, row.industryCode);
    const status = refilingRollupStatus(row, asOf);
    const key = `${industry}|${status}`;
    const count = counts.get(key) ?? { industry, status, count: 0 };
    count.count += 1;
    counts.set(key, count);
    if (status === 'overdue') {
      overdue.push({
        enterprise: {
          uscc: row.uscc,
          name: row.name,
          region: row.registryRegion ?? row.regionCode,
          industry,
        },
        changedAt: row.changedAt.toISOString(),
        refileBy: row.refileBy,
      });
    }
  }
  overdue.sort(
    (a, b) =>
      a.refileBy.localeCompare(b.refileBy) || a.enterprise.uscc.localeCompare(b.enterprise.uscc),
  );
  return {
    counts: [...counts.values()].sort((a, b) =>
      `${a.industry}|${a.status}`.localeCompare(`${b.industry}|${b.status}`),
    ),
    overdue: overdue.slice(0, MAX_ROLLUP_OVERDUE_REFILINGS),
  };
}

/** Obligations by status, as the ministry's views show them. */
export interface RefilingTotals {
  pending: number;
  overdue: number;
  refiledOnTime: number;
  refiledLate: number;
}

const TOTAL_KEYS: Record<RefilingStatus, keyof RefilingTotals> = {
  pending: 'pending',
  overdue: 'overdue',
  'refiled-on-time': 'refiledOnTime',
  'refiled-late': 'refiledLate',
};

/** Zero obligations of each status. */
export function zeroRefilingTotals(): RefilingTotals {
  return { pending: 0, overdue: 0, refiledOnTime: 0, refiledLate: 0 };
}

/** Sums a rollup's re-filing counts per status (into `into` when given). */
export function refilingTotals(
  counts: readonly { status: RefilingStatus; count: number }[],
  into: RefilingTotals = zeroRefilingTotals(),
): RefilingTotals {
  for (const count of counts) into[TOTAL_KEYS[count.status]] += count.count;
  return into;
}
