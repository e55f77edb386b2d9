import {
  WarningAckPayloadSchema,
  WarningChasePayloadSchema,
  WarningDeliveryPayloadSchema,
  WarningFeedbackPayloadSchema,
  WarningIssuePayloadSchema,
} from '@shuan/contracts';
import type { MessageType } from '@shuan/core';
import {
  organizationsRepository,
  warningFollowUpRepository,
  warningInboxRepository,
  warningsRepository,
  type Queryable,
} from '@shuan/db';
import type { HandlerContext, MessageHandler } from '../federation/message-handlers.ts';
import { queueMessage } from '../federation/queue-message.ts';
import { warningAnswerReason } from '../federation/refusal-reasons.ts';
import { deliveryScopeGuarded } from '../federation/rollup-scope-check.ts';
import { recordAndTell, scopeRefusal } from '../federation/tell-refusal.ts';
import { chaseLocally } from './chase-warning.ts';
import { deliverToEnterprises } from './deliver-warning.ts';
import { recordAndForward, refOf } from './report-answers.ts';

async function ownOrgId(tx: Queryable): Promise<string> {
  const own = await organizationsRepository.first(tx);
  if (own === undefined) throw new Error('node has no organisation');
  return own.id;
}

/**
 * `warning.issue` (down). Stored once per node. `inbox` (an enterprise node): into the
 * node's own inbox. `resolve` (a province): resolved against the province's registry and
 * passed on to the matching children and tenants, and whom it addressed goes back up as
 * `warning.delivery` — all in the receiving transaction.
 */
async function applyIssue({ tx, envelope, now }: HandlerContext): Promise<void> {
  const { deliver, warning } = WarningIssuePayloadSchema.parse(envelope.payload);
  const orgId = await ownOrgId(tx);
  const stored = await warningsRepository.insert(tx, {
    id: warning.warningId,
    orgId,
    origin: 'received',
    receivedFrom: envelope.sender,
    issuedBy: warning.issuedBy,
    issuerName: warning.issuerName,
    issuedAt: new Date(warning.issuedAt),
    issuedUser: null,
    level: warning.level,
    type: warning.type,
    title: warning.title,
    description: warning.description,
    indicators: warning.indicators,
    measures: warning.measures,
    ackBy: new Date(warning.ackBy),
    feedbackBy: new Date(warning.feedbackBy),
    audience: warning.audience,
    envelopeId: envelope.id,
  });
  if (!stored) return;
  if (deliver === 'inbox') {
    await warningInboxRepository.deliver(tx, warning.warningId, orgId, now);
    return;
  }
  const { recipients } = await deliverToEnterprises(tx, warning, orgId, now);
  await queueMessage(tx, envelope.sender, 'warning.delivery', {
    warningId: warning.warningId,
    deliveredAt: now.toISOString(),
    recipients: recipients.map((r) => ({
      uscc: r.uscc,
      name: r.name,
      region: r.regionCode,
      industry: r.industryCode,
      nodeId: r.nodeId,
      delivered: r.deliveredAt !== null,
    })),
  });
}

/** `warning.chase` (down): a reminder; a province reminds its own laggards among those named. */
async function applyChase({ tx, envelope, now }: HandlerContext): Promise<void> {
  const chase = WarningChasePayloadSchema.parse(envelope.payload);
  const warning = await warningsRepository.get(tx, chase.warningId);
  if (warning === undefined) return;
  if (chase.deliver === 'inbox') {
    await warningInboxRepository.remind(tx, chase.warningId, warning.orgId, now);
    return;
  }
  await chaseLocally(tx, warning, now, chase.message, new Set(chase.usccs));
}

/**
 * `warning.delivery` (up, ministry): whom a province addressed. A `late` one (an enterprise
 * that joined the audience after the first delivery) goes into the warning's history.
 */
