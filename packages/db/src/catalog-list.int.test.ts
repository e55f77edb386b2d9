import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { NewCatalogItem } from '@shuan/core';
import { migrate } from './migrate.ts';
import {
  catalogItemsRepository,
  type CatalogFilter,
} from './repositories/catalog-items-repository.pg.ts';
import { organizationsRepository } from './repositories/organizations-repository.pg.ts';
import { sourcesRepository } from './repositories/sources-repository.pg.ts';
import { createTestDatabase, type TestDatabase } from './testing/test-database.ts';
import { withTransaction } from './transaction.ts';

// The catalog list's fast paths (migration 0002: counts table, bigram search, index-ordered
// pages) must answer exactly what a plain query over catalog_items answers.

let database: TestDatabase;
let pool: pg.Pool;
let orgId: string;
let otherOrgId: string;
const sources: string[] = [];

const NAMES = [
  'order_detail',
  'Customer_Info',
  'employee',
  '订单明细',
  'sensor_100%',
  'a_b',
  'axb',
  'device',
];
const LEVELS = ['general', 'important', 'core'] as const;
const CATEGORIES = ['mgmt.hr', 'prod.process', null] as const;

function item(sourceId: string, index: number): NewCatalogItem {
  const level = LEVELS[index % 3] ?? 'general';
  const category = CATEGORIES[index % 3 === 0 ? 2 : index % 2] ?? null;
  return {
    sourceId,
    table: `${NAMES[index % NAMES.length] ?? 't'}_${String(index)}`,
    comment: index % 4 === 0 ? `${NAMES[(index + 3) % NAMES.length] ?? ''}表` : null,
    category,
    level,
    status: 'pending',
    hasProposalDiff: false,
    proposed: { category, level, reasons: [], scanId: 's1' },
    pi: false,
    sensitivePi: false,
    labels: [],
    rows: index % 5 === 0 ? null : (index * 37) % 100,
    sizeBytes: null,
    columns: [],
    reviewedBy: null,
    reviewedAt: null,
    reviewReason: null,
  };
}

async function naiveCount(filter: CatalogFilter): Promise<number> {
  const params: unknown[] = [orgId];
  const parts = ['org_id = $1'];
  const add = (sql: string, value: unknown): void => {
    params.push(value);
    parts.push(sql.replaceAll('?', `$${String(params.length)}`));
  };
  if (filter.level !== undefined) add('level = ?', filter.level);
  if (filter.category !== undefined) add('category = ?', filter.category);
  if (filter.status !== undefined) add('status = ?', filter.status);
  if (filter.sourceId !== undefined) add('source_id = ?', filter.sourceId);
  if (filter.hasProposalDiff !== undefined) add('has_proposal_diff = ?', filter.hasProposalDiff);
  if (filter.q !== undefined)
    add(
      `(strpos(lower(table_name), lower(?::text)) > 0 OR strpos(lower(coalesce(comment, '')), lower(?::text)) > 0)`,
      filter.q,
    );
  const result = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM catalog_items WHERE ${parts.join(' AND ')}`,
    params,
  );
  return result.rows[0]?.n ?? -1;
}

const FILTERS: CatalogFilter[] = [
  {},
  { level: 'core' },
  { category: 'mgmt.hr' },
  { status: 'pending' },
  { status: 'confirmed', level: 'important' },
  { hasProposalDiff: true },
  { q: 'order' },
  { q: 'ORDER' },
  { q: '订单' },
  { q: '单' },
  { q: '_b' },
  { q: '0%' },
  { q: 'x' },
  { q: 'de' },
  { q: '明细' },
  { q: 'l_1' },
];

async function assertTotals(): Promise<void> {
  const all = [...FILTERS, { sourceId: sources[0] }, { sourceId: sources[1], level: 'general' }];
  for (const filter of all) {
    const page = await catalogItemsRepository.list(pool, orgId, {
      page: 1,
      pageSize: 5,
      ...filter,
    });
    assert.equal(page.total, await naiveCount(filter), JSON.stringify(filter));
  }
  const stats = await catalogItemsRepository.stats(pool, orgId);
  const byLevel = await pool.query<{ level: string; n: number }>(
    'SELECT level, count(*)::int AS n FROM catalog_items WHERE org_id = $1 GROUP BY level',
    [orgId],
  );
  assert.deepEqual(
    stats.byLevel,
    Object.fromEntries(byLevel.rows.map((row) => [row.level, row.n])),
  );
  const pending = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM catalog_items WHERE org_id = $1 AND (status = 'pending' OR has_proposal_diff)`,
    [orgId],
  );
  assert.equal(stats.pending, pending.rows[0]?.n);
}

