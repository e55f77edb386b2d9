import { ENVELOPE_VERSION, type EnvelopeDraft, type FederationEnvelope } from '@shuan/core';
import type { OutboxRow } from '@shuan/db';
import { signEnvelope, signEnvelopes, type EnvelopeSigningKey } from '@shuan/tools';

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
 * Signs outbox rows for one push with a fresh `sentAt`, as ONE batch: one SM2 signature over
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

/**
 * Signs outbox rows for a pull answer, each envelope with its own signature (no proof):
 * batch-signed pull pages made the parent's key-rotation test time out in 3 of 5 CI runs,
 * for a reason not yet found (docs/federation.md "Batch signatures").
 */
export function signOutboxRowsOneByOne(
  rows: readonly OutboxRow[],
  sender: string,
  key: EnvelopeSigningKey,
  sentAt: string = new Date().toISOString(),
): FederationEnvelope[] {
  return rows.map((row) => signEnvelope(draftOf(row, sender, sentAt), key));
}
