import { MAX_PULL_BYTES, type PullRequest } from '@shuan/contracts';
import {
  DEFAULT_MAX_SKEW_MS,
  serializedPayloadBytes,
  type FederationEnvelope,
  type FederationErrorCode,
} from '@shuan/core';
import {
  federationOutboxRepository,
  federationPeersRepository,
  federationRejectionsRepository,
} from '@shuan/db';
import type { NodeDeps } from '../http/context.ts';
import { fedError } from './fed-error.ts';
import { settleKeyRotation, signingKeyFor } from './key-rotation.ts';
import { signOutboxRows } from './sign-outbox.ts';
import { verifyRequest } from './signed-request.ts';

/**
 * The parent's side of `POST /federation/v1/pull`. The child signs the request; its
 * `ackSeq` acknowledges every message up to it. The answer is what the parent holds for the
 * child after `ackSeq`, in seq order, signed now as one batch with a fresh `sentAt`. A
 * refused pull (unknown or suspended child, wrong receiver, clock skew, bad signature, or a
 * request already taken: a replay) is recorded.
 */
export async function servePull(
  deps: NodeDeps,
  request: PullRequest,
): Promise<{ envelopes: FederationEnvelope[] }> {
  const now = new Date();
  const self = deps.federation.identity;
  const peer = await federationPeersRepository.get(deps.pool, request.nodeId);
  const refusal: FederationErrorCode | undefined =
    peer === undefined || peer.relation !== 'child'
      ? 'FED_UNKNOWN_SENDER'
      : peer.status === 'suspended'
        ? 'FED_SUSPENDED_SENDER'
        : request.receiver !== self.nodeId
          ? 'FED_WRONG_RECEIVER'
          : Math.abs(now.getTime() - Date.parse(request.sentAt)) > DEFAULT_MAX_SKEW_MS
            ? 'FED_CLOCK_SKEW'
            : !verifyRequest(request, peer.publicKey)
              ? 'FED_BAD_SIGNATURE'
              : // A pull request is taken once: a recorded one replayed within the clock
                // window is refused (the child's pull times strictly increase).
                !(await federationPeersRepository.notePull(
                    deps.pool,
                    peer.nodeId,
                    request.sentAt,
                    new Date(now.getTime() - 2 * DEFAULT_MAX_SKEW_MS),
                  ))
                ? 'FED_REPLAY'
                : undefined;
  if (refusal !== undefined || peer === undefined) {
    const code = refusal ?? 'FED_UNKNOWN_SENDER';
    const { signature: _signature, ...excerpt } = request;
    await federationRejectionsRepository.insertMany(
      deps.pool,
      [{ channel: 'pull', code, sender: request.nodeId, envelopeId: null, excerpt }],
      now,
    );
    throw fedError(code);
  }
  await federationOutboxRepository.ackUpTo(deps.pool, peer.nodeId, request.ackSeq, now);
  await federationPeersRepository.touch(deps.pool, [peer.nodeId], now);
  await settleKeyRotation(deps);
  const key = await signingKeyFor(deps, peer.nodeId);
  const rows = withinPullBytes(
    await federationOutboxRepository.after(deps.pool, peer.nodeId, request.ackSeq, request.limit),
  );
  // One signature per page, as for pushes: a page ends after a key rotation (withinPullBytes),
  // so one key signs the whole page.
  return { envelopes: signOutboxRows(rows, self.nodeId, key, now.toISOString()) };
}

/**
 * Keeps a prefix of `rows` within MAX_PULL_BYTES of payload (always at least one row), ending
 * after a key rotation: what follows it is signed with the new key once the child has
 * acknowledged it (key-rotation.ts).
 */
function withinPullBytes<T extends { payload: unknown; type: string }>(rows: readonly T[]): T[] {
  const kept: T[] = [];
  let bytes = 0;
  for (const row of rows) {
    bytes += serializedPayloadBytes(row.payload);
    if (kept.length > 0 && bytes > MAX_PULL_BYTES) break;
    kept.push(row);
    if (row.type === 'node.key-rotate') break;
  }
  return kept;
}
