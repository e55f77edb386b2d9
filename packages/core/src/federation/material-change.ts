/**
 * The material-change rule of the catalog filing (Measures Art. 12; reference §0 item 5):
 * after a filing is accepted, a material change of the filed important/core data must be
 * re-filed within 3 months (`filingDeadlines({ materialChangeOn })`). Material means a change
 * of 30 % or more in the volume (record count or storage size) of a category of important or
 * core data, or a change in any other filed item: here an item added or removed, a level
 * changed, or another filed field (purpose, sharing, cross-border, protection …) changed.
 * A volume change below 30 % alone is not material.
 */

/** The rule as data: change it here if the Measures are amended. */
export const MATERIAL_CHANGE_RULES = {
  /** Share of a category's filed volume whose change is material (≥ 30 %). */
  volumeRatio: 0.3,
  source: '《工业和信息化领域数据安全管理办法（试行）》第十二条',
} as const;

/**
 * A filed important/core item as the rule reads it. Core does not know the wire schema: any
 * field besides these is a filed field compared as a value.
 */
export interface FiledItemFacts {
  itemId: string;
  level: string;
  category: string | null;
  rows: number | null;
  sizeBytes: number | null;
  [field: string]: unknown;
}

/** A category whose filed volume moved by at least the rule's ratio. */
export interface VolumeChange {
  /** The category code, or null for items without one. */
  category: string | null;
  rowsBefore: number | null;
  rowsAfter: number | null;
  bytesBefore: number | null;
  bytesAfter: number | null;
}

/** What changed between the accepted filing and the catalog now. */
export interface MaterialChangeSummary {
  added: number;
  removed: number;
  levelChanged: number;
  /** Items of the same level with another filed field changed (volume aside). */
  fieldsChanged: number;
  volumeChanged: VolumeChange[];
}

/** {@link MaterialChangeSummary} and whether it is material. */
export interface MaterialChange extends MaterialChangeSummary {
  material: boolean;
}

const VOLUME_FIELDS = new Set(['rows', 'sizeBytes']);

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}

function otherFieldChanged(before: FiledItemFacts, after: FiledItemFacts): boolean {
  const fields = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const field of fields) {
    if (field === 'level' || VOLUME_FIELDS.has(field)) continue;
    if (!sameValue(before[field], after[field])) return true;
  }
  return false;
}

/** Sum of the known values, or null when none is known. */
function total(values: readonly (number | null)[]): number | null {
  const known = values.filter((value): value is number => value !== null);
  return known.length === 0 ? null : known.reduce((sum, value) => sum + value, 0);
}

/** True when `after` differs from `before` by the rule's ratio (from nothing to something too). */
function movedEnough(before: number | null, after: number | null): boolean {
  if (before === null || after === null) return false;
  if (before === 0) return after > 0;
  return Math.abs(after - before) / before >= MATERIAL_CHANGE_RULES.volumeRatio;
}

function volumeChanges(
  base: readonly FiledItemFacts[],
  current: readonly FiledItemFacts[],
): VolumeChange[] {
  const categories = new Map<string, string | null>();
  for (const item of [...base, ...current]) categories.set(String(item.category), item.category);
  const changes: VolumeChange[] = [];
  for (const category of categories.values()) {
    const of = (items: readonly FiledItemFacts[]) =>
      items.filter((item) => item.category === category);
    const [before, after] = [of(base), of(current)];
    const change: VolumeChange = {
      category,
      rowsBefore: total(before.map((item) => item.rows)),
      rowsAfter: total(after.map((item) => item.rows)),
      bytesBefore: total(before.map((item) => item.sizeBytes)),
      bytesAfter: total(after.map((item) => item.sizeBytes)),
    };
    if (
      movedEnough(change.rowsBefore, change.rowsAfter) ||
      movedEnough(change.bytesBefore, change.bytesAfter)
    )
      changes.push(change);
  }
  return changes.sort((a, b) => String(a.category).localeCompare(String(b.category)));
}

/**
 * Compares the items of the accepted filing (`base`: the important and core items of its
 * catalog version, what the province holds) with those of the catalog now (`current`), by
 * item id. Pass only important and core items: general data is not filed, so an item graded
 * down to general counts as removed and one graded up as added.
 *
 * @example
 * materialChange(filed, now).material; // true after a core table was added
 */
export function materialChange(
  base: readonly FiledItemFacts[],
  current: readonly FiledItemFacts[],
): MaterialChange {
  const before = new Map(base.map((item) => [item.itemId, item]));
  const now = new Set(current.map((item) => item.itemId));
  let added = 0;
  let levelChanged = 0;
  let fieldsChanged = 0;
  for (const item of current) {
    const old = before.get(item.itemId);
    if (old === undefined) added += 1;
    else if (old.level !== item.level) levelChanged += 1;
    else if (otherFieldChanged(old, item)) fieldsChanged += 1;
  }
  const removed = base.filter((item) => !now.has(item.itemId)).length;
  const volumeChanged = volumeChanges(base, current);
  const material = added + removed + levelChanged + fieldsChanged + volumeChanged.length > 0;
  return { added, removed, levelChanged, fieldsChanged, volumeChanged, material };
}
