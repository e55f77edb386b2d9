import { ENVELOPE_VERSION, type EnvelopeDraft, type FederationEnvelope } from '@shuan/core';
import type { OutboxRow } from '@shuan/db';
import { signEnvelopes, type EnvelopeSigningKey } from '@shuan/tools';

/** The envelope of an outbox row, sent at `sentAt`; id and seq stay those of the row. */
function draftOf(row: OutboxRow, sender: string, sentAt: string): EnvelopeDraft {
  return {
    v: ENVELOPE_VERSION,
    id: row.id,
    sender,
    receiver: row.receiver,
    type: row.type,
    seq: row.seq,
    sentAt,
    payload: row.payload,
    ...(row.chunk !== null && { chunk: row.chunk }),
  };
}

/**
 * Signs outbox rows for one push or pull page with a fresh `sentAt`, as ONE batch: one SM2 signature over
 * the root of their digests, and a proof per envelope (docs/federation.md "Batch
 * signatures"), so the receiver checks one signature per delivery, not one per message.
 */
export function signOutboxRows(
  rows: readonly OutboxRow[],
  sender: string,
  key: EnvelopeSigningKey,
  sentAt: string = new Date().toISOString(),
): FederationEnvelope[] {
  return signEnvelopes(
    rows.map((row) => draftOf(row, sender, sentAt)),
    key,
  );
}
