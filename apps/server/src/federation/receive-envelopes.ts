import type { Envelope } from '@shuan/contracts';
import type { FederationErrorCode } from '@shuan/core';
import {
  federationInboxRepository,
  federationRejectionsRepository,
  withTransaction,
  type Queryable,
} from '@shuan/db';
import { prepareDelivery, type EnvelopeVerdict, type PreparedDelivery } from '@shuan/tools';
import type { NodeDeps } from '../http/context.ts';
import { applyChunkGroup, completesGroup, type ChunkGroupFailure } from './chunk-groups.ts';
import { validateEnvelope } from './envelope-validator.ts';
import { batchHandlerOf, handlerOf } from './message-handlers.ts';
import { excerptOf, stringField, type Refusal } from './rejection-excerpt.ts';
import { precheck, type Candidate, type DeliveryResult, type Refuse } from './receive-precheck.ts';
import { outsideScope } from './scope-check.ts';

export type { DeliveryResult } from './receive-precheck.ts';

/**
 * Receives a batch of envelopes (a child's push, or what a pull brought from the parent):
 *
 * 1. prepare the delivery: judge each envelope by its schema (`FED_MALFORMED`) and its
 * payload by its type's (`FED_PAYLOAD_INVALID`, step 4), and write its signing input;
 * 2. `checkEnvelope` against the known peers, the stored ids and the last applied seqs,
 * advancing a simulated seq through the batch (unknown or suspended sender, wrong receiver
 * or direction, replay, clock skew; a gap is `held`);
 * 3. on the verifier threads, check the survivors' digests and batch proofs and verify one
 * SM2 signature per signed batch (`FED_BAD_DIGEST`, `FED_BAD_SIGNATURE`);
 * 4. refuse, as dead letters, payloads invalid for their type and, for a child enrolled for
 * one enterprise, payloads naming another USCC (`FED_SCOPE_MISMATCH`);
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
  const refuse: Refuse = (index, value, code, status = 'rejected') => {
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
  const prepared = prepareDelivery(raw, validateEnvelope);
  raw.forEach((value, index) => {
    // Judged by EnvelopeSchema (envelope-validator.ts), which transforms nothing.
    if (prepared.shapes[index] === 'malformed') refuse(index, value, 'FED_MALFORMED');
    else parsed.push({ index, envelope: value as Envelope });
  });
  const candidates = await precheck(deps, parsed, now, results, refuse);
  const verdicts = await checkSignatures(deps, prepared, candidates);
  const verified = candidates.filter((candidate, k) => {
    const verdict = verdicts[k];
    if (verdict?.ok !== true) {
      refuse(candidate.index, candidate.envelope, verdict?.code ?? 'FED_BAD_SIGNATURE');
      return false;
    }
    const { envelope } = candidate;
    candidate.signed = prepared.texts[candidate.index];
    // A genuine envelope whose payload is invalid, or speaks for an enterprise other than
    // the one a node was enrolled for, would be refused again at every retry and block its
    // sender's stream: it is stored in order as refused instead (a dead letter).
    if (prepared.shapes[candidate.index] === 'payload-invalid') {
      candidate.refusal = 'FED_PAYLOAD_INVALID';
    } else if (outsideScope(candidate.peer.scope, envelope.payload)) {
      candidate.refusal = 'FED_SCOPE_MISMATCH';
    }
    return true;
  });
  if (verified.length === 0) {
    await federationRejectionsRepository.insertMany(deps.pool, refusals, now);
    return results;
  }
  await withTransaction(deps.pool, async (tx) => {
    const { failures, advanced } = await applyInOrder(tx, verified, now, results, refuse);
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
    await federationInboxRepository.advanceAndTouch(
      tx,
      advanced,
      [...new Set(verified.map((c) => c.peer.nodeId))],
      now,
    );
    await federationRejectionsRepository.insertMany(tx, refusals, now);
  });
  return results;
}

/**
 * Step 3: the digest, proof and SM2 checks of the candidates, on the verifier threads, under
 * the keys the precheck read: one verdict per candidate, in order.
 */
