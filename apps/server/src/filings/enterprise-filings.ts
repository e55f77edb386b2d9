import { randomUUID } from 'node:crypto';
import type { MessagePayload } from '@shuan/contracts';
import {
  filingReviewsRepository,
  filingsRepository,
  withTransaction,
  type FilingRow,
  type Queryable,
} from '@shuan/db';
import { appendAudit } from '../audit/append-audit.ts';
import { AppError, MESSAGES } from '../http/app-error.ts';
import type { NodeDeps, Principal } from '../http/context.ts';
import { queueMessage, queueToParent } from '../federation/queue-message.ts';
import { diffFiledItems, isEmptyFiling, itemCountOf, type FilingPayload } from './build-filing.ts';
import { resolveFiler } from './filing-profile.ts';
import { trackRefiling } from './track-refiling.ts';
import { versionItems } from './version-items.ts';

/** 404 of a filing that is not the caller's. */
export const filingNotFound = (): AppError =>
  new AppError('FILING_NOT_FOUND', MESSAGES.notFound('备案', 'filing'));

/**
 * Files frozen catalog version `version` with the province, in ONE transaction: the
 * filing row (status `submitted`), the filing.submit message in the outbox (or, for a
 * tenant of this node, the row in this node's review queue), and the audit entry.
 *
 * - `full`: every important and core item of the version, Art. 12 fields, never the data.
 * - `changes`: added / changed / removed against the version of the org's latest filing
 *   that was not withdrawn (submitted, accepted or returned): what the province holds.
 * - One filing waits for review at a time (`FILING_PENDING`); a filing made right after a
 *   return names it in `resubmitOf`.
 * - A re-filing obligation after a material change is answered by it (track-refiling.ts).
 */
export async function submitFiling(
  deps: NodeDeps,
  principal: Principal,
  input: { version: number; kind: 'full' | 'changes' },
): Promise<FilingRow> {
  const orgId = principal.orgId;
  return withTransaction(deps.pool, async (tx) => {
    await filingsRepository.lockOrg(tx, orgId);
    const filer = await resolveFiler(deps, tx, orgId);
    const items = await versionItems(tx, orgId, input.version);
    const latest = await filingsRepository.latestStanding(tx, orgId);
    if (latest?.status === 'submitted') {
      throw new AppError(
        'FILING_PENDING',
        '已有一份备案在审核中，请等待审核结果或先撤回 / a filing is already under review: wait for it or withdraw it',
      );
    }
    const filingId = randomUUID();
    const resubmitOf = latest?.status === 'returned' && !latest.resubmitted ? latest.id : null;
    const common = {
      filingId,
      enterprise: filer.enterprise,
      catalogVersion: input.version,
      resubmitOf,
    };
    let payload: FilingPayload;
    if (input.kind === 'full') {
      payload = { kind: 'full', ...common, items };
    } else {
      if (latest === undefined) {
        throw new AppError(
          'FILING_NO_BASE',
          '没有可作为基准的上一次备案，请提交全量备案 / no previous filing to compare with: file in full',
        );
      }
      const base = await versionItems(tx, orgId, latest.catalogVersion);
      payload = {
        kind: 'changes',
        ...common,
        baseVersion: latest.catalogVersion,
        ...diffFiledItems(base, items),
      };
    }
    if (isEmptyFiling(payload)) {
      throw new AppError(
        'FILING_EMPTY',
        '没有需要备案的重要或核心数据，或与上次备案相比没有变化 / nothing to file: no important or core data, or no change',
      );
    }
    const now = new Date();
    let receiver: string;
    let messageId: string | null = null;
    if (filer.target.kind === 'tenant') {
      receiver = deps.federation.identity.nodeId;
      await filingReviewsRepository.insertTenantFiling(tx, {
        sender: receiver,
        tenantOrgId: orgId,
        filingId,
        kind: payload.kind,
        payload,
        receivedAt: now,
      });
    } else {
      const queued = await queueToParent(tx, 'filing.submit', payload);
      receiver = queued.receiver;
      messageId = queued.id;
    }
    await filingsRepository.insert(tx, {
      id: filingId,
      orgId,
      catalogVersion: input.version,
      kind: payload.kind,
      baseVersion: payload.kind === 'changes' ? payload.baseVersion : null,
      resubmitOf,
      receiver,
      messageId,
      payload,
      itemCount: itemCountOf(payload),
      submittedBy: principal.username,
      submittedAt: now,
    });
    await trackRefiling(deps, tx, orgId, now);
    await appendAudit(tx, {
      orgId,
      actor: principal.username,
      action: 'filing.submit',
      target: `filing:${filingId}`,
      payload: {
        kind: payload.kind,
        catalogVersion: input.version,
        receiver,
        itemCount: itemCountOf(payload),
        resubmitOf,
      },
    });
    const row = await filingsRepository.get(tx, orgId, filingId);
    if (row === undefined) throw filingNotFound();
    return row;
  });
}

