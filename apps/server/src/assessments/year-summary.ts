import {
  AssessmentReportPayloadSchema,
  AssessmentYearSummaryPayloadSchema,
  type Envelope,
  type MessagePayload,
} from '@shuan/contracts';
import { summarizeAssessmentYear } from '@shuan/core';
import {
  assessmentYearSummariesRepository,
  federationPeersRepository,
  receivedAssessmentsRepository,
  withTransaction,
  type Queryable,
} from '@shuan/db';
import { appendAudit } from '../audit/append-audit.ts';
import { queueToParent } from '../federation/queue-message.ts';
import type { NodeDeps, Principal } from '../http/context.ts';
import { NODE_CALENDAR } from '../node/work-calendar.ts';
import { filedEnterprise, provinceSources } from '../rollups/province-sources.ts';

type YearSummaryPayload = MessagePayload<'assessment.year-summary'>;

/**
 * The province's yearly summary of the assessment reports it received (core
 * `summarizeAssessmentYear`) as of `now`: the enterprises expected are those whose latest
 * filing with the province (not withdrawn) names them, the reports are every received one
 * of `year` (children's and tenants'), reviews as the province recorded them.
 */
export async function buildYearSummary(
  db: Queryable,
  year: number,
  now: Date,
): Promise<YearSummaryPayload> {
  const { filings, region } = await provinceSources(db);
  const reports = (await receivedAssessmentsRepository.ofYear(db, year)).map((row) => {
    const payload = AssessmentReportPayloadSchema.parse(row.payload);
    return {
      uscc: row.uscc,
      completedOn: row.completedOn,
      receivedAt: row.receivedAt,
      distribution: payload.distribution,
      openRisks: payload.openRisks,
      review: row.reviewOutcome,
    };
  });
  const summary = summarizeAssessmentYear({
    year,
    expected: filings.map((row) => ({
      uscc: row.uscc,
      name: filedEnterprise(row).name ?? '',
    })),
    reports,
    calendar: NODE_CALENDAR,
  });
  return AssessmentYearSummaryPayloadSchema.parse({ ...summary, region, asOf: now.toISOString() });
}

/**
 * Sends the year's summary to the ministry now: computed, queued as `assessment.year-summary`,
 * kept as the province's latest sent summary of the year and audited, in one transaction.
 * FED_NOT_ENROLLED without a parent.
 */
export async function sendYearSummary(
  deps: NodeDeps,
  principal: Principal,
  year: number,
  now = new Date(),
): Promise<{ messageId: string; receiver: string; summary: YearSummaryPayload }> {
  return withTransaction(deps.pool, async (tx) => {
    const summary = await buildYearSummary(tx, year, now);
    const queued = await queueToParent(tx, 'assessment.year-summary', summary);
    await assessmentYearSummariesRepository.upsertLatest(tx, {
      sender: deps.federation.identity.nodeId,
      year,
      payload: summary,
      asOf: now,
      envelopeId: queued.id,
    });
    await appendAudit(tx, {
      orgId: principal.orgId,
      actor: principal.username,
      action: 'assessment.year-summary.send',
      target: `year:${String(year)}`,
      payload: { receiver: queued.receiver, messageId: queued.id, ...countsOf(summary) },
    });
    return { messageId: queued.id, receiver: queued.receiver, summary };
  });
}

function countsOf(summary: YearSummaryPayload) {
  const { expected, received, onTime, late, missingTotal } = summary;
  return { expected, received, onTime, late, missingTotal };
}

/** What the province shows: the summary as of now, the last one it sent, whether it can send. */
export async function yearSummaryView(deps: NodeDeps, year: number) {
  const [current, sent, parent] = await Promise.all([
    buildYearSummary(deps.pool, year, new Date()),
    assessmentYearSummariesRepository.get(deps.pool, deps.federation.identity.nodeId, year),
    federationPeersRepository.findParent(deps.pool),
  ]);
  return {
    current,
    sent:
      sent === undefined
        ? null
        : {
            summary: AssessmentYearSummaryPayloadSchema.parse(sent.payload),
            firstSentAt: sent.firstAsOf.toISOString(),
            lastSentAt: sent.asOf.toISOString(),
          },
    canSend: parent !== undefined,
  };
}

/**
 * The `assessment.year-summary` handler (ministry): keeps the province's latest summary of
 * the year (by `asOf`); the first one's time stays, to judge it against the due day.
 */
export async function applyYearSummary(tx: Queryable, envelope: Envelope): Promise<void> {
  const summary = AssessmentYearSummaryPayloadSchema.parse(envelope.payload);
  await assessmentYearSummariesRepository.upsertLatest(tx, {
    sender: envelope.sender,
    year: summary.year,
    payload: summary,
    asOf: new Date(summary.asOf),
    envelopeId: envelope.id,
  });
}