before(async () => {
  database = await createTestDatabase();
  pool = new pg.Pool({ connectionString: database.url });
  await migrate(pool);
  orgId = (await organizationsRepository.create(pool, 'org')).id;
  otherOrgId = (await organizationsRepository.create(pool, 'other')).id;
  for (const [org, name] of [
    [orgId, 'a'],
    [orgId, 'b'],
    [otherOrgId, 'c'],
  ] as const) {
    const id = randomUUID();
    await sourcesRepository.create(pool, {
      id,
      orgId: org,
      name,
      kind: 'sqlite',
      target: `/tmp/${name}.db`,
      sealedSecret: null,
    });
    sources.push(id);
  }
  const [a = '', b = '', c = ''] = sources;
  await withTransaction(pool, async (tx) => {
    await catalogItemsRepository.insertMany(
      tx,
      orgId,
      Array.from({ length: 60 }, (_, i) => item(i % 2 === 0 ? a : b, i)),
    );
    await catalogItemsRepository.insertMany(
      tx,
      otherOrgId,
      Array.from({ length: 10 }, (_, i) => item(c, i)),
    );
  });
});

after(async () => {
  await pool.end();
  await database.drop();
});

test('totals and overview counts match a plain count after inserts, rescans, reviews, edits and a source deletion', async () => {
  await assertTotals();
  const page = await catalogItemsRepository.list(pool, orgId, { page: 1, pageSize: 60 });
  const [first, second, third] = page.items;
  assert.ok(first !== undefined && second !== undefined && third !== undefined);
  await catalogItemsRepository.applyReview(pool, orgId, first.id, {
    category: 'mgmt.finance',
    level: 'core',
    status: 'changed',
    hasProposalDiff: false,
    reviewedBy: 'u',
    reviewedAt: new Date().toISOString(),
    reviewReason: 'r',
  });
  await catalogItemsRepository.applyRescans(pool, orgId, [
    {
      id: second.id,
      comment: null,
      proposed: second.proposed,
      hasProposalDiff: true,
      pi: true,
      sensitivePi: false,
      labels: [],
      rows: 5,
      sizeBytes: null,
      columns: [],
    },
    {
      id: third.id,
      comment: 'x',
      proposed: third.proposed,
      hasProposalDiff: false,
      pi: false,
      sensitivePi: false,
      labels: [],
      rows: 1,
      sizeBytes: null,
      columns: [],
      decision: { category: null, level: 'core' },
    },
  ]);
  await catalogItemsRepository.patchFiling(pool, orgId, first.id, { department: 'd' });
  await assertTotals();
  await sourcesRepository.delete(pool, orgId, sources[1] ?? '');
  await assertTotals();
  const other = await catalogItemsRepository.list(pool, otherOrgId, { page: 1, pageSize: 1 });
  assert.equal(other.total, 10);
});

test('pages follow the sort in both directions, tie-broken by table, and cover every item once', async () => {
  for (const sort of [
    'table',
    '-table',
    'rows',
    '-rows',
    'level',
    '-level',
    'category',
    '-status',
    undefined,
  ]) {
    const seen: string[] = [];
    const rows: (number | null)[] = [];
    for (let pageNo = 1; ; pageNo++) {
      const page = await catalogItemsRepository.list(pool, orgId, {
        page: pageNo,
        pageSize: 7,
        sort,
      });
      if (page.items.length === 0) break;
      for (const row of page.items) {
        seen.push(row.id);
        rows.push(row.rows);
      }
    }
    const total = (await catalogItemsRepository.list(pool, orgId, { page: 1, pageSize: 1 })).total;
    assert.equal(new Set(seen).size, total, String(sort));
    assert.equal(seen.length, total, String(sort));
    if (sort === '-rows') {
      // DESC puts NULLs first, then descending values.
      const values = rows.filter((value) => value !== null);
      assert.deepEqual(
        values,
        [...values].sort((x, y) => y - x),
      );
      assert.equal(
        rows.indexOf(null) === -1 ||
          rows.slice(0, rows.lastIndexOf(null) + 1).every((value) => value === null),
        true,
      );
    }
  }
  const beyond = await catalogItemsRepository.list(pool, orgId, {
    page: 1000,
    pageSize: 20,
    level: 'core',
  });
  assert.deepEqual(beyond.items, []);
  assert.equal(beyond.total, await naiveCount({ level: 'core' }));
});

test('a search treats % and _ as text and matches names and comments case-insensitively', async () => {
  const page = await catalogItemsRepository.list(pool, orgId, { page: 1, pageSize: 100, q: '_D' });
  assert.ok(page.items.length > 0);
  for (const row of page.items)
    assert.match(`${row.table} ${row.comment ?? ''}`.toLowerCase(), /_d/);
  const percent = await catalogItemsRepository.list(pool, orgId, {
    page: 1,
    pageSize: 100,
    q: '100%',
  });
  for (const row of percent.items) assert.ok(`${row.table} ${row.comment ?? ''}`.includes('100%'));
  assert.ok(percent.items.length > 0);
  const chinese = await catalogItemsRepository.list(pool, orgId, {
    page: 1,
    pageSize: 100,
    q: '订单',
  });
  assert.equal(chinese.items.length, chinese.total);
  assert.ok(chinese.items.every((row) => `${row.table}${row.comment ?? ''}`.includes('订单')));
});
