import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { WorkCalendar } from '../federation/index.ts';
import { assessmentDates, assessmentValidityState } from './assessment-deadlines.ts';
import {
  ASSESSMENT_UNCONFIRMED_SETTINGS,
  DEFAULT_ASSESSMENT_SETTINGS,
} from './assessment-settings.ts';
import { AssessmentRuleError } from './errors.ts';

/** National Day 2025 (State Council notice): Oct 1–8 off; Sun Sep 28 and Sat Oct 11 worked. */
const NATIONAL_DAY_2025: WorkCalendar = {
  holidays: new Set([
    '2025-10-01',
    '2025-10-02',
    '2025-10-03',
    '2025-10-06',
    '2025-10-07',
    '2025-10-08',
  ]),
  workdays: new Set(['2025-09-28', '2025-10-11']),
};

test('filing is due 10 working days after completion, skipping weekends', () => {
  // Friday → two full weeks later, Friday.
  const friday = assessmentDates({ completedOn: '2025-03-07' });
  assert.equal(friday.filingDueBy, '2025-03-21');
  assert.equal(friday.filingDueAt.toISOString(), '2025-03-21T15:59:59.999Z');
  // Completed on a Saturday: counting starts Monday.
  assert.equal(assessmentDates({ completedOn: '2025-03-08' }).filingDueBy, '2025-03-21');
  // An instant late on Friday in Beijing is still Friday.
  assert.equal(
    assessmentDates({ completedOn: new Date('2025-03-07T15:30:00Z') }).filingDueBy,
    '2025-03-21',
  );
  assert.equal(
    assessmentDates({ completedOn: new Date('2025-03-07T16:30:00Z') }).filingDueBy,
    '2025-03-21',
  );
  assert.equal(
    assessmentDates({ completedOn: new Date('2025-03-06T16:30:00Z') }).filingDueBy,
    '2025-03-21',
  );
  assert.equal(
    assessmentDates({ completedOn: new Date('2025-03-06T15:30:00Z') }).filingDueBy,
    '2025-03-20',
  );
});

test('the holiday calendar moves the filing deadline past National Day and counts make-up days', () => {
  // Completed Fri 2025-09-26. Without holidays: Oct 10. With them: Sep 28 (Sun, worked), 29, 30,
  // Oct 9, 10, 11 (Sat, worked), 13, 14, 15, 16.
  assert.equal(assessmentDates({ completedOn: '2025-09-26' }).filingDueBy, '2025-10-10');
  assert.equal(
    assessmentDates({ completedOn: '2025-09-26' }, NATIONAL_DAY_2025).filingDueBy,
    '2025-10-16',
  );
});

test('validity is one year from the report first issued, to the same date', () => {
  const dates = assessmentDates({ completedOn: '2025-03-07', reportIssuedOn: '2025-03-10' });
  assert.equal(dates.validUntil, '2026-03-10');
  assert.equal(dates.expiresAt.toISOString(), '2026-03-10T15:59:59.999Z');
  // Without an issue day, the completion day is the issue day; a leap day ends on Feb 28.
  assert.equal(assessmentDates({ completedOn: '2024-02-29' }).validUntil, '2025-02-28');
  // Not moved for a weekend: 2026-03-07 is a Saturday.
  assert.equal(assessmentDates({ completedOn: '2025-03-07' }).validUntil, '2026-03-07');
});

test('reminders fall 60, 30 and 7 days before expiry, earliest first, configurable', () => {
  const dates = assessmentDates({ completedOn: '2025-03-10' });
  assert.deepEqual(
    dates.reminders.map((reminder) => [reminder.daysBefore, reminder.on]),
    [
      [60, '2026-01-09'],
      [30, '2026-02-08'],
      [7, '2026-03-03'],
    ],
  );
  assert.equal(dates.reminders[2]?.at.toISOString(), '2026-03-02T16:00:00.000Z');
  const custom = assessmentDates(
    { completedOn: '2025-03-10' },
    {},
    { reminderDaysBeforeExpiry: [1, 90, 1], validityMonths: 2 },
  );
  // Two months' validity: the 90-day reminder would fall before the issue day and is dropped.
  assert.deepEqual(
    custom.reminders.map((reminder) => reminder.on),
    ['2025-05-09'],
  );
});

test('validity state: valid, expiring soon within 60 days, expired the day after', () => {
  assert.equal(assessmentValidityState('2026-03-10', '2026-01-08'), 'valid');
  assert.equal(assessmentValidityState('2026-03-10', '2026-01-09'), 'expiring-soon');
  assert.equal(assessmentValidityState('2026-03-10', '2026-03-10'), 'expiring-soon');
  assert.equal(assessmentValidityState('2026-03-10', '2026-03-11'), 'expired');
  assert.equal(assessmentValidityState('2026-03-10', '2026-03-01', 7), 'valid');
});

test('settings: filing days listed as unconfirmed; bad periods refused', () => {
  assert.deepEqual(
    ASSESSMENT_UNCONFIRMED_SETTINGS.map((setting) => [setting.key, setting.defaultValue]),
    [['filingWorkingDays', DEFAULT_ASSESSMENT_SETTINGS.filingWorkingDays]],
  );
  assert.equal(
    assessmentDates({ completedOn: '2025-03-07' }, {}, { filingWorkingDays: 15 }).filingDueBy,
    '2025-03-28',
  );
  for (const bad of [
    { filingWorkingDays: 0 },
    { validityMonths: 1.5 },
    { reminderDaysBeforeExpiry: [-1] },
  ]) {
    assert.throws(
      () => assessmentDates({ completedOn: '2025-03-07' }, {}, bad),
      (error: unknown) =>
        error instanceof AssessmentRuleError && error.code === 'ASSESSMENT_SETTINGS_INVALID',
      JSON.stringify(bad),
    );
  }
});