/**
 * Withdraws a filing still waiting for review: status `withdrawn` and filing.withdraw to
 * the node it went to (for a tenant: this node's queue, directly), with the audit entry. A
 * re-filing obligation it answered is open again.
 */
export async function withdrawFiling(
  deps: NodeDeps,
  principal: Principal,
  id: string,
  reason: string,
): Promise<FilingRow> {
  return withTransaction(deps.pool, async (tx) => {
    await filingsRepository.lockOrg(tx, principal.orgId);
    const filing = await filingsRepository.get(tx, principal.orgId, id);
    if (filing === undefined) throw filingNotFound();
    const now = new Date();
    if (!(await filingsRepository.withdraw(tx, principal.orgId, id, reason, now))) {
      throw new AppError(
        'FILING_NOT_PENDING',
        '该备案已不在待审核状态 / this filing is no longer waiting for review',
      );
    }
    if (filing.messageId === null) {
      await filingReviewsRepository.withdraw(tx, filing.receiver, id, reason, now);
    } else {
      await queueMessage(tx, filing.receiver, 'filing.withdraw', { filingId: id, reason });
    }
    await trackRefiling(deps, tx, principal.orgId, now);
    await appendAudit(tx, {
      orgId: principal.orgId,
      actor: principal.username,
      action: 'filing.withdraw',
      target: `filing:${id}`,
      payload: { reason, receiver: filing.receiver },
    });
    const row = await filingsRepository.get(tx, principal.orgId, id);
    if (row === undefined) throw filingNotFound();
    return row;
  });
}

/**
 * Applies the province's decision to the filing it names, inside `tx` (the inbox
 * transaction of a filing.review, or the province's own review transaction for a tenant).
 * Only the node the filing went to may decide it; anything else is ignored (false), so a
 * stray message never blocks the stream. The decision stands over a withdrawal that
 * crossed it. Audited in the filing's org.
 */
export async function applyFilingReview(
  tx: Queryable,
  from: string,
  review: MessagePayload<'filing.review'>,
  now: Date,
): Promise<boolean> {
  const filing = await filingsRepository.findById(tx, review.filingId);
  if (filing?.receiver !== from) return false;
  await filingsRepository.applyReview(tx, filing.id, {
    decision: review.decision,
    reviewedAt: new Date(review.reviewedAt),
    receivedAt: now,
    reviewer: review.reviewer,
    comment: review.comment,
    itemComments: review.itemComments,
  });
  await appendAudit(tx, {
    orgId: filing.orgId,
    actor: `${from}:${review.reviewer}`,
    action: 'filing.reviewed',
    target: `filing:${filing.id}`,
    payload: {
      decision: review.decision,
      comment: review.comment,
      itemComments: review.itemComments.length,
      previousStatus: filing.status,
    },
  });
  return true;
}
