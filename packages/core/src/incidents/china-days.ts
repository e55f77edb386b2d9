/**
 * Calendar-day helpers on `YYYY-MM-DD` China days, complementing the working-day helpers of
 * the federation area (which own validation and the China time zone rule).
 */
import { toDay } from '../federation/index.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The day `n` calendar days after `day` (negative `n` goes back).
 *
 * @example addCalendarDays('2025-01-30', 30); // '2025-03-01'
 */
export function addCalendarDays(day: string, n: number): string {
  const ms = Date.parse(`${toDay(day)}T00:00:00Z`) + n * DAY_MS;
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * The last millisecond of a China day, as an instant: the moment a deadline that allows the
 * whole of `day` has passed.
 *
 * @example endOfChinaDay('2025-03-03').toISOString(); // '2025-03-03T15:59:59.999Z'
 */
export function endOfChinaDay(day: string): Date {
  return new Date(Date.parse(`${toDay(day)}T23:59:59.999+08:00`));
}

/** The first millisecond of a China day, as an instant. */
export function startOfChinaDay(day: string): Date {
  return new Date(Date.parse(`${toDay(day)}T00:00:00+08:00`));
}
