import { randomUUID } from 'node:crypto';
import type { MessagePayload } from '@shuan/contracts';
import { receivedAssessmentsRepository, type Queryable } from '@shuan/db';

type ReportPayload = MessagePayload<'assessment.report'>;

/** An `assessment.report` payload of a finished 2026 assessment (福州, steel), as filed up. */
export function buildAssessmentReportPayload(
  overrides: Partial<ReportPayload> = {},
): ReportPayload {
  return {
    assessmentId: randomUUID(),
    enterprise: {
      uscc: '91350100M000100Y43',
      name: '某钢铁集团',
      region: '350100',
      industry: 'C31',
    },
    year: 2026,
    checklistId: 'risk-assessment-2024',
    checklistVersion: '1.0.0',
    completedOn: '2026-03-06',
    validUntil: '2027-03-06',
    conclusion: '存在一项高风险，已制定整改计划',
    measures: '年内整改',
    importantItems: 3,
    coreItems: 1,
    distribution: { low: 1, medium: 0, high: 1, critical: 0 },
    findingCount: 2,
    openRisks: 1,
    checklist: [],
    ...overrides,
  };
}

/** Stores `payload` as a report received from child `sender` at `receivedAt`; its row id. */
export async function receiveAssessmentReport(
  db: Queryable,
  sender: string,
  payload: ReportPayload,
  receivedAt = new Date(),
): Promise<string> {
  await receivedAssessmentsRepository.insert(db, {
    sender,
    envelopeId: randomUUID(),
    tenantOrgId: null,
    assessmentId: payload.assessmentId,
    uscc: payload.enterprise.uscc,
    name: payload.enterprise.name,
    year: payload.year,
    completedOn: payload.completedOn,
    validUntil: payload.validUntil,
    conclusion: payload.conclusion,
    payload,
    receivedAt,
  });
  const row = await db.query<{ id: string }>(
    'SELECT id FROM received_assessments WHERE sender = $1 AND assessment_id = $2',
    [sender, payload.assessmentId],
  );
  return row.rows[0]?.id ?? '';
}
