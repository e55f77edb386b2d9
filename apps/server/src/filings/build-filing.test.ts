import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildFilingPayload } from '../federation/testing/envelopes.ts';
import { diffFiledItems, itemViews, levelCounts, type FiledItem } from './build-filing.ts';

const base = (): FiledItem[] => {
  const payload = buildFilingPayload();
  return payload.kind === 'full' ? payload.items : [];
};

test('changes: added, changed (any filed field) and removed, by item id', () => {
  const [a] = base();
  const [b] = base();
  const [c] = base();
  assert.ok(a && b && c);
  const diff = diffFiledItems([a, b], [{ ...a, purpose: '新目的' }, c]);
  assert.deepEqual(
    diff.added.map((i) => i.itemId),
    [c.itemId],
  );
  assert.deepEqual(
    diff.changed.map((i) => i.itemId),
    [a.itemId],
  );
  assert.deepEqual(diff.removedItemIds, [b.itemId]);
  assert.deepEqual(diffFiledItems([a], [{ ...a }]), { added: [], changed: [], removedItemIds: [] });
});

test('item views carry the comments; counts by level', () => {
  const payload = buildFilingPayload();
  const item = payload.kind === 'full' ? payload.items[0] : undefined;
  assert.ok(item);
  const views = itemViews(payload, [{ itemId: item.itemId, comment: '请补充' }]);
  assert.deepEqual(
    views.map((v) => [v.change, v.comment]),
    [['filed', '请补充']],
  );
  assert.deepEqual(levelCounts(payload), { important: 1, core: 0 });
});
