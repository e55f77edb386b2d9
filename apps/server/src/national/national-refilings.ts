import type { NationalRefilingsSchema } from '@shuan/contracts';
import type { SenderRefilingCounts } from '@shuan/db';
import { findIndustryDivision } from '@shuan/tools';
import type { z } from 'zod';
import {
  refilingTotals,
  zeroRefilingTotals,
  type RefilingTotals,
} from '../rollups/compute-refiling-rollup.ts';

type NationalRefilings = z.infer<typeof NationalRefilingsSchema>;

/** Each reporting province's re-filings by status; a province absent did not report them. */
export function refilingsBySender(
  rows: readonly SenderRefilingCounts[],
): Map<string, RefilingTotals> {
  return new Map(rows.map((row) => [row.sender, refilingTotals(row.counts)]));
}

/**
 * The national re-filing figures over the provinces in `senders` (the ministry's children)
 * whose latest rollup carries re-filings: totals by status, and by industry (GB/T 4754
 * division), the industries with the most overdue first. A pure function.
 */
export function buildNationalRefilings(
  rows: readonly SenderRefilingCounts[],
  senders: ReadonlySet<string>,
): NationalRefilings {
  const reporting = rows.filter((row) => senders.has(row.sender));
  const totals = zeroRefilingTotals();
  const industries = new Map<string, RefilingTotals>();
  for (const row of reporting) {
    refilingTotals(row.counts, totals);
    for (const count of row.counts) {
      const industry = industries.get(count.industry) ?? zeroRefilingTotals();
      refilingTotals([count], industry);
      industries.set(count.industry, industry);
    }
  }
  return {
    reporting: reporting.length,
    totals,
    byIndustry: [...industries]
      .map(([code, counts]) => {
        const division = findIndustryDivision(code.slice(0, 3));
        return { code, name: division?.name ?? code, nameEn: division?.nameEn ?? code, ...counts };
      })
      .sort(
        (a, b) => b.overdue - a.overdue || b.pending - a.pending || a.code.localeCompare(b.code),
      ),
  };
}
