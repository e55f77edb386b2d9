import {
  AssessmentReportPayloadSchema,
  type Envelope,
  type MessagePayload,
} from '@shuan/contracts';
import { riskDistribution } from '@shuan/core';
import {
  assessmentsRepository,
  receivedAssessmentsRepository,
  withTransaction,
  type Queryable,
} from '@shuan/db';
import { appendAudit } from '../audit/append-audit.ts';
import { queueToParent } from '../federation/queue-message.ts';
import { resolveFiler } from '../filings/filing-profile.ts';
import { AppError } from '../http/app-error.ts';
import type { NodeDeps, Principal } from '../http/context.ts';
import { datesOf, loadAssessment, type AssessmentBundle } from './assessment.presenter.ts';
import { lockAssessment } from './assessment-service.ts';
import { forwardAssessmentsToParent } from './forward-assessments.ts';

type ReportPayload = MessagePayload<'assessment.report'>;

/** The `assessment.report` payload of a completed assessment: figures and conclusion, no data. */
export function reportPayload(
  bundle: AssessmentBundle,
  enterprise: ReportPayload['enterprise'],
  now: Date,
): ReportPayload {
  const { row } = bundle;
  const dates = datesOf(row, now);
  if (row.completedOn === null || dates === null) {
    throw new AppError(
      'ASSESSMENT_NOT_COMPLETED',
      '评估尚未完成，不能报送 / complete the assessment before filing it',
    );
  }
  const scope = row.scope as { level: string }[];
  return {
    assessmentId: row.id,
    enterprise,
    year: row.year,
    checklistId: row.checklistId,
    checklistVersion: row.checklistVersion,
    completedOn: row.completedOn,
    validUntil: dates.validUntil,
    conclusion: row.conclusion,
    measures: row.measures,
    importantItems: scope.filter((item) => item.level === 'important').length,
    coreItems: scope.filter((item) => item.level === 'core').length,
    distribution: riskDistribution(bundle.findings),
    findingCount: bundle.findings.length,
    openRisks: bundle.risks.filter(
      (risk) => risk.status === 'open' || risk.status === 'in-progress',
    ).length,
    checklist: bundle.answers.map((answer) => ({ itemId: answer.itemId, status: answer.status })),
  };
}

/**
 * Files a completed assessment with the province in ONE transaction: the `assessment.report`
 * message in the outbox (an enterprise node), or — a tenant hosted on a province — the row in
 * this node's received reports; the filing time on the assessment; the audit entry.
 * The filer's identity is the filing loop's (`FILING_PROFILE_MISSING` without one).
 */
export async function fileAssessment(
  deps: NodeDeps,
  principal: Principal,
  id: string,
): Promise<void> {
  await withTransaction(deps.pool, async (tx) => {
    const row = await lockAssessment(tx, principal.orgId, id, true);
    if (row.filedAt !== null) {
      throw new AppError(
        'ASSESSMENT_ALREADY_FILED',
        '该评估报告已报送 / this report has already been filed',
      );
    }
    const filer = await resolveFiler(deps, tx, principal.orgId);
    const now = new Date();
    const payload = reportPayload(
      await loadAssessment(tx, principal.orgId, id),
      filer.enterprise,
      now,
    );
    let receiver: string;
    let messageId: string | null = null;
    if (filer.target.kind === 'tenant') {
      receiver = deps.federation.identity.nodeId;
      await storeReceivedAssessment(tx, {
        sender: receiver,
        envelopeId: null,
        tenantOrgId: principal.orgId,
        payload,
        now,
      });
    } else {
      const queued = await queueToParent(tx, 'assessment.report', payload);
      receiver = queued.receiver;
      messageId = queued.id;
    }
    await assessmentsRepository.markFiled(tx, id, {
      at: now,
      by: principal.username,
      receiver,
      messageId,
    });
    await appendAudit(tx, {
      orgId: principal.orgId,
      actor: principal.username,
      action: 'assessment.file',
      target: `assessment:${id}`,
      payload: { receiver, year: payload.year, completedOn: payload.completedOn },
    });
  });
}

/**
 * Stores a received report at the province or the ministry (idempotent per sender and
 * assessment) and, on a province, passes it on to the ministry in the same transaction
 * (forward-assessments.ts). A re-delivered report is stored and passed on once.
 */
export async function storeReceivedAssessment(
  tx: Queryable,
  input: {
    sender: string;
    envelopeId: string | null;
    tenantOrgId: string | null;
    payload: ReportPayload;
    now: Date;
  },
): Promise<void> {
  const { payload } = input;
  const stored = await receivedAssessmentsRepository.insert(tx, {
    sender: input.sender,
    envelopeId: input.envelopeId,
    tenantOrgId: input.tenantOrgId,
    assessmentId: payload.assessmentId,
    uscc: payload.enterprise.uscc,
    name: payload.enterprise.name,
    year: payload.year,
    completedOn: payload.completedOn,
    validUntil: payload.validUntil,
    conclusion: payload.conclusion,
    payload,
    receivedAt: input.now,
  });
  if (stored) await forwardAssessmentsToParent(tx, input.now);
}

/** The `assessment.report` handler of a province (from a child) and of the ministry (from a province). */
export async function applyAssessmentReport(
  tx: Queryable,
  envelope: Envelope,
  now: Date,
): Promise<void> {
  await storeReceivedAssessment(tx, {
    sender: envelope.sender,
    envelopeId: envelope.id,
    tenantOrgId: null,
    payload: AssessmentReportPayloadSchema.parse(envelope.payload),
    now,
  });
}
