import {
  applyOfficerLevel,
  gradeIncident,
  incidentReportingPlan,
  IncidentRuleError,
  isIncidentLevel,
  type IncidentFacts,
  type IncidentGrade,
  type IncidentLevel,
} from '@shuan/core';
import { AppError } from '../http/app-error.ts';
import { FILING_CALENDAR } from '../filings/filing-clock.ts';

/** The kinds of incident report, in the order they are normally sent. */
export type ReportKind = 'initial' | 'follow-up' | 'summary';

/** Core's grade, with its rule errors as API errors (INCIDENT_FACTS_INVALID …). */
export function gradeOrThrow(facts: IncidentFacts): IncidentGrade {
  try {
    return gradeIncident(facts);
  } catch (error) {
    if (error instanceof IncidentRuleError) throw new AppError(error.code, error.message);
    throw error;
  }
}

/**
 * The effective level: the computed one, or the officer's raise while it is still at or
 * above the computed level. When new facts grade above an earlier raise, the facts win (the
 * raise is kept on record but no longer lifts the level).
 */
export function effectiveLevel(computed: IncidentLevel, officer: string | null): IncidentLevel {
  if (officer === null) return computed;
  const applied = applyOfficerLevel(computed, officer);
  return applied.ok ? applied.level : computed;
}

/** The officer asks for `requested`: the new level, or core's refusal as a 4xx. */
export function raiseOrThrow(computed: IncidentLevel, requested: string): IncidentLevel {
  const applied = applyOfficerLevel(computed, requested);
  if (!applied.ok) throw new AppError(applied.code, applied.message);
  return applied.level;
}

/** What the plan needs about an incident. */
export interface PlanInput {
  level: string;
  discoveredAt: Date;
  dataLevel: string;
  ciiInvolved: boolean;
  closedAt: Date | null;
  /** When the last initial or follow-up report was sent. */
  lastReportAt: Date | null;
  initialSentAt: Date | null;
  summarySentAt: Date | null;
}

const iso = (date: Date | undefined | null): string | null => date?.toISOString() ?? null;

/**
 * Core's reporting plan with what has been sent, and the next report due: the initial
 * report until it is sent, then follow-ups every interval while open, then the summary
 * after closure (for 重大 and above). `overdue` compares with `now`.
 */
export function planOf(input: PlanInput, now: Date) {
  const level: IncidentLevel = isIncidentLevel(input.level) ? input.level : 'general';
  const dataLevel =
    input.dataLevel === 'important' || input.dataLevel === 'core' || input.dataLevel === 'general'
      ? input.dataLevel
      : 'none';
  const plan = incidentReportingPlan(
    {
      level,
      discoveredAt: input.discoveredAt,
      dataLevel,
      ciiInvolved: input.ciiInvolved,
      ...(input.lastReportAt === null ? {} : { lastReportAt: input.lastReportAt }),
      ...(input.closedAt === null ? {} : { closedAt: input.closedAt }),
    },
    FILING_CALENDAR,
  );
  let next: { kind: ReportKind; dueAt: Date } | null = null;
  if (plan.initialReport.required && input.initialSentAt === null && plan.initialReport.dueAt) {
    next = { kind: 'initial', dueAt: plan.initialReport.dueAt };
  } else if (
    plan.followUp.required &&
    input.initialSentAt !== null &&
    plan.followUp.nextDueAt !== undefined
  ) {
    next = { kind: 'follow-up', dueAt: plan.followUp.nextDueAt };
  } else if (plan.summaryReport.dueAt !== undefined && input.summarySentAt === null) {
    next = { kind: 'summary', dueAt: plan.summaryReport.dueAt };
  }
  return {
    initial: {
      required: plan.initialReport.required,
      dueAt: iso(plan.initialReport.dueAt),
      sentAt: iso(input.initialSentAt),
      reasons: plan.initialReport.reasons.map((reason) => ({ id: reason.id, text: reason.text })),
    },
    followUp: { required: plan.followUp.required, nextDueAt: iso(plan.followUp.nextDueAt) },
    summary: {
      required: plan.summaryReport.required,
      dueAt: iso(plan.summaryReport.dueAt),
      sentAt: iso(input.summarySentAt),
    },
    ministry: { forwarded: plan.ministry.forwarded },
    next:
      next === null
        ? null
        : {
            kind: next.kind,
            dueAt: next.dueAt.toISOString(),
            overdue: next.dueAt.getTime() < now.getTime(),
          },
  };
}

/** True when core's plan sends this incident on to the ministry. */
export function forwardedToMinistry(level: IncidentLevel, dataLevel: string): boolean {
  return planOf(
    {
      level,
      discoveredAt: new Date(0),
      dataLevel,
      ciiInvolved: false,
      closedAt: null,
      lastReportAt: null,
      initialSentAt: null,
      summarySentAt: null,
    },
    new Date(0),
  ).ministry.forwarded;
}
