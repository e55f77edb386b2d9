import { reviewItem } from '@shuan/core';
import type { ReviewCatalogItemRequest, UpdateCatalogItemRequest } from '@shuan/contracts';
import { catalogItemsRepository, withTransaction, type CatalogItemRow } from '@shuan/db';
import { appendAudit } from '../audit/append-audit.ts';
import { AppError, MESSAGES } from '../http/app-error.ts';
import type { NodeDeps, Principal } from '../http/context.ts';

const notFound = (): AppError =>
  new AppError('CATALOG_ITEM_NOT_FOUND', MESSAGES.notFound('目录条目', 'catalog item'));

/** Reviews one item of the caller's org (rules in core's `reviewItem`), audited with the change. */
export async function reviewCatalogItem(
  deps: NodeDeps,
  principal: Principal,
  id: string,
  input: ReviewCatalogItemRequest,
): Promise<CatalogItemRow> {
  return withTransaction(deps.pool, async (tx) => {
    const [item] = await catalogItemsRepository.getManyForUpdate(tx, principal.orgId, [id]);
    if (item === undefined) throw notFound();
    const review = reviewItem(item, input, principal.username, new Date());
    await catalogItemsRepository.applyReview(tx, principal.orgId, id, review);
    await appendAudit(tx, {
      orgId: principal.orgId,
      actor: principal.username,
      action: 'catalog.review',
      target: `item:${id}`,
      payload: {
        table: item.table,
        action: input.action,
        from: { category: item.category, level: item.level },
        to: { category: review.category, level: review.level },
        reason: review.reviewReason,
      },
    });
    const updated = await catalogItemsRepository.get(tx, principal.orgId, id);
    if (updated === undefined) throw notFound();
    return updated;
  });
}

/** Confirms many items at once; ids that are not the caller's org's are skipped. */
export async function bulkConfirm(
  deps: NodeDeps,
  principal: Principal,
  ids: string[],
): Promise<number> {
  return withTransaction(deps.pool, async (tx) => {
    const items = await catalogItemsRepository.getManyForUpdate(tx, principal.orgId, [
      ...new Set(ids),
    ]);
    const now = new Date();
    for (const item of items) {
      await catalogItemsRepository.applyReview(
        tx,
        principal.orgId,
        item.id,
        reviewItem(item, { action: 'confirm' }, principal.username, now),
      );
    }
    await appendAudit(tx, {
      orgId: principal.orgId,
      actor: principal.username,
      action: 'catalog.bulk_confirm',
      target: 'catalog',
      payload: { ids: items.map((item) => item.id), count: items.length },
    });
    return items.length;
  });
}

/** Changes the filing fields of an item. */
export async function updateFilingFields(
  deps: NodeDeps,
  principal: Principal,
  id: string,
  input: UpdateCatalogItemRequest,
): Promise<CatalogItemRow> {
  return withTransaction(deps.pool, async (tx) => {
    if (!(await catalogItemsRepository.patchFiling(tx, principal.orgId, id, input)))
      throw notFound();
    await appendAudit(tx, {
      orgId: principal.orgId,
      actor: principal.username,
      action: 'catalog.update',
      target: `item:${id}`,
      payload: { ...input },
    });
    const updated = await catalogItemsRepository.get(tx, principal.orgId, id);
    if (updated === undefined) throw notFound();
    return updated;
  });
}
