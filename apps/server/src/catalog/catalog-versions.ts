import { CatalogItemSchema, type CatalogItemDto } from '@shuan/contracts';
import {
  catalogItemsRepository,
  catalogVersionsRepository,
  withTransaction,
  type CatalogVersionRow,
} from '@shuan/db';
import { appendAudit } from '../audit/append-audit.ts';
import { AppError, MESSAGES } from '../http/app-error.ts';
import type { NodeDeps, Principal } from '../http/context.ts';
import { presentCatalogItem } from '../presenters/catalog.presenter.ts';

/**
 * Freezes the org's catalog into the next numbered version (a copy of every item as shown),
 * with its audit entry, in one transaction: a version is stored whole or not at all. The
 * numbering lock is taken before the items are read, so numbers follow snapshot order.
 */
export async function freezeVersion(
  deps: NodeDeps,
  principal: Principal,
  note: string,
): Promise<CatalogVersionRow> {
  return withTransaction(deps.pool, async (tx) => {
    await catalogVersionsRepository.lockNumbering(tx, principal.orgId);
    const items = (await catalogItemsRepository.all(tx, principal.orgId)).map(presentCatalogItem);
    const version = await catalogVersionsRepository.create(tx, {
      orgId: principal.orgId,
      note,
      createdBy: principal.username,
      items,
    });
    await appendAudit(tx, {
      orgId: principal.orgId,
      actor: principal.username,
      action: 'catalog.version',
      target: `version:${String(version.number)}`,
      payload: { number: version.number, itemCount: version.itemCount, note },
    });
    return version;
  });
}

/** A version of the org and its frozen items (`VERSION_NOT_FOUND` otherwise). */
export async function loadVersion(
  deps: NodeDeps,
  orgId: string,
  number: number,
): Promise<{ version: CatalogVersionRow; items: CatalogItemDto[] }> {
  const version = await catalogVersionsRepository.getByNumber(deps.pool, orgId, number);
  if (version === undefined)
    throw new AppError(
      'VERSION_NOT_FOUND',
      MESSAGES.notFound(`目录版本 ${String(number)} `, `catalog version ${String(number)}`),
    );
  const raw = await catalogVersionsRepository.items(deps.pool, orgId, version.id);
  return { version, items: raw.map((item) => CatalogItemSchema.parse(item)) };
}
