import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { WorkCalendar } from '../federation/index.ts';
import { incidentReportingPlan } from './reporting-plan.ts';

const discoveredAt = new Date('2025-03-07T10:00:00+08:00'); // a Friday

test('general incidents without important data need no report and stay at the province', () => {
  const plan = incidentReportingPlan({ level: 'general', discoveredAt, dataLevel: 'general' });
  assert.equal(plan.initialReport.required, false);
  assert.equal(plan.initialReport.dueAt, undefined);
  assert.equal(plan.followUp.required, false);
  assert.equal(plan.summaryReport.required, false);
  assert.equal(plan.ministry.forwarded, false);
});

test('较大 and above: initial report due 4 h after discovery, over the weekend clock too', () => {
  for (const level of ['relatively-major', 'major', 'especially-major'] as const) {
    const plan = incidentReportingPlan({ level, discoveredAt, dataLevel: 'none' });
    assert.equal(plan.initialReport.required, true);
    assert.equal(plan.initialReport.dueAt?.toISOString(), '2025-03-07T06:00:00.000Z');
  }
  // Friday 22:30 in Beijing: due Saturday 02:30 — hour limits do not wait for Monday.
  const late = incidentReportingPlan({
    level: 'relatively-major',
    discoveredAt: new Date('2025-03-07T22:30:00+08:00'),
    dataLevel: 'none',
  });
  assert.equal(late.initialReport.dueAt?.toISOString(), '2025-03-07T18:30:00.000Z');
});

test('a general incident with important or core data is still reported at once and goes to MIIT', () => {
  for (const dataLevel of ['important', 'core'] as const) {
    const plan = incidentReportingPlan({ level: 'general', discoveredAt, dataLevel });
    assert.equal(plan.initialReport.required, true);
    assert.deepEqual(
      plan.initialReport.reasons.map((reason) => reason.id),
      ['IMPORTANT_OR_CORE_DATA'],
    );
    assert.equal(plan.ministry.forwarded, true);
    assert.equal(plan.summaryReport.required, false);
  }
});

test('critical information infrastructure shortens the limit to 1 h; per-level settings apply', () => {
  const cii = incidentReportingPlan({
    level: 'major',
    discoveredAt,
    dataLevel: 'none',
    ciiInvolved: true,
  });
  assert.equal(cii.initialReport.dueAt?.toISOString(), '2025-03-07T03:00:00.000Z');
  assert.ok(cii.initialReport.reasons.some((reason) => reason.id === 'CII_INVOLVED'));
  // CII alone does not make a general incident reportable.
  const general = incidentReportingPlan({
    level: 'general',
    discoveredAt,
    dataLevel: 'none',
    ciiInvolved: true,
  });
  assert.equal(general.initialReport.required, false);
  const custom = incidentReportingPlan(
    { level: 'especially-major', discoveredAt, dataLevel: 'none' },
    {},
    { initialReportHoursEspeciallyMajor: 2 },
  );
  assert.equal(custom.initialReport.dueAt?.toISOString(), '2025-03-07T04:00:00.000Z');
});

test('follow-ups are due an interval after the last report while open, and stop at closure', () => {
  const lastReportAt = new Date('2025-03-08T09:00:00+08:00');
  const open = incidentReportingPlan({
    level: 'relatively-major',
    discoveredAt,
    dataLevel: 'none',
    lastReportAt,
  });
  assert.equal(open.followUp.required, true);
  assert.equal(open.followUp.nextDueAt?.toISOString(), '2025-03-09T01:00:00.000Z');
  const closed = incidentReportingPlan({
    level: 'relatively-major',
    discoveredAt,
    dataLevel: 'none',
    lastReportAt,
    closedAt: new Date('2025-03-10T12:00:00+08:00'),
  });
  assert.equal(closed.followUp.required, false);
  assert.equal(closed.summaryReport.required, false); // 较大: no summary report
});

test('重大 and above: summary due 30 days after closure, moved past weekends', () => {
  // Closed Mon 2025-01-06 → day 30 is Wed 2025-02-05: a weekday.
  const plain = incidentReportingPlan({
    level: 'major',
    discoveredAt,
    dataLevel: 'none',
    closedAt: new Date('2025-01-06T15:00:00+08:00'),
  });
  assert.equal(plain.summaryReport.dueBy, '2025-02-05');
  assert.equal(plain.summaryReport.dueAt?.toISOString(), '2025-02-05T15:59:59.999Z');
  // Closed Thu 2025-03-06 → day 30 is Sat 2025-04-05 → Monday 2025-04-07.
  const weekend = incidentReportingPlan({
    level: 'especially-major',
    discoveredAt,
    dataLevel: 'none',
    closedAt: new Date('2025-03-06T09:00:00+08:00'),
  });
  assert.equal(weekend.summaryReport.dueBy, '2025-04-07');
  // Closure late in the evening counts on the China day, not the UTC day.
  const evening = incidentReportingPlan({
    level: 'major',
    discoveredAt,
    dataLevel: 'none',
    closedAt: new Date('2025-01-06T23:30:00+08:00'), // 15:30Z, still the 6th in China
  });
  assert.equal(evening.summaryReport.dueBy, '2025-02-05');
});

test('a holiday calendar moves the summary deadline past the holiday', () => {
  // Closed Thu 2025-09-04 → day 30 is Sat 2025-10-04, inside National Day (Oct 1–8 off).
  const calendar: WorkCalendar = {
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
  const input = {
    level: 'major' as const,
    discoveredAt,
    dataLevel: 'none' as const,
    closedAt: new Date('2025-09-04T10:00:00+08:00'),
  };
  assert.equal(incidentReportingPlan(input).summaryReport.dueBy, '2025-10-06');
  assert.equal(incidentReportingPlan(input, calendar).summaryReport.dueBy, '2025-10-09');
  assert.equal(
    incidentReportingPlan(input, calendar, { summaryReportDays: 15 }).summaryReport.dueBy,
    '2025-09-19',
  );
});

test('重大 and above go to the ministry; 较大 without important data does not', () => {
  assert.equal(
    incidentReportingPlan({ level: 'major', discoveredAt, dataLevel: 'none' }).ministry.forwarded,
    true,
  );
  assert.equal(
    incidentReportingPlan({ level: 'especially-major', discoveredAt, dataLevel: 'none' }).ministry
      .forwarded,
    true,
  );
  assert.equal(
    incidentReportingPlan({ level: 'relatively-major', discoveredAt, dataLevel: 'general' })
      .ministry.forwarded,
    false,
  );
});
