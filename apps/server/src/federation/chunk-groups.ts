import { parseMessagePayload, type Envelope } from '@shuan/contracts';
import { joinChunks, type EnrollmentScope, type FederationErrorCode } from '@shuan/core';
import { federationInboxRepository, type Queryable } from '@shuan/db';
import { handlerOf } from './message-handlers.ts';
import { outsideScope } from './scope-check.ts';

/** Why a chunk group could not be applied (recorded as a rejection of its last part). */
export interface ChunkGroupFailure {
  code: FederationErrorCode;
  envelope: Envelope;
  detail: Record<string, unknown>;
}

/** True for the part that completes its group: the last index, which has the highest seq. */
export function completesGroup(envelope: Envelope): boolean {
  return envelope.chunk !== undefined && envelope.chunk.index === envelope.chunk.count - 1;
}

/**
 * Joins and applies the chunk group that `last` completes, inside the receiving
 * transaction (every part is already stored in the inbox, in seq order, because the
 * sender queued them with consecutive seqs in one transaction). The joined payload is
 * checked against its type's schema and given to the type's handler as one envelope with
 * the last part's id, so the group is applied exactly once, at the last part's seq; its
 * parts are then marked applied. Returns the failure instead of throwing: the parts stay
 * stored and unapplied, the stream goes on, and the caller records the rejection.
 */
export async function applyChunkGroup(
  tx: Queryable,
  last: Envelope,
  scope: EnrollmentScope | null,
  now: Date,
): Promise<ChunkGroupFailure | undefined> {
  const chunk = last.chunk;
  if (chunk === undefined) return undefined;
  const firstSeq = last.seq - chunk.count + 1;
  const fail = (code: FederationErrorCode, detail: Record<string, unknown>) => ({
    code,
    envelope: last,
    detail: { groupId: chunk.groupId, count: chunk.count, ...detail },
  });
  if (firstSeq < 1) return fail('FED_CHUNK_INCONSISTENT', { seq: last.seq });
  const rows = await federationInboxRepository.range(tx, last.sender, firstSeq, last.seq);
  // Parts are consecutive: part i sits at seq firstSeq + i. Anything else at those seqs
  // (another message, another group) means parts are missing or the group is mixed up.
  const parts = rows.filter(
    (row) =>
      row.chunk !== null &&
      row.chunk.groupId === chunk.groupId &&
      row.type === last.type &&
      row.chunk.index === row.seq - firstSeq,
  );
  const joined = joinChunks(
    parts.map((row) => ({ chunk: row.chunk ?? undefined, payload: row.payload })),
  );
  if (!joined.ok) return fail(joined.code, { missing: joined.missing ?? [] });
  const parsed = parseMessagePayload(last.type, joined.payload);
  if (!parsed.success) {
    return fail('FED_PAYLOAD_INVALID', { issue: parsed.error.issues[0]?.message ?? '' });
  }
  // The joined payload names its enterprise only now: the same scope rule as a whole message.
  if (outsideScope(scope, joined.payload)) return fail('FED_SCOPE_MISMATCH', {});
  const { chunk: _chunk, ...whole } = last;
  const envelope = { ...whole, payload: joined.payload };
  const handler = handlerOf(envelope);
  // A type without a handler stays stored unapplied, as a whole message would.
  if (handler === undefined) return undefined;
  await handler({ tx, envelope, now });
  await federationInboxRepository.markApplied(tx, last.sender, firstSeq, last.seq, now);
  return undefined;
}
