import { randomUUID } from 'node:crypto';
import type { MessagePayload } from '@shuan/contracts';
import { receivedFilingsRepository, withTransaction, type Queryable } from '@shuan/db';
import type pg from 'pg';
import { buildFilingPayload } from '../../federation/testing/envelopes.ts';
import { storeReceivedAssessment } from '../file-assessment.ts';

type ReportPayload = MessagePayload<'assessment.report'>;
type FilingEnterprise = MessagePayload<'filing.submit'>['enterprise'];

/** Two Fuzhou enterprises of the yearly-summary tests: the steel works reports, the textile company does not. */
export const STEEL: FilingEnterprise = {
  uscc: '91350100M000100Y43',
  name: '某钢铁集团',
  region: '350100',
  industry: 'C31',
};
export const TEXTILE: FilingEnterprise = {
  uscc: '91350100MA2Y4B7C14',
  name: '某纺织公司',
  region: '350100',
  industry: 'C17',
};

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

/**
 * Stores `payload` as a report received from child `sender` at `receivedAt`, as the
 * `assessment.report` handler does (passed on when the province has a parent); its row id.
 */
export async function receiveAssessmentReport(
  pool: pg.Pool,
  sender: string,
  payload: ReportPayload,
  receivedAt = new Date(),
): Promise<string> {
  await withTransaction(pool, (tx) =>
    storeReceivedAssessment(tx, {
      sender,
      envelopeId: randomUUID(),
      tenantOrgId: null,
      payload,
      now: receivedAt,
    }),
  );
  const row = await pool.query<{ id: string }>(
    'SELECT id FROM received_assessments WHERE sender = $1 AND assessment_id = $2',
    [sender, payload.assessmentId],
  );
  return row.rows[0]?.id ?? '';
}

/** A full filing of each enterprise, received from its own child node (`ent-<uscc>`). */
export async function receiveFilings(
  db: Queryable,
  enterprises: readonly FilingEnterprise[],
): Promise<void> {
  await receivedFilingsRepository.insertMany(
    db,
    enterprises.map((enterprise) => {
      const filing = { ...buildFilingPayload(), enterprise };
      return {
        envelopeId: randomUUID(),
        sender: `ent-${enterprise.uscc}`,
        filingId: filing.filingId,
        kind: filing.kind,
        payload: filing,
      };
    }),
  );
}
