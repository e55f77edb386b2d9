import {
  deadlineState,
  filingDeadlines,
  toDay,
  type DeadlineState,
  type WorkCalendar,
} from '@shuan/core';
import { NODE_CALENDAR } from '../node/work-calendar.ts';

/**
 * The working-day calendar of the filing deadlines: the node's (SHUAN_HOLIDAYS_FILE, filled
 * at start; weekends only without it). docs/federation.md § Holiday calendar.
 */
export const FILING_CALENDAR: WorkCalendar = NODE_CALENDAR;

/** Last day (inclusive) of the province's 20 working days from `receivedAt`. */
export function reviewByOf(receivedAt: Date | string): string {
  return filingDeadlines({ submittedOn: receivedAt }, FILING_CALENDAR).reviewBy ?? '';
}

/** Last day (inclusive) of the 15 working days to re-submit, from receiving the return. */
export function resubmitByOf(returnReceivedAt: Date): string {
  return filingDeadlines({ returnedOn: returnReceivedAt }, FILING_CALENDAR).resubmitBy ?? '';
}

/**
 * Last day (inclusive) to re-file after a material change seen at `changedAt`: 3 calendar
 * months on, moved to the next working day when it falls on a rest day.
 */
export function refileByOf(changedAt: Date | string): string {
  return filingDeadlines({ materialChangeOn: changedAt }, FILING_CALENDAR).refileBy ?? '';
}

/** How a running deadline stands `now` (China day). */
export function stateOf(dueBy: string, now: Date): DeadlineState {
  return deadlineState(dueBy, now, FILING_CALENDAR);
}

const DAY_MS = 86_400_000;

function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The instant before which a filing received is overdue for review `now`: filings received
 * on or before day D are overdue when D + 20 working days is before today. The review
 * deadline never decreases with the day received, so one cut answers the overdue filter in
 * SQL (`received_at < cut`) without storing deadlines.
 */
export function overdueReceivedBefore(now: Date): Date {
  const today = toDay(now);
  let day = today;
  // 20 working days span at most ~28 calendar days plus holidays: the loop is short.
  while (reviewByOf(day) >= today) day = shiftDay(day, -1);
  return new Date(`${shiftDay(day, 1)}T00:00:00+08:00`);
}
