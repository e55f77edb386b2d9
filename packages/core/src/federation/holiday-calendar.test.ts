import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parseHolidayCalendar } from './holiday-calendar.ts';
import { filingDeadlines } from './filing-deadlines.ts';
import { isWorkingDay } from './working-days.ts';

const CN_2026: unknown = JSON.parse(
  readFileSync(new URL('../../calendars/cn-2026.json', import.meta.url), 'utf8'),
);

test('the shipped 2026 calendar parses; its make-up days are weekends', () => {
  const parsed = parseHolidayCalendar(CN_2026);
  assert.ok(parsed.ok, JSON.stringify(parsed));
  assert.equal(isWorkingDay('2026-10-01', parsed.calendar), false);
  assert.equal(isWorkingDay('2026-10-10', parsed.calendar), true, 'Saturday make-up day');
  assert.equal(isWorkingDay('2026-10-10'), false, 'a Saturday without the calendar');
});

test('a review deadline across National Day 2026 skips the holiday and counts the make-up day', () => {
  const parsed = parseHolidayCalendar(CN_2026);
  assert.ok(parsed.ok);
  // Received Monday 28 Sept: 29, 30 Sept; 8, 9, 10 (Sat, make-up) Oct; then 15 more weekdays.
  assert.equal(
    filingDeadlines({ submittedOn: '2026-09-28' }, parsed.calendar).reviewBy,
    '2026-10-30',
  );
  assert.equal(
    filingDeadlines({ submittedOn: '2026-09-28' }).reviewBy,
    '2026-10-26',
    'weekends only',
  );
});

test('every problem of a bad calendar is listed', () => {
  const parsed = parseHolidayCalendar({
    holidays: ['2026-10-01', '2026-02-30', 5],
    workdays: ['2026-10-01', '2026-10-12'],
    extra: true,
  });
  assert.ok(!parsed.ok);
  assert.deepEqual(
    parsed.problems.map((problem) => problem.split(':')[0]),
    ['extra', 'holidays[1]', 'holidays[2]', '2026-10-01', '2026-10-12'],
  );
  assert.equal(parseHolidayCalendar([]).ok, false);
  assert.equal(parseHolidayCalendar({ holidays: '2026-10-01' }).ok, false);
  assert.deepEqual(parseHolidayCalendar({}), {
    ok: true,
    calendar: { holidays: new Set(), workdays: new Set() },
  });
});
