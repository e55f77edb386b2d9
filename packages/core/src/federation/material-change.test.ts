import assert from 'node:assert/strict';
import { test } from 'node:test';
import { materialChange, type FiledItemFacts } from './material-change.ts';

function buildItem(overrides: Partial<FiledItemFacts> = {}): FiledItemFacts {
  return {
    itemId: 'a',
    level: 'important',
    category: 'production',
    rows: 1000,
    sizeBytes: 1_000_000,
    purpose: '生产调度',
    sharing: false,
    ...overrides,
  };
}

test('nothing changed, or only a volume change below 30 %, is not material', () => {
  const base = [buildItem(), buildItem({ itemId: 'b', rows: 1000 })];
  assert.equal(materialChange(base, base).material, false);
  const grown = [buildItem({ rows: 1200 }), buildItem({ itemId: 'b', rows: 1300 })];
  const change = materialChange(base, grown);
  assert.equal(change.material, false, '2,000 → 2,500 rows is 25 %');
  assert.deepEqual(change.volumeChanged, []);
});

test('items added or removed and levels changed are material, and counted', () => {
  const base = [buildItem(), buildItem({ itemId: 'b' })];
  const change = materialChange(base, [
    buildItem({ level: 'core' }),
    buildItem({ itemId: 'c', category: 'production' }),
  ]);
  assert.equal(change.material, true);
  assert.deepEqual(
    [change.added, change.removed, change.levelChanged, change.fieldsChanged],
    [1, 1, 1, 0],
  );
});

test('any other filed field changed is material; volume fields alone are judged by the ratio', () => {
  const change = materialChange([buildItem()], [buildItem({ sharing: true, rows: 1100 })]);
  assert.equal(change.material, true);
  assert.equal(change.fieldsChanged, 1);
  assert.equal(change.levelChanged, 0);
});

test('a category whose rows or bytes move by 30 % or more is material', () => {
  const base = [buildItem(), buildItem({ itemId: 'b', category: 'rd', rows: null })];
  const change = materialChange(base, [
    buildItem({ rows: 700 }),
    buildItem({ itemId: 'b', category: 'rd', rows: null, sizeBytes: 2_000_000 }),
  ]);
  assert.equal(change.material, true);
  assert.deepEqual(change.volumeChanged, [
    {
      category: 'production',
      rowsBefore: 1000,
      rowsAfter: 700,
      bytesBefore: 1_000_000,
      bytesAfter: 1_000_000,
    },
    {
      category: 'rd',
      rowsBefore: null,
      rowsAfter: null,
      bytesBefore: 1_000_000,
      bytesAfter: 2_000_000,
    },
  ]);
  // Unknown volumes are not a change: nothing to compare.
  assert.equal(
    materialChange([buildItem({ rows: null })], [buildItem({ rows: 5000 })]).material,
    false,
  );
});
