import {
  FilingReviewPayloadSchema,
  FilingSubmitPayloadSchema,
  FilingWithdrawPayloadSchema,
  MessageRefusedPayloadSchema,
  NodeHeartbeatPayloadSchema,
  type Envelope,
} from '@shuan/contracts';
import type { EnrollmentScope, MessageType } from '@shuan/core';
import {
  federationPeersRepository,
  filingReviewsRepository,
  receivedFilingsRepository,
  type Queryable,
} from '@shuan/db';
import { applyAssessmentReport } from '../assessments/file-assessment.ts';
import { applyYearSummary } from '../assessments/year-summary.ts';
import { applyReceivedChecklist } from '../checklists/apply-checklist.ts';
import { applyFilingReview } from '../filings/enterprise-filings.ts';
import { applyRefilingNotice } from '../filings/receive-refilings.ts';
import { applyIncidentReport, applyRiskReport } from '../incidents/receive-reports.ts';
import { applyReceivedRulePack } from '../rule-packs/apply-rule-pack.ts';
import { applyRollupReport } from '../rollups/send-rollup.ts';
import { applyMessageRefused } from './apply-refusal.ts';
import { applyKeyRotate } from './key-rotation.ts';
import { rollupScopeGuarded, yearSummaryScopeGuarded } from './rollup-scope-check.ts';
import { scopeGuarded, scopeGuardedBatch } from './scope-check.ts';
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
  // A province enrolled for a region reports only that region (rollup-scope-check.ts).
  'rollup.report': rollupScopeGuarded(async ({ tx, envelope }) => applyRollupReport(tx, envelope)),
  // Province: a child's yearly risk assessment report (issue #5 §1), passed on to the
  // ministry; ministry: the reports the provinces passed on.
  // Messages that speak for an enterprise are scope-guarded: a child enrolled for a region
  // or an industry files and reports only for enterprises inside it (scope-check.ts).
  'assessment.report': scopeGuarded(async ({ tx, envelope, now }) =>
    applyAssessmentReport(tx, envelope, now),
  ),
  // Ministry: a province's yearly summary of receipt and review (latest per year), for the
  // province's own region only, like its rollups.
  'assessment.year-summary': yearSummaryScopeGuarded(async ({ tx, envelope }) =>
    applyYearSummary(tx, envelope),
  ),
  // Assessment checklist versions down (stored, passed on to the children), like rule packs.
  'checklist.publish': async ({ tx, envelope }) => applyReceivedChecklist(tx, envelope),
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
  // Province: where a child's re-filing after a material change stands (3 months).
  'filing.change': scopeGuarded(async ({ tx, envelope, now }) =>
    applyRefilingNotice(tx, { sender: envelope.sender, tenantOrgId: null }, envelope.payload, now),
  ),
  // Enterprise: the province's decision on one of our filings (only the node it went to).
  'filing.review': async ({ tx, envelope, now }) => {
    const review = FilingReviewPayloadSchema.parse(envelope.payload);
    await applyFilingReview(tx, envelope.sender, review, now);
  },
  // Province and ministry: incident and risk reports, stored and (重大 and above) passed on.
  'incident.report': scopeGuarded(async ({ tx, envelope, now }) =>
    applyIncidentReport(
      tx,
      { sender: envelope.sender, tenantOrgId: null, envelopeId: envelope.id },
      envelope.payload,
      now,
    ),
  ),
  'risk.report': scopeGuarded(async ({ tx, envelope, now }) =>
    applyRiskReport(
      tx,
      { sender: envelope.sender, tenantOrgId: null, envelopeId: envelope.id },
      envelope.payload,
      now,
    ),
  ),
  // Child: the parent stored one of our messages but refused to apply it (scope refusals,
  // tell-refusal.ts): the outbox row becomes a dead letter, a filing `refused`.
  'message.refused': async ({ tx, envelope, now }) => {
    const refused = MessageRefusedPayloadSchema.parse(envelope.payload);
    await applyMessageRefused(tx, envelope.sender, refused, now);
  },
  // Parent: a child's new SM2 key, signed with its old one (key-rotation.ts).
  'node.key-rotate': async ({ tx, envelope }) => applyKeyRotate(tx, envelope),
  // Warnings down (issue, chase), whom a province addressed, acknowledgements and answers up.
  ...WARNING_HANDLERS,
};

/** What a batch handler gets: consecutive in-order envelopes of its type, in one transaction. */
export interface BatchHandlerContext {
  tx: Queryable;
  envelopes: readonly Envelope[];
  now: Date;
  /**
   * True when these are whole envelopes the receiver has just stored in the inbox with
   * their payloads valid against their schemas (a run of one push or pull page), so a
   * handler may copy a payload from the inbox in SQL instead of sending it again. False for
   * a joined chunk group (its inbox rows hold the parts) and for the one-envelope path.
   */
  stored?: boolean | undefined;
  /** The senders' enrollment scopes as the receiver read them (scope-check.ts), if known. */
  scopes?: ReadonlyMap<string, EnrollmentScope | null> | undefined;
}

/**
 * Handlers that apply a run of envelopes of one type with one statement instead of one per
 * envelope (ingest speed, docs/benchmarks.md). Only for types whose envelopes are independent
 * of each other, so applying a run at once equals applying them one by one in order.
 */
export const MESSAGE_BATCH_HANDLERS: Partial<
  Record<MessageType, (context: BatchHandlerContext) => Promise<void>>
> = {
  // Province: a child's filing, kept as received (one row per sender and filing id), unless
  // its enterprise is outside the child's region or industry scope (scope-check.ts).
  // Just stored: the payloads are copied from the inbox in SQL (the schema adds and drops
  // nothing, so the stored payload is the parsed one), instead of serialized and sent again.
  'filing.submit': scopeGuardedBatch(async ({ tx, envelopes, stored }) => {
    if (stored === true) {
      await receivedFilingsRepository.insertManyFromInbox(
        tx,
        envelopes.map((envelope) => envelope.id),
      );
      return;
    }
    await receivedFilingsRepository.insertMany(
      tx,
      envelopes.map((envelope) => {
        const filing = FilingSubmitPayloadSchema.parse(envelope.payload);
        return {
          envelopeId: envelope.id,
          sender: envelope.sender,
          filingId: filing.filingId,
          kind: filing.kind,
          payload: filing,
        };
      }),
    );
  }),
};

/** The handler of an envelope, or undefined when it is stored unapplied (see above). */
export function handlerOf(envelope: Envelope): MessageHandler | undefined {
  if (envelope.chunk !== undefined) return undefined;
  const single = MESSAGE_HANDLERS[envelope.type];
  if (single !== undefined) return single;
  const batch = MESSAGE_BATCH_HANDLERS[envelope.type];
  return batch === undefined
    ? undefined
    : ({ tx, now }) => batch({ tx, envelopes: [envelope], now });
}

/** The batch handler of an envelope's type, for a whole (non-chunk) envelope. */
export function batchHandlerOf(envelope: Envelope) {
  return envelope.chunk === undefined ? MESSAGE_BATCH_HANDLERS[envelope.type] : undefined;
}
