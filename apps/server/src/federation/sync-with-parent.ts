import {
  PullResponseSchema,
  PushResponseSchema,
  MAX_PULL_BYTES,
  MAX_PULL_ENVELOPES,
} from '@shuan/contracts';
import { MAX_PAYLOAD_BYTES, nextRetryDelay, serializedPayloadBytes } from '@shuan/core';
import {
  federationInboxRepository,
  federationOutboxRepository,
  federationPeersRepository,
  withTransaction,
  type OutboxRow,
  type PeerRow,
} from '@shuan/db';
import packageJson from '../../package.json' with { type: 'json' };
import type { NodeDeps } from '../http/context.ts';
import { runningRulePackVersions } from '../rule-packs/running-packs.ts';
import { postToParent } from './parent-client.ts';
import { settleKeyRotation, signingKeyFor } from './key-rotation.ts';
import { queueMessage } from './queue-message.ts';
import { receiveEnvelopes } from './receive-envelopes.ts';
import { signOutboxRows } from './sign-outbox.ts';
import { signRequest } from './signed-request.ts';

/** Most envelopes and payload bytes one push carries (the route's body limit is above). */
const PUSH_MAX_ENVELOPES = 100;
const PUSH_MAX_BYTES = 6 * 1024 * 1024;
/** Pull pages per sync, so one sync ends even if the parent holds a lot. */
const MAX_PULL_PAGES = 20;

/** What one sync did. */
export interface SyncOutcome {
  enrolled: boolean;
  pushed: number;
  acked: number;
  pulled: number;
  errors: string[];
}

/**
 * One exchange of a child with its parent; the child always starts it. Queues a heartbeat
 * when none is pending and the last is older than the sync interval, pushes the due outbox
 * (in seq order, signed now as one batch), then pulls and applies what the parent holds,
 * acknowledging with the last seq applied from it. Failures back off the outbox rows with
 * jitter (core `nextRetryDelay`) and are reported, never thrown: the next run retries.
 */
export async function syncWithParent(deps: NodeDeps): Promise<SyncOutcome> {
  const outcome: SyncOutcome = { enrolled: false, pushed: 0, acked: 0, pulled: 0, errors: [] };
  const parent = await federationPeersRepository.findParent(deps.pool);
  if (parent === undefined) return outcome;
  outcome.enrolled = true;
  const baseUrl = deps.config.parentUrl ?? parent.url ?? '';
  await queueHeartbeat(deps, parent);
  try {
    const pushed = await pushOutbox(deps, parent, baseUrl);
    outcome.pushed = pushed.sent;
    outcome.acked = pushed.acked;
  } catch (error) {
    outcome.errors.push(`push: ${(error as Error).message}`);
  }
  try {
    outcome.pulled = await pullFromParent(deps, parent, baseUrl);
  } catch (error) {
    outcome.errors.push(`pull: ${(error as Error).message}`);
  }
  return outcome;
}