async function applyDelivery({ tx, envelope }: HandlerContext): Promise<void> {
  const delivery = WarningDeliveryPayloadSchema.parse(envelope.payload);
  const warning = await warningsRepository.get(tx, delivery.warningId);
  if (warning?.origin !== 'issued') return;
  const at = new Date(delivery.deliveredAt);
  const added = await warningsRepository.addRecipients(
    tx,
    warning.id,
    delivery.recipients.map((r) => ({
      uscc: r.uscc,
      name: r.name,
      regionCode: r.region,
      industryCode: r.industry,
      nodeId: r.nodeId,
      tenantOrgId: null,
      viaNode: envelope.sender,
      deliveredAt: r.delivered ? at : null,
    })),
  );
  const delivered = added.filter((r) => r.deliveredAt !== null);
  if (delivery.late !== true || delivered.length === 0) return;
  await warningFollowUpRepository.addEvent(tx, {
    warningId: warning.id,
    at,
    kind: 'late-delivery',
    actor: `node:${envelope.sender}`,
    detail: {
      recipients: delivered.map((r) => ({ uscc: r.uscc, name: r.name, nodeId: r.nodeId })),
      viaNode: envelope.sender,
    },
  });
}

/**
 * Refuses a child's acknowledgement or answer that matches no tracking row this node keeps
 * for it: the warning is unknown here, or was not addressed to that child (its own row,
 * `node_id`) nor reached an enterprise through it (a province's forwarded answer, `via_node`).
 * Recorded as `FED_SCOPE_MISMATCH` and told to the child (`message.refused`); not applied.
 */
async function refuseAnswer(
  { tx, envelope, now }: HandlerContext,
  answer: { warningId: string; enterprise?: { uscc: string | null } | undefined },
  known: boolean,
): Promise<void> {
  await recordAndTell(
    tx,
    [
      scopeRefusal(envelope, {
        detail: { warningId: answer.warningId, known },
        uscc: answer.enterprise?.uscc ?? null,
        reason: warningAnswerReason(known),
      }),
    ],
    now,
  );
}

/**
 * `warning.ack` (up): recorded, and forwarded further up when the warning came from above;
 * refused when this node never addressed it to the sender (see {@link refuseAnswer}).
 */
async function applyAck(context: HandlerContext): Promise<void> {
  const { tx, envelope } = context;
  const ack = WarningAckPayloadSchema.parse(envelope.payload);
  const warning = await warningsRepository.get(tx, ack.warningId);
  if (warning === undefined) return refuseAnswer(context, ack, false);
  const recorded = await recordAndForward(tx, warning, refOf(envelope.sender, ack.enterprise), {
    kind: 'ack',
    at: new Date(ack.acknowledgedAt),
    by: ack.acknowledgedBy,
  });
  if (recorded === undefined) await refuseAnswer(context, ack, true);
}

/** `warning.feedback` (up): the same path as an acknowledgement. */
async function applyFeedback(context: HandlerContext): Promise<void> {
  const { tx, envelope } = context;
  const answer = WarningFeedbackPayloadSchema.parse(envelope.payload);
  const warning = await warningsRepository.get(tx, answer.warningId);
  if (warning === undefined) return refuseAnswer(context, answer, false);
  const recorded = await recordAndForward(tx, warning, refOf(envelope.sender, answer.enterprise), {
    kind: 'feedback',
    at: new Date(answer.answeredAt),
    by: answer.answeredBy,
    measures: answer.measures,
    matchedIndicators: answer.matchedIndicators,
  });
  if (recorded === undefined) await refuseAnswer(context, answer, true);
}

/** The warning handlers, spread into `MESSAGE_HANDLERS`. */
export const WARNING_HANDLERS: Partial<Record<MessageType, MessageHandler>> = {
  'warning.issue': applyIssue,
  'warning.chase': applyChase,
  // A province enrolled for a region delivers within it (rollup-scope-check.ts).
  'warning.delivery': deliveryScopeGuarded(applyDelivery),
  'warning.ack': applyAck,
  'warning.feedback': applyFeedback,
};
