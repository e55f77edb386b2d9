/**
 * The deadlines of the catalog filing loop (Measures Art. 12; reference §0 item 5), shown on
 * both the enterprise and the province side with overdue items highlighted:
 * - the province reviews within 20 working days of receiving the filing;
 * - a returned filing is re-submitted within 15 working days of receiving the feedback;
 * - a material change (≥ 30 % volume change of a category, or any other filed item) is
 *   re-filed within 3 months.
 * Periods follow the Civil Code (Arts. 201–203): the start day is not counted, a month
 * period ends on the corresponding day (or the month's last day), and a period ending on a
 * rest day runs to the next working day.
 */
import type { WorkCalendar } from './working-days.ts';
import {
  addCalendarMonths,
  addWorkingDays,
  nextWorkingDayFrom,
  toDay,
  workingDaysBetween,
} from './working-days.ts';

/** The periods, as data: change them here if the Measures are amended. */
export const FILING_DEADLINE_RULES = {
  review: { workingDays: 20, source: '《工业和信息化领域数据安全管理办法（试行）》第十二条' },
  resubmit: { workingDays: 15, source: '《工业和信息化领域数据安全管理办法（试行）》第十二条' },
  refile: { months: 3, source: '《工业和信息化领域数据安全管理办法（试行）》第十二条' },
} as const;

/** The events a deadline starts from; each optional. Dates are days or instants (China day). */
export interface FilingDeadlineInput {
  /** The day the province received the filing. */
  submittedOn?: string | Date | undefined;
  /** The day the enterprise received the province's return with reasons. */
  returnedOn?: string | Date | undefined;
  /** The day a material change happened. */
  materialChangeOn?: string | Date | undefined;
}

/** The last allowed day (inclusive, `YYYY-MM-DD`) of each running period. */
export interface FilingDeadlines {
  reviewBy?: string;
  resubmitBy?: string;
  refileBy?: string;
}

/**
 * The deadlines that follow from the events given. Pass the holiday calendar of the years
 * involved; without it only weekends are skipped and deadlines near holidays come out early.
 *
 * @example
 * filingDeadlines({ submittedOn: '2025-09-26' }, calendar2025).reviewBy; // '2025-10-30'
 */
export function filingDeadlines(
  input: FilingDeadlineInput,
  calendar: WorkCalendar = {},
): FilingDeadlines {
  const deadlines: FilingDeadlines = {};
  if (input.submittedOn !== undefined) {
    deadlines.reviewBy = addWorkingDays(
      input.submittedOn,
      FILING_DEADLINE_RULES.review.workingDays,
      calendar,
    );
  }
  if (input.returnedOn !== undefined) {
    deadlines.resubmitBy = addWorkingDays(
      input.returnedOn,
      FILING_DEADLINE_RULES.resubmit.workingDays,
      calendar,
    );
  }
  if (input.materialChangeOn !== undefined) {
    const end = addCalendarMonths(input.materialChangeOn, FILING_DEADLINE_RULES.refile.months);
    deadlines.refileBy = nextWorkingDayFrom(end, calendar);
  }
  return deadlines;
}

/** How a deadline stands today: plenty of time, due soon, or overdue. */
export type DeadlineState = 'open' | 'due-soon' | 'overdue';

/**
 * `overdue` once `today` is after the last allowed day; `due-soon` when at most
 * `soonWorkingDays` (default 3) working days are left; otherwise `open`.
 *
 * @example
 * deadlineState('2025-10-31', '2025-11-03'); // 'overdue'
 */
export function deadlineState(
  dueBy: string,
  today: string | Date,
  calendar: WorkCalendar = {},
  soonWorkingDays = 3,
): DeadlineState {
  const day = toDay(today);
  if (day > toDay(dueBy)) return 'overdue';
  return workingDaysBetween(day, dueBy, calendar) <= soonWorkingDays ? 'due-soon' : 'open';
}
