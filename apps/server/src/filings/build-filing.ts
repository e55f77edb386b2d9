import { isDeepStrictEqual } from 'node:util';
import type { CatalogItemDto, MessagePayload } from '@shuan/contracts';

/** One filed item (Art. 12 fields and the grade; never the data, never the columns). */
export type FiledItem = Extract<MessagePayload<'filing.submit'>, { kind: 'full' }>['items'][number];

/** A filing.submit payload. */
export type FilingPayload = MessagePayload<'filing.submit'>;

/** One item of a filing as the pages show it, with the province's comment. */
export interface FilingItemView {
  itemId: string;
  change: 'filed' | 'added' | 'changed' | 'removed';
  item: FiledItem | null;
  comment: string | null;
}

/**
 * The filed form of a catalog item: its grade, volume and the filing fields of Measures
 * Art. 12 (reference §0 item 4). The column list, scanner reasons and samples stay home.
 */
export function filedItemOf(item: CatalogItemDto): FiledItem {
  return {
    itemId: item.id,
    sourceName: item.sourceName,
    table: item.table,
    category: item.category,
    level: item.level,
    rows: item.rows,
    sizeBytes: item.sizeBytes,
    department: item.department,
    purpose: item.purpose,
    storageLocation: item.storageLocation,
    sharing: item.sharing,
    crossBorder: item.crossBorder,
    protection: item.protection,
    responsiblePerson: item.responsiblePerson,
  };
}

/** The items a catalog filing covers: important and core data (general data is not filed). */
export function fileableItems(items: readonly CatalogItemDto[]): FiledItem[] {
  return items.filter((item) => item.level !== 'general').map(filedItemOf);
}

/** What changed between two filed item lists, by item id. */
export function diffFiledItems(
  base: readonly FiledItem[],
  next: readonly FiledItem[],
): { added: FiledItem[]; changed: FiledItem[]; removedItemIds: string[] } {
  const before = new Map(base.map((item) => [item.itemId, item]));
  const after = new Set(next.map((item) => item.itemId));
  const added: FiledItem[] = [];
  const changed: FiledItem[] = [];
  for (const item of next) {
    const old = before.get(item.itemId);
    if (old === undefined) added.push(item);
    else if (!isDeepStrictEqual(old, item)) changed.push(item);
  }
  const removedItemIds = base.map((item) => item.itemId).filter((id) => !after.has(id));
  return { added, changed, removedItemIds };
}

/** True when a payload files nothing (no items, or no change). */
export function isEmptyFiling(payload: FilingPayload): boolean {
  return payload.kind === 'full'
    ? payload.items.length === 0
    : payload.added.length + payload.changed.length + payload.removedItemIds.length === 0;
}

/** The items of a payload with their comments (removed items have no fields). */
export function itemViews(
  payload: FilingPayload,
  itemComments: readonly { itemId: string; comment: string }[] = [],
): FilingItemView[] {
  const comments = new Map(itemComments.map((entry) => [entry.itemId, entry.comment]));
  const view = (change: FilingItemView['change'], item: FiledItem): FilingItemView => ({
    itemId: item.itemId,
    change,
    item,
    comment: comments.get(item.itemId) ?? null,
  });
  if (payload.kind === 'full') return payload.items.map((item) => view('filed', item));
  return [
    ...payload.added.map((item) => view('added', item)),
    ...payload.changed.map((item) => view('changed', item)),
    ...payload.removedItemIds.map((itemId) => ({
      itemId,
      change: 'removed' as const,
      item: null,
      comment: comments.get(itemId) ?? null,
    })),
  ];
}

/** Filed items by level; a changes filing counts what it adds or changes. */
export function levelCounts(payload: FilingPayload): { important: number; core: number } {
  const items = payload.kind === 'full' ? payload.items : [...payload.added, ...payload.changed];
  return {
    important: items.filter((item) => item.level === 'important').length,
    core: items.filter((item) => item.level === 'core').length,
  };
}

/** How many items a payload names (filed, or added + changed + removed). */
export function itemCountOf(payload: FilingPayload): number {
  return payload.kind === 'full'
    ? payload.items.length
    : payload.added.length + payload.changed.length + payload.removedItemIds.length;
}
