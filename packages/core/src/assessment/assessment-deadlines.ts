/**
 * The dates of the yearly assessment cycle (Measures Art. 31; RA Rules Arts. 6–7; reference
 * §0 item 7 and §2):
 * - the report reaches the province within 10 working days of the assessment's completion
 *   (the start day is not counted; weekends and the holiday calendar are skipped);
 * - the result is valid for 1 year from the day the report was first issued: by the Civil
 *   Code (Arts. 201–202) the last valid day is the same date a year later (the month's last
 *   day when there is none), not moved for rest days — it is a validity, not a deadline to act;
 * - reminders fall a set number of calendar days before validity ends.
 * Working days come from the federation area's helpers; dates are China days (UTC+8).
 */
import type { WorkCalendar } from '../federation/index.ts';
import { addCalendarMonths, addWorkingDays, toDay } from '../federation/index.ts';
import { addCalendarDays, endOfChinaDay, startOfChinaDay } from '../incidents/index.ts';
import {
  DEFAULT_ASSESSMENT_SETTINGS,
  resolveAssessmentSettings,
  type AssessmentSettings,
} from './assessment-settings.ts';

/** The events the dates follow from: days `YYYY-MM-DD` or instants (taken as China days). */
export interface AssessmentDatesInput {
  /** The day the assessment was completed. */
  completedOn: string | Date;
  /** The day the report was first issued; defaults to `completedOn`. */
  reportIssuedOn?: string | Date;
}

/** One reminder before expiry. */
export interface AssessmentReminder {
  daysBefore: number;
  on: string;
  /** 00:00 China time on `on`. */
  at: Date;
}

/** The dates of one assessment. */
export interface AssessmentDates {
  /** Last day to file the report with the province, and its last instant. */
  filingDueBy: string;
  filingDueAt: Date;
  /** Last day the result is valid, and its last instant. */
  validUntil: string;
  expiresAt: Date;
  /** Reminders before expiry, earliest first; those before the report's issue are dropped. */
  reminders: AssessmentReminder[];
}

/**
 * The filing deadline, validity and reminders of an assessment.
 *
 * @example
 * assessmentDates({ completedOn: '2025-03-07' }).filingDueBy; // '2025-03-21'
 */
export function assessmentDates(
  input: AssessmentDatesInput,
  calendar: WorkCalendar = {},
  settings: Partial<AssessmentSettings> = {},
): AssessmentDates {
  const s = resolveAssessmentSettings(settings);
  const completedOn = toDay(input.completedOn);
  const issuedOn = toDay(input.reportIssuedOn ?? completedOn);
  const filingDueBy = addWorkingDays(completedOn, s.filingWorkingDays, calendar);
  const validUntil = addCalendarMonths(issuedOn, s.validityMonths);
  const reminders = [...new Set(s.reminderDaysBeforeExpiry)]
    .sort((a, b) => b - a)
    .map((daysBefore) => {
      const on = addCalendarDays(validUntil, -daysBefore);
      return { daysBefore, on, at: startOfChinaDay(on) };
    })
    .filter((reminder) => reminder.on > issuedOn);
  return {
    filingDueBy,
    filingDueAt: endOfChinaDay(filingDueBy),
    validUntil,
    expiresAt: endOfChinaDay(validUntil),
    reminders,
  };
}

/** Where an assessment's validity stands on a day. */
export type AssessmentValidityState = 'valid' | 'expiring-soon' | 'expired';

/**
 * `expired` after `validUntil`; `expiring-soon` within `soonDays` calendar days of it (default
 * the largest reminder, 60); else `valid`.
 *
 * @example assessmentValidityState('2026-03-07', '2026-03-08'); // 'expired'
 */
export function assessmentValidityState(
  validUntil: string,
  today: string | Date,
  soonDays = Math.max(...DEFAULT_ASSESSMENT_SETTINGS.reminderDaysBeforeExpiry),
): AssessmentValidityState {
  const day = toDay(today);
  if (day > toDay(validUntil)) return 'expired';
  return addCalendarDays(day, soonDays) >= validUntil ? 'expiring-soon' : 'valid';
}
