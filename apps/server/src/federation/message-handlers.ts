import {
  FilingReviewPayloadSchema,
  FilingSubmitPayloadSchema,
  FilingWithdrawPayloadSchema,
  NodeHeartbeatPayloadSchema,
  type Envelope,
} from '@shuan/contracts';
import type { MessageType } from '@shuan/core';
import {
  federationPeersRepository,
  filingReviewsRepository,
  receivedFilingsRepository,
  type Queryable,
} from '@shuan/db';
import { applyAssessmentReport } from '../assessments/file-assessment.ts';
import { applyFilingReview } from '../filings/enterprise-filings.ts';
import { applyIncidentReport, applyRiskReport } from '../incidents/receive-reports.ts';
import { applyReceivedRulePack } from '../rule-packs/apply-rule-pack.ts';
import { applyRollupReport } from '../rollups/send-rollup.ts';
import { applyKeyRotate } from './key-rotation.ts';
import { WARNING_HANDLERS } from '../warnings/warning-handlers.ts';

/** What a handler gets: the transaction that also stores the envelope and advances its seq. */
export interface HandlerContext {
  tx: Queryable;
  envelope: Envelope;
  now: Date;
}

/** Applies one verified, in-order envelope. Runs at most once per envelope id. */
export type MessageHandler = (context: HandlerContext) => Promise<void>;

/**
 * The handlers, keyed by message type. A type without a handler is still stored in the
 * inbox (in order, with its seq advanced) with `applied_at` null, so the feature that adds
 * its handler can apply what arrived before it. Chunk envelopes are stored, not applied one
 * by one: the last part of a group joins them and applies the whole (chunk-groups.ts).
 */
export const MESSAGE_HANDLERS: Partial<Record<MessageType, MessageHandler>> = {
  'node.heartbeat': async ({ tx, envelope, now }) => {
    const heartbeat = NodeHeartbeatPayloadSchema.parse(envelope.payload);
    await federationPeersRepository.recordHeartbeat(tx, envelope.sender, heartbeat, now);
  },
  // Rule packs down (stored, passed on to the children) and rollups up (latest per province).
  'rulepack.publish': async ({ tx, envelope }) => applyReceivedRulePack(tx, envelope),
  'rollup.report': async ({ tx, envelope }) => applyRollupReport(tx, envelope),
  // Province: a child's yearly risk assessment report (issue #5 §1).
  'assessment.report': async ({ tx, envelope, now }) => applyAssessmentReport(tx, envelope, now),
  'filing.submit': async ({ tx, envelope }) => {
    const filing = FilingSubmitPayloadSchema.parse(envelope.payload);
    await receivedFilingsRepository.insert(tx, {
      envelopeId: envelope.id,
      sender: envelope.sender,
      filingId: filing.filingId,
      kind: filing.kind,
      payload: filing,
    });
  },
  // Province: a child takes back a filing still waiting for review. A filing already
  // decided keeps its decision (the filing.review on its way down settles the child too).
  'filing.withdraw': async ({ tx, envelope, now }) => {
    const withdrawal = FilingWithdrawPayloadSchema.parse(envelope.payload);
    await filingReviewsRepository.withdraw(
      tx,
      envelope.sender,
      withdrawal.filingId,
      withdrawal.reason,
      now,
    );
  },
  // Enterprise: the province's decision on one of our filings (only the node it went to).
  'filing.review': async ({ tx, envelope, now }) => {
    const review = FilingReviewPayloadSchema.parse(envelope.payload);
    await applyFilingReview(tx, envelope.sender, review, now);
  },
  // Province and ministry: incident and risk reports, stored and (重大 and above) passed on.
  'incident.report': async ({ tx, envelope, now }) =>
    applyIncidentReport(
      tx,
      { sender: envelope.sender, tenantOrgId: null, envelopeId: envelope.id },
      envelope.payload,
      now,
    ),
  'risk.report': async ({ tx, envelope, now }) =>
    applyRiskReport(
      tx,
      { sender: envelope.sender, tenantOrgId: null, envelopeId: envelope.id },
      envelope.payload,
      now,
    ),
  // Parent: a child's new SM2 key, signed with its old one (key-rotation.ts).
  'node.key-rotate': async ({ tx, envelope }) => applyKeyRotate(tx, envelope),
  // Warnings down (issue, chase), whom a province addressed, acknowledgements and answers up.
  ...WARNING_HANDLERS,
};

/** The handler of an envelope, or undefined when it is stored unapplied (see above). */
export function handlerOf(envelope: Envelope): MessageHandler | undefined {
  return envelope.chunk === undefined ? MESSAGE_HANDLERS[envelope.type] : undefined;
}
