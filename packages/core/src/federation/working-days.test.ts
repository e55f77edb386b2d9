import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deadlineState, filingDeadlines } from './filing-deadlines.ts';
import type { WorkCalendar } from './working-days.ts';
import {
  addCalendarMonths,
  addWorkingDays,
  chinaDate,
  isWorkingDay,
  nextWorkingDayFrom,
  workingDaysBetween,
} from './working-days.ts';

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

test('weekends are skipped; the start day is not counted', () => {
  assert.equal(addWorkingDays('2025-01-03', 0), '2025-01-03'); // Friday
  assert.equal(addWorkingDays('2025-01-03', 1), '2025-01-06'); // → Monday
  assert.equal(addWorkingDays('2025-01-04', 1), '2025-01-06'); // Saturday → Monday
  assert.equal(addWorkingDays('2025-01-06', 5), '2025-01-13'); // one full week
  assert.equal(addWorkingDays('2025-01-06', 20), '2025-02-03'); // four weeks
  assert.equal(addWorkingDays('2024-02-28', 2), '2024-03-01'); // leap day counts
  assert.equal(addWorkingDays('2025-12-31', 1), '2026-01-01'); // across the year
});

test('holidays are skipped and make-up days count', () => {
  assert.equal(isWorkingDay('2025-10-01', NATIONAL_DAY_2025), false);
  assert.equal(isWorkingDay('2025-09-28', NATIONAL_DAY_2025), true); // a Sunday, worked
  assert.equal(isWorkingDay('2025-09-28'), false);
  assert.equal(addWorkingDays('2025-09-30', 1, NATIONAL_DAY_2025), '2025-10-09');
  assert.equal(addWorkingDays('2025-09-30', 1), '2025-10-01');
  assert.equal(addWorkingDays('2025-10-10', 1, NATIONAL_DAY_2025), '2025-10-11'); // Saturday, worked
  assert.equal(workingDaysBetween('2025-09-26', '2025-10-10', NATIONAL_DAY_2025), 5);
  assert.equal(workingDaysBetween('2025-09-26', '2025-10-10'), 10);
  assert.equal(workingDaysBetween('2025-10-10', '2025-09-26'), 0);
});

test('instants are taken as China days (UTC+8)', () => {
  assert.equal(chinaDate(new Date('2025-01-03T15:59:59Z')), '2025-01-03');
  assert.equal(chinaDate(new Date('2025-01-03T16:00:00Z')), '2025-01-04');
  // Friday 23:30 in Beijing is Friday: the first working day after it is Monday.
  assert.equal(addWorkingDays(new Date('2025-01-03T15:30:00Z'), 1), '2025-01-06');
});

test('invalid days and counts are refused', () => {
  for (const day of ['2025-02-30', '2025-1-3', '20250103', '2025-13-01']) {
    assert.throws(() => addWorkingDays(day, 1), RangeError, day);
  }
  assert.throws(() => addWorkingDays('2025-01-03', -1), RangeError);
  assert.throws(() => addWorkingDays('2025-01-03', 1.5), RangeError);
});

test('month periods end on the corresponding day, or the last day of a short month', () => {
  assert.equal(addCalendarMonths('2025-03-15', 3), '2025-06-15');
  assert.equal(addCalendarMonths('2025-11-30', 3), '2026-02-28');
  assert.equal(addCalendarMonths('2023-11-30', 3), '2024-02-29');
  assert.equal(addCalendarMonths('2025-10-31', 1), '2025-11-30');
  assert.equal(nextWorkingDayFrom('2025-10-04', NATIONAL_DAY_2025), '2025-10-09');
  assert.equal(nextWorkingDayFrom('2025-10-09', NATIONAL_DAY_2025), '2025-10-09');
});

test('filing deadlines: review 20 and re-submit 15 working days, re-file 3 months', () => {
  assert.deepEqual(filingDeadlines({}), {});
  const deadlines = filingDeadlines(
    { submittedOn: '2025-09-26', returnedOn: '2025-09-26', materialChangeOn: '2025-07-05' },
    NATIONAL_DAY_2025,
  );
  assert.deepEqual(deadlines, {
    reviewBy: '2025-10-30',
    resubmitBy: '2025-10-23',
    // 2025-10-05 is a Sunday inside the holiday: the period runs to the next working day.
    refileBy: '2025-10-09',
  });
  // Without the holiday calendar the same filing would come out due too early.
  assert.equal(filingDeadlines({ submittedOn: '2025-09-26' }).reviewBy, '2025-10-24');
});

test('deadline state: open, due soon (≤ 3 working days left), overdue after the day', () => {
  assert.equal(deadlineState('2025-10-30', '2025-10-20'), 'open');
  assert.equal(deadlineState('2025-10-30', '2025-10-27'), 'due-soon');
  assert.equal(deadlineState('2025-10-30', '2025-10-30'), 'due-soon');
  assert.equal(deadlineState('2025-10-30', '2025-10-31'), 'overdue');
  // Friday before a Monday deadline: only 1 working day left.
  assert.equal(deadlineState('2025-11-03', '2025-10-31', {}, 1), 'due-soon');
  assert.equal(deadlineState('2025-10-09', '2025-09-30', NATIONAL_DAY_2025), 'due-soon');
  assert.equal(deadlineState('2025-10-09', '2025-09-30'), 'open');
});
