/**
 * Reading a node's holiday calendar (`SHUAN_HOLIDAYS_FILE`): the State Council's public
 * holidays and make-up working days (调休) of the years the node's deadlines run through, as
 * JSON `{ "holidays": ["2026-10-01", …], "workdays": ["2026-10-10", …] }`. Optional
 * `source`, `status` and `note` strings document where the days come from. Pure: the caller
 * reads the file.
 */
import type { WorkCalendar } from './working-days.ts';
import { isWorkingDay, toDay } from './working-days.ts';

const KNOWN_KEYS = new Set(['holidays', 'workdays', 'source', 'status', 'note']);

function dayProblems(list: unknown, key: string): { days: string[]; problems: string[] } {
  if (list === undefined) return { days: [], problems: [] };
  if (!Array.isArray(list)) {
    return { days: [], problems: [`${key}: 须为日期数组 / must be an array of days`] };
  }
  const days: string[] = [];
  const problems: string[] = [];
  list.forEach((value, index) => {
    try {
      if (typeof value !== 'string') throw new RangeError('not a string');
      days.push(toDay(value));
    } catch {
      problems.push(
        `${key}[${String(index)}]: 不是 YYYY-MM-DD 日期 / not a YYYY-MM-DD day: ${JSON.stringify(value)}`,
      );
    }
  });
  return { days, problems };
}

/**
 * Validates a parsed calendar file and returns the calendar, or every problem found: not an
 * object, an unknown key, a day that is not `YYYY-MM-DD`, a day listed both as holiday and
 * as working day, or a make-up working day that is not a Saturday or Sunday (weekdays are
 * working days already: such an entry is a typo). Holidays on a weekend are accepted (a
 * holiday period lists all its days).
 *
 * @example
 * parseHolidayCalendar({ holidays: ['2026-10-01'], workdays: ['2026-10-10'] });
 * // { ok: true, calendar: { holidays: Set {'2026-10-01'}, workdays: Set {'2026-10-10'} } }
 */
export function parseHolidayCalendar(
  value: unknown,
): { ok: true; calendar: WorkCalendar } | { ok: false; problems: string[] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problems: ['须为 JSON 对象 / must be a JSON object'] };
  }
  const record = value as Record<string, unknown>;
  const problems = Object.keys(record)
    .filter((key) => !KNOWN_KEYS.has(key))
    .map((key) => `${key}: 未知字段 / unknown key`);
  const holidays = dayProblems(record['holidays'], 'holidays');
  const workdays = dayProblems(record['workdays'], 'workdays');
  problems.push(...holidays.problems, ...workdays.problems);
  const holidaySet = new Set(holidays.days);
  for (const day of workdays.days) {
    if (holidaySet.has(day)) {
      problems.push(`${day}: 不能既是假日又是调休上班日 / both a holiday and a working day`);
    } else if (isWorkingDay(day)) {
      problems.push(
        `${day}: 调休上班日须为周六或周日 / a make-up working day must be a Saturday or Sunday`,
      );
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, calendar: { holidays: holidaySet, workdays: new Set(workdays.days) } };
}
