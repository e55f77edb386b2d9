import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  summarizeAssessmentYear,
  yearSummaryDueBy,
  YEAR_SUMMARY_MISSING_LIMIT,
  type YearSummaryReport,
} from './year-summary.ts';

const NONE = { low: 0, medium: 0, high: 0, critical: 0 };

function report(uscc: string, overrides: Partial<YearSummaryReport> = {}): YearSummaryReport {
  return {
    uscc,
    completedOn: '2026-03-06',
    receivedAt: new Date('2026-03-10T02:00:00Z'),
    distribution: NONE,
    openRisks: 0,
    review: null,
    ...overrides,
  };
}

test('the summary is due on 25 December of its year', () => {
  assert.equal(yearSummaryDueBy(2026), '2026-12-25');
});

test('receipt: on time within 10 working days of completion, late after; missing listed', () => {
  const summary = summarizeAssessmentYear({
    year: 2026,
    expected: [
      { uscc: 'A', name: '甲' },
      { uscc: 'B', name: '乙' },
      { uscc: 'C', name: '丙' },
      { uscc: 'C', name: '丙' },
    ],
    reports: [
      // Completed Friday 6 March: due Friday 20 March (China days).
      report('A', { receivedAt: new Date('2026-03-20T15:59:59Z') }),
      report('B', { receivedAt: new Date('2026-03-20T16:00:00Z') }),
      // Not expected (no important-data filing yet) but reported: counted as received.
      report('D'),
    ],
  });
  assert.deepEqual(
    [summary.expected, summary.received, summary.onTime, summary.late],
    [3, 3, 2, 1],
  );
  assert.deepEqual(summary.missing, [{ uscc: 'C', name: '丙' }]);
  assert.equal(summary.missingTotal, 1);
});

test("review and risks follow each enterprise's latest report of the year", () => {
  const summary = summarizeAssessmentYear({
    year: 2026,
    expected: [],
    reports: [
      report('A', {
        review: 'needs-rework',
        distribution: { ...NONE, critical: 2 },
        openRisks: 2,
      }),
      report('A', {
        receivedAt: new Date('2026-04-01T02:00:00Z'),
        completedOn: '2026-03-30',
        review: 'accepted',
        distribution: { ...NONE, high: 1 },
        openRisks: 1,
      }),
      report('B', { distribution: { ...NONE, low: 3 } }),
    ],
  });
  assert.deepEqual(summary.review, { accepted: 1, needsRework: 0, pending: 1 });
  assert.deepEqual(summary.risks, { low: 3, medium: 0, high: 1, critical: 0 });
  assert.equal(summary.openRisks, 1);
  assert.equal(summary.received, 2);
});

test('the missing list is bounded; the total is not', () => {
  const expected = Array.from({ length: YEAR_SUMMARY_MISSING_LIMIT + 7 }, (_, i) => ({
    uscc: `U${String(i)}`,
    name: `企业${String(i)}`,
  }));
  const summary = summarizeAssessmentYear({ year: 2026, expected, reports: [] });
  assert.equal(summary.missing.length, YEAR_SUMMARY_MISSING_LIMIT);
  assert.equal(summary.missingTotal, YEAR_SUMMARY_MISSING_LIMIT + 7);
});
