import type { IncidentReportRow, IncidentRow, IncidentUpdateRow } from '@shuan/db';
import type { IncidentFacts, IncidentLevel } from '@shuan/core';
import { gradeOrThrow, planOf } from './incident-plan.ts';

function planFor(row: IncidentRow, now: Date) {
  return planOf(
    {
      level: row.level,
      discoveredAt: row.discoveredAt,
      dataLevel: (row.facts as unknown as IncidentFacts).dataLevel,
      ciiInvolved: row.ciiInvolved,
      closedAt: row.closedAt,
      lastReportAt: row.lastReportAt,
      initialSentAt: row.initialSentAt,
      summarySentAt: row.summarySentAt,
    },
    now,
  );
}

/** An incident as listed: level, deciding criterion and the next report due. */
export function presentIncident(row: IncidentRow, now: Date) {
  const grade = gradeOrThrow(row.facts as unknown as IncidentFacts);
  return {
    id: row.id,
    title: row.title,
    discoveredAt: row.discoveredAt.toISOString(),
    computedLevel: row.computedLevel as IncidentLevel,
    level: row.level as IncidentLevel,
    raised: row.level !== row.computedLevel,
    decidedBy: grade.decidedBy,
    status: row.status,
    closedAt: row.closedAt?.toISOString() ?? null,
    plan: planFor(row, now),
  };
}

/** One incident with its facts, every matched criterion, timeline and reports. */
export function presentIncidentDetail(
  row: IncidentRow,
  updates: IncidentUpdateRow[],
  reports: IncidentReportRow[],
  now: Date,
) {
  const grade = gradeOrThrow(row.facts as unknown as IncidentFacts);
  return {
    ...presentIncident(row, now),
    description: row.description,
    occurredAt: row.occurredAt?.toISOString() ?? null,
    facts: row.facts as unknown as IncidentFacts,
    ciiInvolved: row.ciiInvolved,
    systems: row.systems,
    catalogItems: row.catalogItems,
    dataVolume: row.dataVolume,
    measures: row.measures,
    matched: grade.matched,
    officerLevel: row.officerLevel as IncidentLevel | null,
    officerReason: row.officerReason,
    createdBy: row.createdBy,
    updates: updates.map((update) => ({ ...update, at: update.at.toISOString() })),
    reports: reports.map((report) => ({
      id: report.id,
      kind: report.kind,
      receiver: report.receiver,
      sentBy: report.sentBy,
      sentAt: report.sentAt.toISOString(),
    })),
  };
}
