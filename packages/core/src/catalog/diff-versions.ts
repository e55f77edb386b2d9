import type { CategoryCode, Level } from '../taxonomy/index.ts';

/** The part of a frozen item that a version diff compares. */
export interface VersionedItem {
  sourceId: string;
  sourceName: string;
  table: string;
  category: CategoryCode | null;
  level: Level;
}

/** A grade as it stood in one version. */
export interface Grade {
  category: CategoryCode | null;
  level: Level;
}

/** An item whose category or level differs between two versions. */
export interface RegradedItem {
  sourceId: string;
  sourceName: string;
  table: string;
  from: Grade;
  to: Grade;
}

/** The difference between catalog versions `a` (older) and `b` (newer). */
export interface VersionDiff {
  added: VersionedItem[];
  removed: VersionedItem[];
  regraded: RegradedItem[];
}

/**
 * Compares two frozen catalog versions item by item (an item is its source and table):
 * added in `b`, removed from `a`, and regraded (category or level changed). Results are
 * sorted by source name and table so that the same versions always give the same diff.
 *
 * @example diffVersions(v1.items, v2.items).regraded[0]?.to.level // 'core'
 */
export function diffVersions(a: VersionedItem[], b: VersionedItem[]): VersionDiff {
  const key = (item: VersionedItem): string => `${item.sourceId}\u0000${item.table}`;
  const before = new Map(a.map((item) => [key(item), item]));
  const after = new Map(b.map((item) => [key(item), item]));
  const added = b.filter((item) => !before.has(key(item)));
  const removed = a.filter((item) => !after.has(key(item)));
  const regraded: RegradedItem[] = [];
  for (const item of b) {
    const old = before.get(key(item));
    if (old === undefined) continue;
    if (old.category === item.category && old.level === item.level) continue;
    regraded.push({
      sourceId: item.sourceId,
      sourceName: item.sourceName,
      table: item.table,
      from: { category: old.category, level: old.level },
      to: { category: item.category, level: item.level },
    });
  }
  return { added: sorted(added), removed: sorted(removed), regraded: sorted(regraded) };
}

function sorted<T extends { sourceName: string; table: string }>(items: T[]): T[] {
  return [...items].sort(
    (x, y) => x.sourceName.localeCompare(y.sourceName) || x.table.localeCompare(y.table),
  );
}
