import {
  warningsRepository,
  type Queryable,
  type RecipientRef,
  type WarningRecipientRow,
  type WarningRow,
} from '@shuan/db';
import { queueToParent } from '../federation/queue-message.ts';

/** An acknowledgement (签收) or an answer (反馈), as one enterprise gives it. */
export type WarningAnswer =
  | { kind: 'ack'; at: Date; by: string }
  | { kind: 'feedback'; at: Date; by: string; measures: string; matchedIndicators: number };

/**
 * Records an enterprise's acknowledgement or answer in this node's tracking table and, when
 * the warning came from the parent (a province relaying the ministry's warning), forwards it
 * up in the same transaction, naming the enterprise (credit code and name from the tracking
 * row). An answer from an enterprise this node never addressed is ignored (undefined).
 */
export async function recordAndForward(
  tx: Queryable,
  warning: WarningRow,
  ref: RecipientRef,
  answer: WarningAnswer,
): Promise<WarningRecipientRow | undefined> {
  const recipient =
    answer.kind === 'ack'
      ? await warningsRepository.recordAck(tx, warning.id, ref, answer.at, answer.by)
      : await warningsRepository.recordFeedback(tx, warning.id, ref, answer);
  if (recipient === undefined || warning.origin !== 'received') return recipient;
  const enterprise = { uscc: recipient.uscc, name: recipient.name, nodeId: recipient.nodeId };
  if (answer.kind === 'ack') {
    await queueToParent(tx, 'warning.ack', {
      warningId: warning.id,
      acknowledgedAt: answer.at.toISOString(),
      acknowledgedBy: answer.by,
      enterprise,
    });
  } else {
    await queueToParent(tx, 'warning.feedback', {
      warningId: warning.id,
      answeredAt: answer.at.toISOString(),
      answeredBy: answer.by,
      measures: answer.measures,
      matchedIndicators: answer.matchedIndicators,
      enterprise,
    });
  }
  return recipient;
}

/**
 * How an answer names its enterprise on the receiving node: the sending child itself, or,
 * when a province forwards, the enterprise it names (by credit code, or by node id when its
 * tracking row has none) — matched only among the enterprises that province delivered to
 * (`via_node`), so no child can answer for another.
 */
export function refOf(
  sender: string,
  enterprise: { uscc: string | null; nodeId: string | null } | undefined,
): RecipientRef {
  if (enterprise === undefined) return { nodeId: sender };
  if (enterprise.uscc !== null) return { uscc: enterprise.uscc, viaNode: sender };
  if (enterprise.nodeId === null || enterprise.nodeId === sender) return { nodeId: sender };
  return { nodeId: enterprise.nodeId, viaNode: sender };
}
