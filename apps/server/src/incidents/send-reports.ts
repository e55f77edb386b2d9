import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type {
  CreateRiskReportRequestSchema,
  IncidentSummarySchema,
  MessagePayload,
} from '@shuan/contracts';
import { riskReportRouting, type IncidentFacts } from '@shuan/core';
import {
  incidentsRepository,
  riskReportsRepository,
  withTransaction,
  type IncidentRow,
  type IncidentUpdateRow,
  type Queryable,
} from '@shuan/db';
import { appendAudit } from '../audit/append-audit.ts';
import { queueToParent } from '../federation/queue-message.ts';
import { resolveFiler } from '../filings/filing-profile.ts';
import { AppError } from '../http/app-error.ts';
import type { NodeDeps, Principal } from '../http/context.ts';
import { planOf, type ReportKind } from './incident-plan.ts';
import { incidentNotFound } from './manage-incidents.ts';
import { applyIncidentReport, applyRiskReport } from './receive-reports.ts';

type IncidentPayload = MessagePayload<'incident.report'>;
type Summary = z.infer<typeof IncidentSummarySchema>;

/** The incident as a report carries it, from the record and its timeline. */
export function reportedIncident(
  row: IncidentRow,
  updates: IncidentUpdateRow[],
): IncidentPayload['incident'] {
  return {
    title: row.title,
    description: row.description,
    discoveredAt: row.discoveredAt.toISOString(),
    occurredAt: row.occurredAt?.toISOString() ?? null,
    facts: row.facts as unknown as IncidentFacts,
    ciiInvolved: row.ciiInvolved,
    systems: row.systems,
    catalogItems: row.catalogItems as IncidentPayload['incident']['catalogItems'],
    dataVolume: row.dataVolume,
    measures: row.measures,
    computedLevel: row.computedLevel as IncidentPayload['incident']['level'],
    level: row.level as IncidentPayload['incident']['level'],
    decidedBy: row.decidedBy,
    status: row.status,
    closedAt: row.closedAt?.toISOString() ?? null,
    timeline: updates.map((u) => ({ at: u.at.toISOString(), author: u.author, note: u.note })),
  };
}

const refuse = (
  code:
    | 'INCIDENT_REPORT_NOT_REQUIRED'
    | 'INCIDENT_REPORT_ALREADY_SENT'
    | 'INCIDENT_INITIAL_REPORT_FIRST'
    | 'INCIDENT_NOT_CLOSED'
    | 'INCIDENT_SUMMARY_REQUIRED',
  zh: string,
  en: string,
) => new AppError(code, `${zh} / ${en}`);

/** Refuses a report the rules do not call for, or one already sent. */
function checkReport(row: IncidentRow, kind: ReportKind, summary: Summary | undefined): void {
  const plan = planOf(
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
    new Date(),
  );
  if (kind === 'initial') {
    if (!plan.initial.required) {
      throw refuse(
        'INCIDENT_REPORT_NOT_REQUIRED',
        '一般事件且不涉及重要数据，无须报告',
        'a general incident without important data is not reported',
      );
    }
    if (row.initialSentAt !== null)
      throw refuse(
        'INCIDENT_REPORT_ALREADY_SENT',
        '初报已提交',
        'the initial report was already sent',
      );
    return;
  }
  if (row.initialSentAt === null)
    throw refuse('INCIDENT_INITIAL_REPORT_FIRST', '请先提交初报', 'send the initial report first');
  if (kind === 'summary') {
    if (!plan.summary.required) {
      throw refuse(
        'INCIDENT_REPORT_NOT_REQUIRED',
        '重大及以上事件才须提交总结报告',
        'only incidents of 重大 or above need a summary report',
      );
    }
    if (row.status !== 'closed')
      throw refuse('INCIDENT_NOT_CLOSED', '事件结束后才能提交总结报告', 'close the incident first');
    if (row.summarySentAt !== null)
      throw refuse(
        'INCIDENT_REPORT_ALREADY_SENT',
        '总结报告已提交',
        'the summary report was already sent',
      );
    if (summary === undefined)
      throw refuse(
        'INCIDENT_SUMMARY_REQUIRED',
        '总结报告须填写原因、处置措施和危害',
        'a summary report needs the cause, measures and harm',
      );
  }
}

/**
 * Sends an initial, follow-up or summary report of an incident, in ONE transaction: the
 * report row, and the incident.report message to the parent — or, for a tenant of this
 * node, the report stored straight into this node's received tables (and forwarded to its
 * parent when the ministry gets it). Audited.
 */
