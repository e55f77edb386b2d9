import type { Envelope } from '@shuan/contracts';
import type { MessageType } from '@shuan/core';
import { federationRejectionsRepository, type Queryable } from '@shuan/db';
import { queueMessage } from './queue-message.ts';
import { excerptOf, type Refusal } from './rejection-excerpt.ts';

/** A reason in both languages, as `message.refused` carries it. */
export interface BilingualReason {
  zh: string;
  en: string;
}

/**
 * A message refused when applied: its recorded refusal (sender and envelope id known) and
 * what its sender is told — the type, the enterprise it spoke for and why.
 */
export interface ToldRefusal extends Refusal {
  sender: string;
  envelopeId: string;
  type: MessageType;
  uscc: string | null;
  reason: BilingualReason;
}

/**
 * The scope refusal (`FED_SCOPE_MISMATCH`, channel `push`: upward messages only come pushed)
 * of one envelope refused when applied: its excerpt with what the check judged (`detail`),
 * and what its sender is told.
 */
export function scopeRefusal(
  envelope: Envelope,
  told: { detail: Record<string, unknown>; uscc: string | null; reason: BilingualReason },
): ToldRefusal {
  return {
    channel: 'push',
    code: 'FED_SCOPE_MISMATCH',
    sender: envelope.sender,
    envelopeId: envelope.id,
    excerpt: { ...excerptOf(envelope), ...told.detail },
    type: envelope.type,
    uscc: told.uscc,
    reason: told.reason,
  };
}

/**
 * Records `refusals` (`federation_rejections`) and queues one signed `message.refused` to
 * each sender, all in the applying transaction `tx`: the refused message spends its seq and
 * its push answers accepted (the check needed this node's registry or tracking rows, so it
 * ran on apply), and the sender learns here that it was not taken in. Refusals are rare:
 * callers only come here when there is one, so the path of accepted messages pays nothing.
 */
export async function recordAndTell(
  tx: Queryable,
  refusals: readonly ToldRefusal[],
  now: Date,
): Promise<void> {
  if (refusals.length === 0) return;
  await federationRejectionsRepository.insertMany(
    tx,
    refusals.map(({ channel, code, sender, envelopeId, excerpt }) => ({
      channel,
      code,
      sender,
      envelopeId,
      excerpt,
    })),
    now,
  );
  for (const refusal of refusals)
    await queueMessage(tx, refusal.sender, 'message.refused', {
      envelopeId: refusal.envelopeId,
      type: refusal.type,
      code: refusal.code,
      uscc: refusal.uscc,
      reason: refusal.reason,
      refusedAt: now.toISOString(),
    });
}
