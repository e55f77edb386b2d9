/**
 * A province's yearly summary of the assessment reports it received (reference §0 item 7 and
 * §2, [secondary]: "provincial regulators report the year's receipt and review status to
 * MIIT before 25 December"). Pure: the province node gathers the rows, this counts them.
 *
 * - Expected: the enterprises that filed important or core data with the province (Measures
 *   Art. 31 binds their processors to a yearly assessment).
 * - Received: enterprises with a report for the year; on time when it arrived by its filing
 *   deadline (10 working days after completion, {@link assessmentDates}).
 * - Review: the province's word on each enterprise's latest report of the year.
 * - Missing: expected enterprises without a report, listed (at most
 *   {@link YEAR_SUMMARY_MISSING_LIMIT}) with the total.
 */
import type { WorkCalendar } from '../federation/index.ts';
import { chinaDate } from '../federation/index.ts';
import { assessmentDates } from './assessment-deadlines.ts';

/** Most missing enterprises listed by name in one summary; the total is always given. */
export const YEAR_SUMMARY_MISSING_LIMIT = 500;

/** The province's review of a received report. */
export type AssessmentReviewOutcome = 'accepted' | 'needs-rework';

/** The last day a summary of `year` is on time: "before 25 December", read as on the 25th. */
export function yearSummaryDueBy(year: number): string {
  return `${String(year)}-12-25`;
}

/** One report received for the year. */
export interface YearSummaryReport {
  uscc: string;
  completedOn: string;
  receivedAt: Date;
  distribution: { low: number; medium: number; high: number; critical: number };
  openRisks: number;
  review: AssessmentReviewOutcome | null;
}

/** What the summary counts from. */
export interface YearSummaryInput {
  year: number;
  /** The enterprises expected to report (credit code and name). */
  expected: readonly { uscc: string; name: string }[];
  /** The reports of `year` received by the province (re-assessments included). */
  reports: readonly YearSummaryReport[];
  calendar?: WorkCalendar;
}

/** The counted summary; the payload of `assessment.year-summary` adds region and time. */
export interface AssessmentYearSummary {
  year: number;
  dueBy: string;
  expected: number;
  received: number;
  onTime: number;
  late: number;
  review: { accepted: number; needsRework: number; pending: number };
  risks: { low: number; medium: number; high: number; critical: number };
  openRisks: number;
  missing: { uscc: string; name: string }[];
  missingTotal: number;
}

/** Counts the year's receipt and review status (see the module comment). */
export function summarizeAssessmentYear(input: YearSummaryInput): AssessmentYearSummary {
  // Per enterprise, its latest report of the year speaks for it.
  const latest = new Map<string, YearSummaryReport>();
  for (const report of input.reports) {
    const held = latest.get(report.uscc);
    if (held === undefined || report.receivedAt > held.receivedAt) latest.set(report.uscc, report);
  }
  const summary: AssessmentYearSummary = {
    year: input.year,
    dueBy: yearSummaryDueBy(input.year),
    expected: new Set(input.expected.map((enterprise) => enterprise.uscc)).size,
    received: latest.size,
    onTime: 0,
    late: 0,
    review: { accepted: 0, needsRework: 0, pending: 0 },
    risks: { low: 0, medium: 0, high: 0, critical: 0 },
    openRisks: 0,
    missing: [],
    missingTotal: 0,
  };
  for (const report of latest.values()) {
    const { filingDueBy } = assessmentDates({ completedOn: report.completedOn }, input.calendar);
    if (chinaDate(report.receivedAt) <= filingDueBy) summary.onTime++;
    else summary.late++;
    if (report.review === 'accepted') summary.review.accepted++;
    else if (report.review === 'needs-rework') summary.review.needsRework++;
    else summary.review.pending++;
    for (const level of ['low', 'medium', 'high', 'critical'] as const)
      summary.risks[level] += report.distribution[level];
    summary.openRisks += report.openRisks;
  }
  const listed = new Set<string>();
  for (const enterprise of input.expected) {
    if (latest.has(enterprise.uscc) || listed.has(enterprise.uscc)) continue;
    listed.add(enterprise.uscc);
    summary.missingTotal++;
    if (summary.missing.length < YEAR_SUMMARY_MISSING_LIMIT) summary.missing.push(enterprise);
  }
  return summary;
}
