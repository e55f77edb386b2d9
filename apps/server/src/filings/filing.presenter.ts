import {
  FilingSubmitPayloadSchema,
  type FilingDetailSchema,
  type FilingReviewDetailSchema,
  type FilingReviewSchema,
  type FilingSchema,
} from '@shuan/contracts';
import type { FilingReviewRow, FilingRow } from '@shuan/db';
import type { z } from 'zod';
import { itemCountOf, itemViews, levelCounts, type FilingPayload } from './build-filing.ts';
import { resubmitByOf, reviewByOf, stateOf } from './filing-clock.ts';

const iso = (date: Date | null): string | null => (date === null ? null : date.toISOString());

function payloadOf(raw: unknown): FilingPayload {
  return FilingSubmitPayloadSchema.parse(raw);
}

/** An enterprise's filing for its list, with the running deadline. */
export function presentFiling(row: FilingRow, now: Date): z.infer<typeof FilingSchema> {
  const payload = payloadOf(row.payload);
  const reviewBy = reviewByOf(row.submittedAt);
  const resubmitBy =
    row.status === 'returned' && row.reviewReceivedAt !== null
      ? resubmitByOf(row.reviewReceivedAt)
      : null;
  const deadlineState =
    row.status === 'submitted'
      ? stateOf(reviewBy, now)
      : resubmitBy !== null && !row.resubmitted
        ? stateOf(resubmitBy, now)
        : null;
  return {
    id: row.id,
    kind: row.kind,
    catalogVersion: row.catalogVersion,
    baseVersion: row.baseVersion,
    resubmitOf: row.resubmitOf,
    itemCount: itemCountOf(payload),
    counts: levelCounts(payload),
    status: row.status,
    submittedBy: row.submittedBy,
    submittedAt: row.submittedAt.toISOString(),
    reviewedAt: iso(row.reviewedAt),
    reviewer: row.reviewer,
    withdrawnAt: iso(row.withdrawnAt),
    withdrawReason: row.withdrawReason,
    reviewBy,
    resubmitBy,
    resubmitted: row.resubmitted,
    refusal:
      row.status === 'refused' && row.refusedAt !== null
        ? {
            code: row.refusedCode ?? '',
            reason: row.refusalReason ?? '',
            at: row.refusedAt.toISOString(),
          }
        : null,
    deadlineState,
    overdue: deadlineState === 'overdue',
  };
}

/** One filing with its items and the province's comments. */
export function presentFilingDetail(row: FilingRow, now: Date): z.infer<typeof FilingDetailSchema> {
  const payload = payloadOf(row.payload);
  return {
    ...presentFiling(row, now),
    enterprise: payload.enterprise,
    reviewComment: row.reviewComment,
    items: itemViews(payload, row.itemComments),
  };
}

/** A received filing in the province's queue. */
export function presentFilingReview(
  row: FilingReviewRow,
  now: Date,
): z.infer<typeof FilingReviewSchema> {
  const payload = payloadOf(row.payload);
  const reviewBy = reviewByOf(row.receivedAt);
  const deadlineState = row.state === 'received' ? stateOf(reviewBy, now) : null;
  return {
    id: row.id,
    filingId: row.filingId,
    kind: payload.kind,
    catalogVersion: payload.catalogVersion,
    baseVersion: payload.kind === 'changes' ? payload.baseVersion : null,
    resubmitOf: payload.resubmitOf,
    itemCount: itemCountOf(payload),
    counts: levelCounts(payload),
    status: row.state,
    sender: row.sender,
    tenant: row.tenantOrgId !== null,
    enterprise: payload.enterprise,
    registryId: row.enterpriseId,
    receivedAt: row.receivedAt.toISOString(),
    changes:
      payload.kind === 'changes'
        ? {
            added: payload.added.length,
            changed: payload.changed.length,
            removed: payload.removedItemIds.length,
          }
        : null,
    reviewedAt: iso(row.reviewedAt),
    reviewer: row.reviewer,
    withdrawnAt: iso(row.withdrawnAt),
    withdrawReason: row.withdrawReason,
    reviewBy,
    deadlineState,
    overdue: deadlineState === 'overdue',
  };
}

/** A received filing with its items and the decision so far. */
export function presentFilingReviewDetail(
  row: FilingReviewRow,
  now: Date,
): z.infer<typeof FilingReviewDetailSchema> {
  return {
    ...presentFilingReview(row, now),
    reviewComment: row.reviewComment,
    items: itemViews(payloadOf(row.payload), row.itemComments),
  };
}
