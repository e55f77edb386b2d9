import type { CategoryCode, Level } from '../taxonomy/index.ts';
import type { CatalogItem, ReviewState } from './catalog-item.ts';
import { CatalogRuleError } from './errors.ts';

/** A reviewer's decision on one item. */
export interface ReviewInput {
  action: 'confirm' | 'change';
  category?: CategoryCode | null;
  level?: Level;
  reason?: string;
}

/**
 * Applies a review to an item and returns its new decision. `confirm` accepts the current
 * category and level (and clears a pending proposal difference: the reviewer has seen it);
 * it keeps the item's recorded reason unless it gives a new one, so that confirming a
 * regraded item (one by one or in bulk) never strips the reason its regrade needs.
 * `change` sets a new category and/or level; when the result differs from what the scanner
 * proposed or from the current decision, a non-empty reason is required
 * (`REVIEW_REASON_REQUIRED`), because a regrade must be explainable at filing time.
 *
 * @example
 * reviewItem(item, { action: 'change', level: 'core', reason: '涉及联锁 / interlocks' }, 'li', now);
 */
export function reviewItem(
  item: Pick<CatalogItem, 'category' | 'level' | 'proposed' | 'reviewReason'>,
  input: ReviewInput,
  reviewer: string,
  now: Date,
): ReviewState {
  const reviewedAt = now.toISOString();
  if (input.action === 'confirm') {
    const reason = input.reason?.trim();
    const status = sameAsProposal(item, item.category, item.level) ? 'confirmed' : 'changed';
    return {
      category: item.category,
      level: item.level,
      status,
      hasProposalDiff: false,
      reviewedBy: reviewer,
      reviewedAt,
      reviewReason: reason !== undefined && reason.length > 0 ? reason : item.reviewReason,
    };
  }
  if (input.category === undefined && input.level === undefined) {
    throw new CatalogRuleError(
      'REVIEW_INVALID',
      '修改时须给出分类或级别 / a change needs a category or a level',
    );
  }
  const category = input.category === undefined ? item.category : input.category;
  const level = input.level ?? item.level;
  const reason = input.reason?.trim() ?? '';
  const regraded =
    !sameAsProposal(item, category, level) || category !== item.category || level !== item.level;
  if (regraded && reason.length === 0) {
    throw new CatalogRuleError(
      'REVIEW_REASON_REQUIRED',
      '修改分类或级别须填写理由 / a change of category or level needs a reason',
    );
  }
  return {
    category,
    level,
    status: sameAsProposal(item, category, level) ? 'confirmed' : 'changed',
    hasProposalDiff: false,
    reviewedBy: reviewer,
    reviewedAt,
    reviewReason: reason.length > 0 ? reason : null,
  };
}

function sameAsProposal(
  item: Pick<CatalogItem, 'proposed'>,
  category: CategoryCode | null,
  level: Level,
): boolean {
  return item.proposed.category === category && item.proposed.level === level;
}
