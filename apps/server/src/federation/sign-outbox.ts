import { ENVELOPE_VERSION, type FederationEnvelope } from '@shuan/core';
import type { OutboxRow } from '@shuan/db';
import { signEnvelopes, type EnvelopeSigningKey } from '@shuan/tools';

/**
 * Signs outbox rows for one delivery (a push up; a pull answer signs rows one by one) with a fresh
 * `sentAt`; id and seq stay those of the row. The rows are signed as ONE batch: one SM2
 * signature over the root of their digests, and a proof per envelope (docs/federation.md
 * "Batch signatures"), so the receiver checks one signature per delivery, not one per message.
 */
export function signOutboxRows(
  rows: readonly OutboxRow[],
  sender: string,
  key: EnvelopeSigningKey,
  sentAt: string = new Date().toISOString(),
): FederationEnvelope[] {
  return signEnvelopes(
    rows.map((row) => ({
      v: ENVELOPE_VERSION,
      id: row.id,
      sender,
      receiver: row.receiver,
      type: row.type,
      seq: row.seq,
      sentAt,
      payload: row.payload,
      ...(row.chunk !== null && { chunk: row.chunk }),
    })),
    key,
  );
}
