import { FilingSubmitPayloadSchema, type ReviewFilingRequest } from '@shuan/contracts';
import { filingReviewsRepository, withTransaction, type FilingReviewRow } from '@shuan/db';
import { appendAudit } from '../audit/append-audit.ts';
import { AppError, MESSAGES } from '../http/app-error.ts';
import type { NodeDeps, Principal } from '../http/context.ts';
import { requireNodeOperator } from '../federation/manage-federation.ts';
import { queueMessage } from '../federation/queue-message.ts';
import { itemViews } from './build-filing.ts';
import { applyFilingReview } from './enterprise-filings.ts';

const reviewNotFound = (): AppError =>
  new AppError('FILING_NOT_FOUND', MESSAGES.notFound('备案', 'filing'));

/**
 * The review queue belongs to the node: only its own organisation (the first) reviews. A
 * tenant gets 403 on the queue and 404 on a filing id. Returns the registry org id.
 */
export async function reviewerOrg(
  deps: NodeDeps,
  principal: Principal,
  forIds = false,
): Promise<string> {
  await requireNodeOperator(deps, principal, forIds ? reviewNotFound : undefined);
  return principal.orgId;
}

/** One received filing of the queue (404 for a tenant or an unknown id). */
export async function loadFilingReview(
  deps: NodeDeps,
  principal: Principal,
  id: string,
): Promise<FilingReviewRow> {
  const orgId = await reviewerOrg(deps, principal, true);
  const row = await filingReviewsRepository.get(deps.pool, orgId, id);
  if (row === undefined) throw reviewNotFound();
  return row;
}

/**
 * Decides a received filing, in ONE transaction: its state, the filing.review message
 * queued down to the child that sent it (or, for a tenant of this node, the decision
 * applied to the tenant's filing directly), and the audit entry. A return needs a comment;
 * item comments must name items of the filing.
 */
export async function reviewFiling(
  deps: NodeDeps,
  principal: Principal,
  id: string,
  input: ReviewFilingRequest,
): Promise<FilingReviewRow> {
  const orgId = await reviewerOrg(deps, principal, true);
  if (input.decision === 'returned' && input.comment.length === 0) {
    throw new AppError(
      'FILING_RETURN_REASON_REQUIRED',
      '退回备案须填写退回意见 / returning a filing needs a comment',
    );
  }
  return withTransaction(deps.pool, async (tx) => {
    const locked = await filingReviewsRepository.lock(tx, id);
    const row = locked && (await filingReviewsRepository.get(tx, orgId, id));
    if (row === undefined) throw reviewNotFound();
    if (row.state !== 'received') {
      throw new AppError(
        'FILING_NOT_PENDING',
        '该备案已不在待审核状态 / this filing is no longer waiting for review',
      );
    }
    const known = new Set(
      itemViews(FilingSubmitPayloadSchema.parse(row.payload)).map((item) => item.itemId),
    );
    const unknown = input.itemComments.find((entry) => !known.has(entry.itemId));
    if (unknown !== undefined) {
      throw new AppError(
        'FILING_ITEM_UNKNOWN',
        `目录项 ${unknown.itemId} 不在该备案中 / item ${unknown.itemId} is not in this filing`,
      );
    }
    const now = new Date();
    const reviewer = principal.displayName.slice(0, 100) || principal.username;
    await filingReviewsRepository.review(tx, id, { ...input, reviewedAt: now, reviewer });
    const message = {
      filingId: row.filingId,
      decision: input.decision,
      reviewedAt: now.toISOString(),
      reviewer,
      comment: input.comment,
      itemComments: input.itemComments,
    };
    if (row.tenantOrgId !== null) {
      await applyFilingReview(tx, row.sender, message, now);
    } else {
      await queueMessage(tx, row.sender, 'filing.review', message);
    }
    await appendAudit(tx, {
      orgId,
      actor: principal.username,
      action: 'filing.review',
      target: `filing:${row.filingId}`,
      payload: {
        decision: input.decision,
        sender: row.sender,
        tenant: row.tenantOrgId !== null,
        comment: input.comment,
        itemComments: input.itemComments.length,
      },
    });
    const reviewed = await filingReviewsRepository.get(tx, orgId, id);
    if (reviewed === undefined) throw reviewNotFound();
    return reviewed;
  });
}
