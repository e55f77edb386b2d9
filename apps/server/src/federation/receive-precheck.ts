import type { Envelope } from '@shuan/contracts';
import { checkEnvelope, type FederationErrorCode, type SenderState } from '@shuan/core';
import { federationInboxRepository, federationPeersRepository, type PeerRow } from '@shuan/db';
import type { NodeDeps } from '../http/context.ts';

/** What happened to one envelope of a batch (the push answer, in request order). */
export interface DeliveryResult {
  id: string | null;
  seq: number | null;
  /**
   * `refused`: stored in order but not applied, for good (its payload is invalid or speaks
   * for an enterprise outside the sender's scope): the sender stops resending it and its
   * stream goes on (docs/federation.md "Dead letters").
   */
  status: 'accepted' | 'duplicate' | 'held' | 'rejected' | 'refused';
  code: FederationErrorCode | null;
}

/** An envelope that passed the cheap checks; `refusal` marks one to store as refused. */
export interface Candidate {
  index: number;
  envelope: Envelope;
  peer: PeerRow;
  refusal?: FederationErrorCode | undefined;
  /** Its signing input (canonical JSON), once its digest and signature were checked. */
  signed?: string | undefined;
}

export type Refuse = (
  index: number,
  value: unknown,
  code: FederationErrorCode,
  status?: 'rejected' | 'duplicate' | 'refused',
) => void;

/** Steps 2 of {@link receiveEnvelopes}: the cheap rules, before any SM2 work. */
export async function precheck(
  deps: NodeDeps,
  parsed: readonly { index: number; envelope: Envelope }[],
  now: Date,
  results: DeliveryResult[],
  refuse: Refuse,
): Promise<Candidate[]> {
  const senders = [...new Set(parsed.map(({ envelope }) => envelope.sender))];
  const [peers, seen] = await Promise.all([
    federationPeersRepository.getManyWithLastSeq(deps.pool, senders),
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
        : { status: peer.status, lastSeq: peer.lastSeq, relation: peer.relation };
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
