import type { AssessmentDetailSchema, AssessmentSummarySchema } from '@shuan/contracts';
import {
  assessmentDates,
  assessmentValidityState,
  chinaDate,
  riskDistribution,
  type WorkCalendar,
} from '@shuan/core';
import {
  assessmentFindingsRepository,
  assessmentsRepository,
  type AssessmentRow,
  type ChecklistAnswerRow,
  type EvidenceFileRow,
  type FindingRow,
  type Queryable,
  type RiskRow,
} from '@shuan/db';
import type { z } from 'zod';
import { NODE_CALENDAR } from '../node/work-calendar.ts';
import { assessmentNotFound, checklistOf } from './assessment-service.ts';

/**
 * The working-day calendar of the filing deadline: the node's, like the filing loop's
 * (SHUAN_HOLIDAYS_FILE; weekends only without it).
 */
export const ASSESSMENT_CALENDAR: WorkCalendar = NODE_CALENDAR;

type Dates = NonNullable<z.infer<typeof AssessmentSummarySchema>['dates']>;

/** Filing deadline, validity and reminders of a completed assessment, as of `now`. */
export function datesOf(row: AssessmentRow, now: Date): Dates | null {
  if (row.completedOn === null) return null;
  const dates = assessmentDates({ completedOn: row.completedOn }, ASSESSMENT_CALENDAR);
  const today = chinaDate(now);
  return {
    filingDueBy: dates.filingDueBy,
    filingOverdue: row.filedAt === null && today > dates.filingDueBy,
    validUntil: dates.validUntil,
    validity: assessmentValidityState(dates.validUntil, today),
    reminders: dates.reminders.map((reminder) => ({
      daysBefore: reminder.daysBefore,
      on: reminder.on,
      due: today >= reminder.on,
    })),
  };
}

/** An assessment for the list. */
export function presentAssessment(
  row: AssessmentRow,
  now: Date,
): z.infer<typeof AssessmentSummarySchema> {
  return {
    id: row.id,
    year: row.year,
    title: row.title,
    status: row.status,
    checklistId: row.checklistId,
    checklistVersion: row.checklistVersion,
    scopeCount: row.scope.length,
    completedOn: row.completedOn,
    filedAt: row.filedAt?.toISOString() ?? null,
    dates: datesOf(row, now),
    createdAt: row.createdAt.toISOString(),
  };
}

/** Everything about one assessment: the detail page, the reports and the filing use it. */
export interface AssessmentBundle {
  row: AssessmentRow;
  answers: ChecklistAnswerRow[];
  evidence: EvidenceFileRow[];
  findings: FindingRow[];
  risks: RiskRow[];
}

/** Loads an assessment of the org with its parts (404 otherwise). */
export async function loadAssessment(
  db: Queryable,
  orgId: string,
  id: string,
): Promise<AssessmentBundle> {
  const row = await assessmentsRepository.get(db, orgId, id);
  if (row === undefined) throw assessmentNotFound();
  // One after another: `db` may be a transaction's single client.
  const answers = await assessmentsRepository.answers(db, id);
  const evidence = await assessmentsRepository.evidence(db, id);
  const findings = await assessmentFindingsRepository.findings(db, id);
  const risks = await assessmentFindingsRepository.risks(db, id);
  return { row, answers, evidence, findings, risks };
}

/** The detail page's view of an assessment. */
export function presentAssessmentDetail(
  bundle: AssessmentBundle,
  now: Date,
): z.infer<typeof AssessmentDetailSchema> {
  const { row } = bundle;
  const today = chinaDate(now);
  const answers = new Map(bundle.answers.map((answer) => [answer.itemId, answer]));
  return {
    ...presentAssessment(row, now),
    findingCount: bundle.findings.length,
    team: row.team,
    scope: row.scope as Record<string, unknown>[],
    facts: row.facts,
    scopeRefreshedAt: row.scopeRefreshedAt.toISOString(),
    conclusion: row.conclusion,
    measures: row.measures,
    completedBy: row.completedBy,
    filedReceiver: row.filedReceiver,
    checklist: checklistOf(row).items.map((item) => {
      const answer = answers.get(item.id);
      return {
        itemId: item.id,
        title: item.title,
        guidance: item.guidance,
        reference: item.reference.article,
        status: answer?.status ?? 'pending',
        notes: answer?.notes ?? '',
        catalogItemIds: answer?.catalogItemIds ?? [],
        links: answer?.links ?? [],
        evidence: bundle.evidence
          .filter((file) => file.checklistItemId === item.id)
          .map((file) => ({ ...file, uploadedAt: file.uploadedAt.toISOString() })),
      };
    }),
    findings: bundle.findings.map((finding) => ({
      id: finding.id,
      checklistItemId: finding.checklistItemId,
      title: finding.title,
      description: finding.description,
      likelihood: finding.likelihood,
      impact: finding.impact,
      score: finding.score,
      band: finding.band,
    })),
    risks: bundle.risks.map((risk) => ({
      id: risk.id,
      findingId: risk.findingId,
      title: risk.title,
      owner: risk.owner,
      measures: risk.measures,
      remediationDue: risk.remediationDue,
      status: risk.status,
      overdue:
        (risk.status === 'open' || risk.status === 'in-progress') && today > risk.remediationDue,
    })),
    distribution: riskDistribution(bundle.findings),
  };
}