async function queueHeartbeat(deps: NodeDeps, parent: PeerRow): Promise<void> {
  const intervalMs = deps.config.federationSyncSeconds * 1000;
  await withTransaction(deps.pool, async (tx) => {
    // Serialises concurrent syncs of one node, so two cannot both queue a heartbeat.
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('federation-heartbeat'))`);
    const last = await federationOutboxRepository.lastOfType(tx, parent.nodeId, 'node.heartbeat');
    if (last !== undefined && (last.pending || Date.now() - last.createdAt.getTime() < intervalMs))
      return;
    const backlog = await federationOutboxRepository.backlog(tx, parent.nodeId);
    // The versions the scanner really runs: bundled files raised by received packs.
    const rulePacks = await runningRulePackVersions(tx);
    await queueMessage(tx, parent.nodeId, 'node.heartbeat', {
      softwareVersion: packageJson.version,
      backlog,
      rulePacks,
    });
  });
}

/** Keeps a prefix of `rows` within the push limits (always at least one row). */
function pushBatch(rows: readonly OutboxRow[]): OutboxRow[] {
  const batch: OutboxRow[] = [];
  let bytes = 0;
  for (const row of rows) {
    bytes += serializedPayloadBytes(row.payload);
    if (batch.length > 0 && (bytes > PUSH_MAX_BYTES || batch.length >= PUSH_MAX_ENVELOPES)) break;
    batch.push(row);
    // A key rotation ends its batch: what follows it is signed with the new key, once the
    // parent has acknowledged it (key-rotation.ts).
    if (row.type === 'node.key-rotate') break;
  }
  return batch;
}

async function pushOutbox(
  deps: NodeDeps,
  parent: PeerRow,
  baseUrl: string,
): Promise<{ sent: number; acked: number }> {
  let sent = 0;
  let acked = 0;
  for (;;) {
    await settleKeyRotation(deps);
    const rows = pushBatch(
      await federationOutboxRepository.due(
        deps.pool,
        parent.nodeId,
        new Date(),
        PUSH_MAX_ENVELOPES,
      ),
    );
    if (rows.length === 0) return { sent, acked };
    const retryAt = (): Date =>
      new Date(Date.now() + nextRetryDelay((rows[0]?.attempts ?? 0) + 1, Math.random));
    let answer;
    try {
      answer = PushResponseSchema.parse(
        await postToParent(baseUrl, '/federation/v1/messages', {
          envelopes: signOutboxRows(
            rows,
            deps.federation.identity.nodeId,
            await signingKeyFor(deps, parent.nodeId),
          ),
        }),
      );
    } catch (error) {
      const message = (error as Error).message;
      await federationOutboxRepository.markFailed(
        deps.pool,
        rows.map((row) => row.id),
        message,
        retryAt(),
      );
      throw error;
    }
    sent += rows.length;
    const delivered = answer.results
      .filter((result) => result.status === 'accepted' || result.status === 'duplicate')
      .flatMap((result) => (result.id === null ? [] : [result.id]));
    await federationOutboxRepository.markAcked(deps.pool, delivered, new Date());
    // Dead letters: stored by the parent but refused for good; resending cannot help.
    const deadLetters = answer.results.flatMap((result) =>
      result.status === 'refused' && result.id !== null
        ? [{ id: result.id, code: result.code ?? 'FED_PAYLOAD_INVALID' }]
        : [],
    );
    await federationOutboxRepository.markRefused(deps.pool, deadLetters, new Date());
    acked += delivered.length;
    const refused = answer.results.filter((result) => result.status === 'rejected');
    for (const result of refused) {
      if (result.id !== null)
        await federationOutboxRepository.markFailed(
          deps.pool,
          [result.id],
          result.code ?? 'rejected',
          retryAt(),
        );
    }
    // Stop when the parent did not take everything: what is left is held or backing off.
    if (delivered.length + deadLetters.length < rows.length) return { sent, acked };
  }
}

let lastPullTime = 0;

/**
 * The `sentAt` of a pull request: now, but always later than this process's previous one,
 * because the parent takes each (child, sentAt) once (replay protection).
 */
function nextPullTime(): string {
  lastPullTime = Math.max(Date.now(), lastPullTime + 1);
  return new Date(lastPullTime).toISOString();
}

async function pullFromParent(deps: NodeDeps, parent: PeerRow, baseUrl: string): Promise<number> {
  const self = deps.federation.identity;
  let pulled = 0;
  for (let page = 0; page < MAX_PULL_PAGES; page++) {
    const ackSeq =
      (await federationInboxRepository.lastSeqs(deps.pool, [parent.nodeId])).get(parent.nodeId) ??
      0;
    const request = signRequest(
      {
        nodeId: self.nodeId,
        receiver: parent.nodeId,
        ackSeq,
        limit: MAX_PULL_ENVELOPES,
        sentAt: nextPullTime(),
      },
      await signingKeyFor(deps, parent.nodeId),
    );
    const answer = PullResponseSchema.parse(
      await postToParent(baseUrl, '/federation/v1/pull', request),
    );
    if (answer.envelopes.length === 0) return pulled;
    const results = await receiveEnvelopes(deps, answer.envelopes, 'pull');
    const accepted = results.filter((result) => result.status === 'accepted').length;
    pulled += accepted;
    // A short page is the end, unless the parent cut it on bytes (large or chunked payloads).
    // (The whole answer's size: a little above its payloads', which only errs towards asking.)
    const bytes = serializedPayloadBytes(answer.envelopes);
    // (The parent also ends a page after its key rotation, signing what follows with the new key.)
    const lastType = (answer.envelopes.at(-1) as { type?: unknown } | undefined)?.type;
    const full =
      answer.envelopes.length >= MAX_PULL_ENVELOPES ||
      bytes > MAX_PULL_BYTES - MAX_PAYLOAD_BYTES ||
      lastType === 'node.key-rotate';
    if (accepted === 0 || !full) return pulled;
  }
  return pulled;
}
