import { EnvelopeSchema, parseMessagePayload, type Envelope } from '@shuan/contracts';
import { checkEnvelope, type FederationErrorCode, type SenderState } from '@shuan/core';
import {
  federationInboxRepository,
  federationPeersRepository,
  federationRejectionsRepository,
  withTransaction,
  type PeerRow,
  type Queryable,
} from '@shuan/db';
import type { NodeDeps } from '../http/context.ts';
import { applyChunkGroup, completesGroup, type ChunkGroupFailure } from './chunk-groups.ts';
import { handlerOf } from './message-handlers.ts';
import { excerptOf, stringField, type Refusal } from './rejection-excerpt.ts';
import { outsideScope } from './scope-check.ts';

/** What happened to one envelope of a batch (the push answer, in request order). */
export interface DeliveryResult {
  id: string | null;
  seq: number | null;
  status: 'accepted' | 'duplicate' | 'held' | 'rejected';
  code: FederationErrorCode | null;
}

interface Candidate {
  index: number;
  envelope: Envelope;
  peer: PeerRow;
}

/**
 * Receives a batch of envelopes (a child's push, or what a pull brought from the parent):
 *
 * 1. parse each (`FED_MALFORMED`); 2. `checkEnvelope` against the known peers, the stored
 * ids and the last applied seqs, advancing a simulated seq through the batch (unknown or
 * suspended sender, wrong receiver or direction, replay, clock skew; a gap is `held`);
 * 3. verify the SM2 signatures of the survivors in one batch on the worker pool;
 * 4. check each payload against its type's schema (`FED_PAYLOAD_INVALID`) and, for a child
 * enrolled for one enterprise, that the USCC it names is that one (`FED_SCOPE_MISMATCH`);
 * 5. in ONE transaction: lock the senders' seq rows, re-check order against them (another
 * batch may have won the race), store each envelope, apply it with its handler, advance
 * the sender's seq, note the contact, and record every rejection.
 *
 * An envelope already stored is answered `duplicate` (the sender retried because it never
 * saw our answer: it may treat it as delivered), and recorded as a FED_REPLAY.
 */
export async function receiveEnvelopes(
  deps: NodeDeps,
  raw: readonly unknown[],
  channel: 'push' | 'pull',
): Promise<DeliveryResult[]> {
  const now = new Date();
  const results: DeliveryResult[] = [];
  const refusals: Refusal[] = [];
  const parsed: { index: number; envelope: Envelope }[] = [];
  const refuse = (
    index: number,
    value: unknown,
    code: FederationErrorCode,
    status: 'rejected' | 'duplicate' = 'rejected',
  ): void => {
    const envelope = value as Partial<Envelope>;
    results[index] = { id: envelope.id ?? null, seq: envelope.seq ?? null, status, code };
    refusals.push({
      channel,
      code,
      sender: stringField(value, 'sender'),
      envelopeId: stringField(value, 'id'),
      excerpt: excerptOf(value),
    });
  };
  raw.forEach((value, index) => {
    const result = EnvelopeSchema.safeParse(value);
    if (result.success) parsed.push({ index, envelope: result.data });
    else refuse(index, value, 'FED_MALFORMED');
  });
  const candidates = await precheck(deps, parsed, now, results, refuse);
  const verdicts = await deps.federation.verifier.verifyMany(
    candidates.map(({ envelope, peer }) => ({ envelope, publicKey: peer.publicKey })),
  );
  const verified = candidates.filter((candidate, i) => {
    const verdict = verdicts[i];
    if (verdict?.ok !== true) {
      refuse(candidate.index, candidate.envelope, verdict?.code ?? 'FED_BAD_SIGNATURE');
      return false;
    }
    const { envelope } = candidate;
    if (
      envelope.chunk === undefined &&
      !parseMessagePayload(envelope.type, envelope.payload).success
    ) {
      refuse(candidate.index, envelope, 'FED_PAYLOAD_INVALID');
      return false;
    }
    // A node enrolled for one enterprise (USCC) speaks for that enterprise only.
    if (outsideScope(candidate.peer.scope, envelope.payload)) {
      refuse(candidate.index, envelope, 'FED_SCOPE_MISMATCH');
      return false;
    }
    return true;
  });
  if (verified.length === 0) {
    await federationRejectionsRepository.insertMany(deps.pool, refusals, now);
    return results;
  }
  await withTransaction(deps.pool, async (tx) => {
    const failures = await applyInOrder(tx, verified, now, results, refuse);
    // A chunk group that cannot be joined is recorded against its last part, which stays
    // accepted: its seq is spent, so holding it would block the sender's stream for good.
    for (const failure of failures) {
      refusals.push({
        channel,
        code: failure.code,
        sender: failure.envelope.sender,
        envelopeId: failure.envelope.id,
        excerpt: { ...excerptOf(failure.envelope), chunk: failure.detail },
      });
    }
    await federationPeersRepository.touch(
      tx,
      [...new Set(verified.map((c) => c.peer.nodeId))],
      now,
    );
    await federationRejectionsRepository.insertMany(tx, refusals, now);
  });
  return results;
}

type Refuse = (
  index: number,
  value: unknown,
  code: FederationErrorCode,
  status?: 'rejected' | 'duplicate',
) => void;

