import {
  IncidentReportPayloadSchema,
  RiskReportPayloadSchema,
  type MessagePayload,
} from '@shuan/contracts';
import { riskReportRouting } from '@shuan/core';
import {
  federationPeersRepository,
  receivedIncidentsRepository,
  receivedRisksRepository,
  type Queryable,
} from '@shuan/db';
import { queueMessage } from '../federation/queue-message.ts';
import { forwardedToMinistry } from './incident-plan.ts';

/** Where a report came from: a child's envelope, or a tenant of this node (no envelope). */
export interface ReportOrigin {
  sender: string;
  tenantOrgId: string | null;
  envelopeId: string | null;
}

/**
 * Passes a report on to this node's parent in the caller's transaction, when there is one.
 * A node without a parent (the ministry, or a province not yet enrolled) keeps it: a handler
 * must not fail for that, or the child's stream would stall behind it.
 */
async function forwardUp(
  tx: Queryable,
  type: 'incident.report' | 'risk.report',
  payload: unknown,
): Promise<boolean> {
  const parent = await federationPeersRepository.findParent(tx);
  if (parent === undefined) return false;
  await queueMessage(tx, parent.nodeId, type, payload);
  return true;
}

/**
 * Stores an incident report received by a province or the ministry and, when core's
 * reporting plan sends the incident to the ministry (重大 and above, or important/core
 * data), queues it unchanged to the parent in the same transaction. A re-delivered report
 * is stored once and forwarded once.
 */
export async function applyIncidentReport(
  tx: Queryable,
  origin: ReportOrigin,
  raw: unknown,
  now: Date,
): Promise<void> {
  const report: MessagePayload<'incident.report'> = IncidentReportPayloadSchema.parse(raw);
  const incident = report.incident;
  const stored = await receivedIncidentsRepository.record(tx, {
    ...origin,
    reportId: report.reportId,
    incidentId: report.incidentId,
    kind: report.kind,
    enterprise: report.enterprise,
    title: incident.title,
    level: incident.level,
    status: incident.status,
    discoveredAt: new Date(incident.discoveredAt),
    closedAt: incident.closedAt === null ? null : new Date(incident.closedAt),
    sentAt: new Date(report.sentAt),
    payload: report,
    receivedAt: now,
  });
  if (!stored || !forwardedToMinistry(incident.level, incident.facts.dataLevel)) return;
  if (await forwardUp(tx, 'incident.report', report)) {
    await receivedIncidentsRepository.markForwarded(tx, origin.sender, report.incidentId, now);
  }
}

/**
 * Stores a risk report and passes on those that may lead to 重大 or above (Measures Art. 27,
 * core riskReportRouting), in the same transaction.
 */
export async function applyRiskReport(
  tx: Queryable,
  origin: ReportOrigin,
  raw: unknown,
  now: Date,
): Promise<void> {
  const report = RiskReportPayloadSchema.parse(raw);
  const stored = await receivedRisksRepository.record(tx, {
    ...origin,
    reportId: report.reportId,
    enterprise: report.enterprise,
    riskType: report.riskType,
    potentialLevel: report.potentialLevel,
    title: report.title,
    foundAt: new Date(report.foundAt),
    payload: report,
    receivedAt: now,
  });
  if (!stored || !riskReportRouting(report.potentialLevel).toMinistry) return;
  if (await forwardUp(tx, 'risk.report', report)) {
    await receivedRisksRepository.markForwarded(tx, origin.sender, report.reportId, now);
  }
}
