import type { OverdueRefilingSchema } from '@shuan/contracts';
import { toDay } from '@shuan/core';
import type { OverdueRefilingRow } from '@shuan/db';
import { findIndustryDivision, findRegion } from '@shuan/tools';
import type { z } from 'zod';

const DAY_MS = 86_400_000;

/** Calendar days from `dueBy` to the China day of `now` (0 when not past). */
function daysPast(dueBy: string, now: Date): number {
  const days = (Date.parse(toDay(now)) - Date.parse(dueBy)) / DAY_MS;
  return Math.max(0, Math.round(days));
}

/** One overdue re-filing on the ministry's list, with region and industry names. */
export function presentOverdueRefiling(
  row: OverdueRefilingRow,
  now: Date,
): z.infer<typeof OverdueRefilingSchema> {
  const { enterprise, changedAt, refileBy } = row.item;
  const division = findIndustryDivision(enterprise.industry.slice(0, 3));
  return {
    province: row.sender,
    provinceRegion: row.provinceRegion,
    provinceName:
      row.provinceRegion === '000000' ? null : (findRegion(row.provinceRegion)?.name ?? null),
    enterprise,
    regionName: findRegion(enterprise.region)?.name ?? null,
    industryName: division?.name ?? null,
    industryNameEn: division?.nameEn ?? null,
    changedAt,
    refileBy,
    daysOverdue: daysPast(refileBy, now),
    rollupAsOf: row.rollupAsOf.toISOString(),
  };
}