function checkSignatures(
  deps: NodeDeps,
  prepared: PreparedDelivery,
  candidates: readonly Candidate[],
): Promise<EnvelopeVerdict[]> {
  return deps.federation.verifier.check(
    candidates.map(({ index, envelope, peer }) => ({
      text: prepared.texts[index],
      digest: envelope.digest,
      signature: envelope.signature,
      proof: envelope.proof,
      publicKey: peer.publicKey,
    })),
  );
}

/**
 * Step 5: store and apply, in seq order per sender, inside `tx`. The order is decided first
 * against the locked seqs; the accepted envelopes are then stored with one multi-row insert
 * (one round trip per batch instead of one per message), and their handlers run in batch
 * order (a run of one type with a batch handler at once, with one statement). A handler
 * therefore sees every accepted envelope of its batch already in the inbox (`applied_at`
 * set for those whose type has a handler). The last part of a chunk group joins and applies
 * the group (at its own seq). Returns the groups that could not be joined, for the caller to
 * record, and each sender's new last seq, for the caller to advance.
 */
async function applyInOrder(
  tx: Queryable,
  verified: readonly Candidate[],
  now: Date,
  results: DeliveryResult[],
  refuse: Refuse,
): Promise<{ failures: ChunkGroupFailure[]; advanced: Map<string, number> }> {
  const senders = [...new Set(verified.map((c) => c.envelope.sender))];
  const locked = await federationInboxRepository.lockSenders(tx, senders);
  // The stored ids and the keys as they are now, under the senders' locks: a key rotation
  // applied by another batch since our signatures were checked, or earlier in this batch,
  // retires the key they were checked with (its sender re-signs them with the new key).
  const { seen: stored, keys } = await federationInboxRepository.seenIdsAndKeys(
    tx,
    verified.map((c) => c.envelope.id),
    senders,
  );
  const rotated = new Set<string>();
  const advanced = new Map<string, number>();
  const accepted: Envelope[] = [];
  const signed = new Map<string, string>();
  const refused = new Map<string, FederationErrorCode>();
  const scopes = new Map(verified.map(({ envelope, peer }) => [envelope.sender, peer.scope]));
  for (const candidate of verified) {
    const { index, envelope, peer, refusal } = candidate;
    const last = locked.get(envelope.sender) ?? 0;
    if (stored.has(envelope.id)) {
      refuse(index, envelope, 'FED_REPLAY', 'duplicate');
    } else if (
      rotated.has(envelope.sender) ||
      keys.get(envelope.sender) !== peer.publicKey.toLowerCase()
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
      // Checked against its digest, so written (prepareDelivery).
      signed.set(envelope.id, candidate.signed as string);
      locked.set(envelope.sender, envelope.seq);
      advanced.set(envelope.sender, envelope.seq);
      if (refusal !== undefined) {
        refused.set(envelope.id, refusal);
        refuse(index, envelope, refusal, 'refused');
        continue;
      }
      if (envelope.type === 'node.key-rotate') rotated.add(envelope.sender);
      results[index] = { id: envelope.id, seq: envelope.seq, status: 'accepted', code: null };
    }
  }
  await federationInboxRepository.insertSigned(
    tx,
    accepted.map((envelope) => ({
      signed: signed.get(envelope.id) as string,
      appliedAt: refused.has(envelope.id) || handlerOf(envelope) === undefined ? null : now,
      refusedCode: refused.get(envelope.id) ?? null,
    })),
  );
  const applicable = accepted.filter((envelope) => !refused.has(envelope.id));
  const failures: ChunkGroupFailure[] = [];
  for (let i = 0; i < applicable.length;) {
    const envelope = applicable[i] as Envelope;
    // A run of consecutive envelopes of a type with a batch handler is applied at once.
    const batch = batchHandlerOf(envelope);
    if (batch !== undefined) {
      let end = i + 1;
      while (end < applicable.length && batchHandlerOf(applicable[end] as Envelope) === batch)
        end += 1;
      await batch({ tx, envelopes: applicable.slice(i, end), now, stored: true, scopes });
      i = end;
      continue;
    }
    i += 1;
    const handler = handlerOf(envelope);
    if (handler !== undefined) await handler({ tx, envelope, now });
    else if (completesGroup(envelope)) {
      const failure = await applyChunkGroup(tx, envelope, scopes.get(envelope.sender) ?? null, now);
      if (failure !== undefined) failures.push(failure);
    }
  }
  return { failures, advanced };
}
