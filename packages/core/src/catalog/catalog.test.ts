import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TableFinding } from '../scan/index.ts';
import type { CatalogItem } from './catalog-item.ts';
import { diffVersions } from './diff-versions.ts';
import { CatalogRuleError } from './errors.ts';
import { proposeFromScan } from './propose-from-scan.ts';
import { reviewItem } from './review-item.ts';

function buildTable(overrides: Partial<TableFinding> = {}): TableFinding {
  return {
    table: 't1',
    category: 'prod.control',
    level: 'important',
    reasons: ['r'],
    ...overrides,
  };
}

function buildItem(overrides: Partial<CatalogItem> = {}): CatalogItem {
  return {
    id: 'i1',
    sourceId: 's1',
    table: 't1',
    comment: null,
    pi: false,
    sensitivePi: false,
    labels: [],
    rows: null,
    sizeBytes: null,
    columns: [],
    department: '',
    purpose: '',
    storageLocation: '',
    sharing: false,
    crossBorder: false,
    protection: '',
    responsiblePerson: '',
    category: 'prod.control',
    level: 'important',
    status: 'pending',
    hasProposalDiff: false,
    reviewedBy: null,
    reviewedAt: null,
    reviewReason: null,
    proposed: { category: 'prod.control', level: 'important', reasons: [], scanId: 'x' },
    ...overrides,
  };
}

test('a new table becomes a pending item with the proposal as its value', () => {
  const out = proposeFromScan({
    scanId: 'scan1',
    sourceId: 's1',
    tables: [buildTable()],
    existing: [],
    columns: [
      {
        table: 't1',
        column: 'id_no',
        dataType: 'text',
        rowsSampled: 5,
        category: null,
        level: 'general',
        reasons: [],
        labels: [{ code: 'pi.id_card', confidence: 1, hits: 5, evidence: ['values'] }],
      },
    ],
  });
  assert.equal(out.inserts.length, 1);
  const [first] = out.inserts;
  assert.ok(first);
  assert.equal(first.status, 'pending');
  assert.equal(first.level, 'important');
  assert.equal(first.sensitivePi, true);
});

test('a rescan never overwrites a reviewed decision but flags the difference', () => {
  const existing = [
    {
      id: 'i1',
      table: 't1',
      category: 'prod.control' as const,
      level: 'core' as const,
      status: 'changed' as const,
    },
  ];
  const out = proposeFromScan({
    scanId: 's2',
    sourceId: 's1',
    tables: [buildTable()],
    columns: [],
    existing,
  });
  assert.equal(out.updates[0]?.decision, undefined);
  assert.equal(out.updates[0]?.hasProposalDiff, true);
});

test('a pending item follows the new proposal', () => {
  const existing = [
    {
      id: 'i1',
      table: 't1',
      category: null,
      level: 'general' as const,
      status: 'pending' as const,
    },
  ];
  const out = proposeFromScan({
    scanId: 's2',
    sourceId: 's1',
    tables: [buildTable()],
    columns: [],
    existing,
  });
  assert.deepEqual(out.updates[0]?.decision, { category: 'prod.control', level: 'important' });
});

test('a regrade without a reason is refused', () => {
  assert.throws(
    () => reviewItem(buildItem(), { action: 'change', level: 'core' }, 'li', new Date()),
    (error: unknown) =>
      error instanceof CatalogRuleError && error.code === 'REVIEW_REASON_REQUIRED',
  );
  const ok = reviewItem(
    buildItem(),
    { action: 'change', level: 'core', reason: '联锁' },
    'li',
    new Date(),
  );
  assert.equal(ok.status, 'changed');
  assert.equal(ok.level, 'core');
});

test('confirming a regraded item keeps the reason of its regrade', () => {
  const changed = buildItem({
    level: 'core',
    status: 'changed',
    reviewReason: '涉及联锁 / interlocks',
  });
  const out = reviewItem(changed, { action: 'confirm' }, 'wang', new Date());
  assert.equal(out.status, 'changed');
  assert.equal(out.reviewReason, '涉及联锁 / interlocks');
  assert.equal(
    reviewItem(changed, { action: 'confirm', reason: '复核 / rechecked' }, 'wang', new Date())
      .reviewReason,
    '复核 / rechecked',
  );
});

test('confirm keeps the current value', () => {
  const out = reviewItem(buildItem(), { action: 'confirm' }, 'li', new Date());
  assert.equal(out.status, 'confirmed');
  assert.equal(out.reviewedBy, 'li');
});

test('diffVersions finds added, removed and regraded items', () => {
  const base = { sourceId: 's', sourceName: 'demo', category: null, level: 'general' as const };
  const diff = diffVersions(
    [
      { ...base, table: 'a' },
      { ...base, table: 'b' },
    ],
    [
      { ...base, table: 'b', level: 'core' },
      { ...base, table: 'c' },
    ],
  );
  assert.deepEqual(
    diff.added.map((i) => i.table),
    ['c'],
  );
  assert.deepEqual(
    diff.removed.map((i) => i.table),
    ['a'],
  );
  assert.equal(diff.regraded[0]?.to.level, 'core');
});