export async function sendIncidentReport(
  deps: NodeDeps,
  principal: Principal,
  id: string,
  kind: ReportKind,
  summary: Summary | undefined,
): Promise<void> {
  await withTransaction(deps.pool, async (tx) => {
    const row = await incidentsRepository.getForUpdate(tx, principal.orgId, id);
    if (row === undefined) throw incidentNotFound();
    checkReport(row, kind, summary);
    const filer = await resolveFiler(deps, tx, principal.orgId);
    const updates = await incidentsRepository.updates(tx, id);
    const now = new Date();
    const payload: IncidentPayload = {
      kind,
      reportId: randomUUID(),
      incidentId: id,
      enterprise: filer.enterprise,
      sentAt: now.toISOString(),
      incident: reportedIncident(row, updates),
      summary: kind === 'summary' && summary !== undefined ? summary : null,
    };
    const sent = await deliver(
      deps,
      tx,
      principal,
      filer.target.kind,
      'incident.report',
      payload,
      now,
    );
    await incidentsRepository.addReport(tx, id, {
      id: payload.reportId,
      kind,
      receiver: sent.receiver,
      messageId: sent.messageId,
      payload,
      sentBy: principal.username,
      sentAt: now,
    });
    await appendAudit(tx, {
      orgId: principal.orgId,
      actor: principal.username,
      action: 'incident.report',
      target: `incident:${id}`,
      payload: { kind, level: row.level, receiver: sent.receiver, reportId: payload.reportId },
    });
  });
}

/** Up to the parent in the outbox, or (a tenant) into this node's received tables. */
async function deliver(
  deps: NodeDeps,
  tx: Queryable,
  principal: Principal,
  target: 'parent' | 'tenant',
  type: 'incident.report' | 'risk.report',
  payload: unknown,
  now: Date,
): Promise<{ receiver: string; messageId: string | null }> {
  if (target === 'parent') {
    const queued = await queueToParent(tx, type, payload);
    return { receiver: queued.receiver, messageId: queued.id };
  }
  const self = deps.federation.identity.nodeId;
  const origin = { sender: self, tenantOrgId: principal.orgId, envelopeId: null };
  if (type === 'incident.report') await applyIncidentReport(tx, origin, payload, now);
  else await applyRiskReport(tx, origin, payload, now);
  return { receiver: self, messageId: null };
}

/**
 * Records a risk report and sends it to the province when it may lead to 较大 or above
 * (Measures Art. 27, core riskReportRouting). A lower risk is recorded, not sent.
 */
export async function createRiskReport(
  deps: NodeDeps,
  principal: Principal,
  input: z.infer<typeof CreateRiskReportRequestSchema>,
): Promise<string> {
  const id = randomUUID();
  await withTransaction(deps.pool, async (tx) => {
    const routing = riskReportRouting(input.potentialLevel);
    const now = new Date();
    let receiver: string | null = null;
    let messageId: string | null = null;
    let payload: unknown = { ...input, reportId: id };
    if (routing.toProvince) {
      const filer = await resolveFiler(deps, tx, principal.orgId);
      payload = {
        reportId: id,
        enterprise: filer.enterprise,
        sentAt: now.toISOString(),
        riskType: input.riskType,
        potentialLevel: input.potentialLevel,
        title: input.title,
        description: input.description,
        foundAt: new Date(input.foundAt).toISOString(),
        systems: input.systems,
        measures: input.measures,
      } satisfies MessagePayload<'risk.report'>;
      const sent = await deliver(
        deps,
        tx,
        principal,
        filer.target.kind,
        'risk.report',
        payload,
        now,
      );
      receiver = sent.receiver;
      messageId = sent.messageId;
    }
    await riskReportsRepository.insert(tx, {
      id,
      orgId: principal.orgId,
      riskType: input.riskType,
      potentialLevel: input.potentialLevel,
      title: input.title,
      foundAt: new Date(input.foundAt),
      receiver,
      messageId,
      payload,
      sentBy: principal.username,
      sentAt: now,
    });
    await appendAudit(tx, {
      orgId: principal.orgId,
      actor: principal.username,
      action: 'risk.report',
      target: `risk:${id}`,
      payload: { riskType: input.riskType, potentialLevel: input.potentialLevel, receiver },
    });
  });
  return id;
}