/** Steps 2 of {@link receiveEnvelopes}: the cheap rules, before any SM2 work. */
async function precheck(
  deps: NodeDeps,
  parsed: readonly { index: number; envelope: Envelope }[],
  now: Date,
  results: DeliveryResult[],
  refuse: Refuse,
): Promise<Candidate[]> {
  const senders = [...new Set(parsed.map(({ envelope }) => envelope.sender))];
  const [peers, lastSeqs, seen] = await Promise.all([
    federationPeersRepository.getMany(deps.pool, senders),
    federationInboxRepository.lastSeqs(deps.pool, senders),
    federationInboxRepository.seenIds(
      deps.pool,
      parsed.map(({ envelope }) => envelope.id),
    ),
  ]);
  const batchIds = new Set<string>();
  // The highest seq of each sender among this batch's candidates. Replays are judged against
  // the stored seq only, and a seq right after a candidate counts as in order: until the
  // signatures are checked, a candidate may still be a forgery that must not shadow the
  // genuine message with the same seq (the transaction re-checks the order for real).
  const pendingSeq = new Map<string, number>();
  const candidates: Candidate[] = [];
  for (const { index, envelope } of parsed) {
    const peer = peers.get(envelope.sender);
    const sender: SenderState =
      peer === undefined
        ? { status: 'unknown', lastSeq: 0 }
        : { status: peer.status, lastSeq: lastSeqs.get(peer.nodeId) ?? 0, relation: peer.relation };
    const check = checkEnvelope(envelope, {
      self: deps.federation.identity.nodeId,
      sender,
      now,
      seen: (id) => seen.has(id) || batchIds.has(id),
    });
    const pending = pendingSeq.get(envelope.sender) ?? sender.lastSeq;
    if (check.verdict === 'reject') {
      const stored = check.code === 'FED_REPLAY' && seen.has(envelope.id);
      refuse(index, envelope, check.code, stored ? 'duplicate' : 'rejected');
    } else if (check.verdict === 'hold' && envelope.seq > pending + 1) {
      results[index] = { id: envelope.id, seq: envelope.seq, status: 'held', code: check.code };
    } else if (peer !== undefined) {
      candidates.push({ index, envelope, peer });
      pendingSeq.set(peer.nodeId, Math.max(pending, envelope.seq));
      batchIds.add(envelope.id);
    }
  }
  return candidates;
}

/**
 * Step 5: store, apply and advance, in seq order per sender, inside `tx`. The order is
 * decided first against the locked seqs; the accepted envelopes are then stored with one
 * multi-row insert (one round trip per batch instead of one per message), and their handlers
 * run one by one in batch order. A handler therefore sees every accepted envelope of its
 * batch already in the inbox (`applied_at` set for those whose type has a handler). The last
 * part of a chunk group joins and applies the group (at its own seq); the groups that could
 * not be joined are returned for the caller to record.
 */
async function applyInOrder(
  tx: Queryable,
  verified: readonly Candidate[],
  now: Date,
  results: DeliveryResult[],
  refuse: Refuse,
): Promise<ChunkGroupFailure[]> {
  const senders = [...new Set(verified.map((c) => c.envelope.sender))];
  await federationInboxRepository.ensureSenders(tx, senders);
  const locked = await federationInboxRepository.lockSenders(tx, senders);
  const stored = await federationInboxRepository.seenIds(
    tx,
    verified.map((c) => c.envelope.id),
  );
  // The keys as they are now, under the senders' locks: a key rotation applied by another
  // batch since our signatures were checked, or earlier in this batch, retires the key
  // they were checked with (its sender re-signs them with the new key).
  const keys = await federationPeersRepository.getMany(tx, senders);
  const rotated = new Set<string>();
  const advanced = new Map<string, number>();
  const accepted: Envelope[] = [];
  const scopes = new Map(verified.map(({ envelope, peer }) => [envelope.sender, peer.scope]));
  for (const { index, envelope, peer } of verified) {
    const last = locked.get(envelope.sender) ?? 0;
    if (stored.has(envelope.id)) {
      refuse(index, envelope, 'FED_REPLAY', 'duplicate');
    } else if (
      rotated.has(envelope.sender) ||
      keys.get(envelope.sender)?.publicKey.toLowerCase() !== peer.publicKey.toLowerCase()
    ) {
      refuse(index, envelope, 'FED_BAD_SIGNATURE');
    } else if (envelope.seq <= last) {
      refuse(index, envelope, 'FED_REPLAY');
    } else if (envelope.seq > last + 1) {
      results[index] = {
        id: envelope.id,
        seq: envelope.seq,
        status: 'held',
        code: 'FED_OUT_OF_ORDER',
      };
    } else {
      accepted.push(envelope);
      if (envelope.type === 'node.key-rotate') rotated.add(envelope.sender);
      locked.set(envelope.sender, envelope.seq);
      advanced.set(envelope.sender, envelope.seq);
      results[index] = { id: envelope.id, seq: envelope.seq, status: 'accepted', code: null };
    }
  }
  await federationInboxRepository.insertMany(
    tx,
    accepted.map((envelope) => ({
      envelopeId: envelope.id,
      sender: envelope.sender,
      seq: envelope.seq,
      type: envelope.type,
      payload: envelope.payload,
      chunk: envelope.chunk ?? null,
      sentAt: envelope.sentAt,
      appliedAt: handlerOf(envelope) === undefined ? null : now,
    })),
  );
  const failures: ChunkGroupFailure[] = [];
  for (const envelope of accepted) {
    const handler = handlerOf(envelope);
    if (handler !== undefined) await handler({ tx, envelope, now });
    else if (completesGroup(envelope)) {
      const failure = await applyChunkGroup(tx, envelope, scopes.get(envelope.sender) ?? null, now);
      if (failure !== undefined) failures.push(failure);
    }
  }
  await federationInboxRepository.setLastSeqs(tx, advanced);
  return failures;
}
