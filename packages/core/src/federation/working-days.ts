/**
 * Working-day arithmetic for the filing deadlines ("within 20 working days"). Days are
 * calendar dates `YYYY-MM-DD` in China time (UTC+8, no daylight saving), computed on UTC day
 * numbers so the host's time zone never shifts a deadline.
 *
 * Saturdays and Sundays are rest days. Public holidays and the make-up working days
 * (调休) around them change every year by State Council notice, so they are a calendar
 * input, not built in: without a calendar only weekends are skipped.
 */

/** Public holidays and make-up working days, as `YYYY-MM-DD` sets. */
export interface WorkCalendar {
  /** Days off although they fall on a weekday (e.g. 2025-10-01). */
  holidays?: ReadonlySet<string> | undefined;
  /** Weekend days that are working days (调休, e.g. 2025-09-28, a Sunday). */
  workdays?: ReadonlySet<string> | undefined;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a `YYYY-MM-DD` string; throws a RangeError for an invalid day. */
function dayNumber(day: string): number {
  const match = DAY_PATTERN.exec(day);
  if (match !== null) {
    const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const ms = Date.UTC(year, month - 1, date);
    if (dayString(ms / DAY_MS) === day) return ms / DAY_MS;
  }
  throw new RangeError(`日期须为 YYYY-MM-DD / not a calendar day: ${day}`);
}

function dayString(dayNum: number): string {
  return new Date(dayNum * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The calendar day in China (UTC+8) of an instant.
 *
 * @example
 * chinaDate(new Date('2025-03-02T17:00:00Z')); // '2025-03-03'
 */
export function chinaDate(instant: Date): string {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** A `YYYY-MM-DD` day, or the China day of an instant; validated. */
export function toDay(date: string | Date): string {
  const day = typeof date === 'string' ? date : chinaDate(date);
  dayNumber(day);
  return day;
}

function workingDayNumber(dayNum: number, calendar: WorkCalendar): boolean {
  const day = dayString(dayNum);
  if (calendar.workdays?.has(day) === true) return true;
  if (calendar.holidays?.has(day) === true) return false;
  const weekday = new Date(dayNum * DAY_MS).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * True when `day` is a working day: a weekday that is not a holiday, or a make-up day.
 *
 * @example
 * isWorkingDay('2025-10-01', { holidays: new Set(['2025-10-01']) }); // false
 */
export function isWorkingDay(day: string | Date, calendar: WorkCalendar = {}): boolean {
  return workingDayNumber(dayNumber(toDay(day)), calendar);
}

/**
 * The `n`th working day after `date` (the start day itself is not counted, as the Civil Code
 * Art. 201 counts periods). `n = 0` returns the day unchanged. A Date is first converted to
 * its China day. Throws a RangeError for a negative or fractional `n` or an invalid day.
 *
 * @example
 * addWorkingDays('2025-01-03', 1); // '2025-01-06' (Friday → Monday)
 */
export function addWorkingDays(
  date: string | Date,
  n: number,
  calendar: WorkCalendar = {},
): string {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`工作日数须为非负整数 / n must be a non-negative integer: ${n}`);
  }
  let dayNum = dayNumber(toDay(date));
  for (let left = n; left > 0;) {
    dayNum += 1;
    if (workingDayNumber(dayNum, calendar)) left -= 1;
  }
  return dayString(dayNum);
}

/**
 * Working days in the interval (from, to]: 0 when `to` is not after `from`. Shows how much
 * of a deadline is left ("3 working days to go").
 *
 * @example
 * workingDaysBetween('2025-01-03', '2025-01-07'); // 2 (Monday and Tuesday)
 */
export function workingDaysBetween(
  from: string | Date,
  to: string | Date,
  calendar: WorkCalendar = {},
): number {
  const end = dayNumber(toDay(to));
  let count = 0;
  for (let dayNum = dayNumber(toDay(from)) + 1; dayNum <= end; dayNum += 1) {
    if (workingDayNumber(dayNum, calendar)) count += 1;
  }
  return count;
}

/**
 * The same day `months` later; when that month is shorter, its last day (Civil Code
 * Art. 202: 没有对应日的，月末日为期间的最后一日).
 *
 * @example
 * addCalendarMonths('2025-11-30', 3); // '2026-02-28'
 */
export function addCalendarMonths(date: string | Date, months: number): string {
  const day = toDay(date);
  const [year, month, dom] = day.split('-').map(Number) as [number, number, number];
  const target = month - 1 + months;
  const lastDom = new Date(Date.UTC(year, target + 1, 0)).getUTCDate();
  return dayString(Date.UTC(year, target, Math.min(dom, lastDom)) / DAY_MS);
}

/**
 * `day` if it is a working day, else the next working day (Civil Code Art. 203: a period
 * whose last day is a rest day ends on the day after the rest).
 */
export function nextWorkingDayFrom(date: string | Date, calendar: WorkCalendar = {}): string {
  let dayNum = dayNumber(toDay(date));
  while (!workingDayNumber(dayNum, calendar)) dayNum += 1;
  return dayString(dayNum);
}
