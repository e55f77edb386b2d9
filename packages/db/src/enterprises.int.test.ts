import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { migrate } from './migrate.ts';
import {
  enterprisesRepository,
  type EnterpriseFieldsRow,
  type EnterpriseFilter,
  type EnterpriseRow,
  type EnterpriseSizeCode,
} from './repositories/enterprises-repository.pg.ts';
import { organizationsRepository } from './repositories/organizations-repository.pg.ts';
import { createTestDatabase, type TestDatabase } from './testing/test-database.ts';

// The registry list (filters, q, sorts, pages) must answer what a plain filter over all rows
// answers; credit codes are unique per registry; every query stays inside its org.

let database: TestDatabase;
let pool: pg.Pool;
let orgId: string;
let otherOrgId: string;
const all: EnterpriseRow[] = [];

const REGIONS = ['320508', '320505', '320102', '321002', '110105', '440305'] as const;
const INDUSTRIES = ['13', '26', '36', '39', '44', '65'] as const;
const SIZES: EnterpriseSizeCode[] = ['large', 'medium', 'small', 'micro'];
const NAMES = ['精密制造', '化工', '汽车零部件', '电子科技', '热电', '软件', 'ab_c%d'];

/** An 18-character code of the stored shape (the check character is the validator's job). */
function uscc(index: number): string {
  return `91${REGIONS[index % REGIONS.length] ?? '320508'}MA${String(index).padStart(7, '0')}X`;
}

function buildEnterprise(index: number, overrides: Partial<EnterpriseFieldsRow> = {}) {
  return {
    uscc: uscc(index),
    name: `示例${NAMES[index % NAMES.length] ?? ''}有限公司${String(index)}`,
    regionCode: REGIONS[index % REGIONS.length] ?? '320508',
    industryCode: INDUSTRIES[(index * 5) % INDUSTRIES.length] ?? '36',
    size: SIZES[index % SIZES.length] ?? 'small',
    keyEnterprise: index % 3 === 0,
    contactName: '',
    contactPhone: '',
    contactEmail: '',
    address: '',
    ...overrides,
  };
}

before(async () => {
  database = await createTestDatabase();
  pool = new pg.Pool({ connectionString: database.url });
  await migrate(pool);
  orgId = (await organizationsRepository.create(pool, '江苏省工业和信息化厅')).id;
  otherOrgId = (await organizationsRepository.create(pool, '浙江省经济和信息化厅')).id;
  for (let i = 0; i < 42; i += 1)
    all.push(await enterprisesRepository.create(pool, orgId, buildEnterprise(i)));
  await enterprisesRepository.create(pool, otherOrgId, buildEnterprise(1000));
});

after(async () => {
  await pool.end();
  await database.drop();
});

function naive(filter: EnterpriseFilter): EnterpriseRow[] {
  return all.filter(
    (e) =>
      (filter.regionPrefix === undefined || e.regionCode.startsWith(filter.regionPrefix)) &&
      (filter.industryCode === undefined || e.industryCode === filter.industryCode) &&
      (filter.size === undefined || e.size === filter.size) &&
      (filter.keyEnterprise === undefined || e.keyEnterprise === filter.keyEnterprise) &&
      (filter.q === undefined ||
        e.name.toLowerCase().includes(filter.q.toLowerCase()) ||
        e.uscc.toLowerCase().includes(filter.q.toLowerCase())),
  );
}

test('create stores and get returns the entry; a credit code is unique per registry only', async () => {
  const first = all[0];
  assert.ok(first);
  assert.equal(first.orgId, orgId);
  assert.equal(first.name, '示例精密制造有限公司0');
  assert.equal(first.keyEnterprise, true);
  assert.equal(first.nodeId, null);
  assert.ok(first.createdAt instanceof Date);
  assert.deepEqual(await enterprisesRepository.get(pool, orgId, first.id), first);
  assert.deepEqual(await enterprisesRepository.findByUscc(pool, orgId, first.uscc), first);
  await assert.rejects(
    enterprisesRepository.create(pool, orgId, buildEnterprise(0, { name: '重复' })),
    (error: { code?: string; constraint?: string }) =>
      error.code === '23505' && error.constraint === 'enterprises_org_id_uscc_key',
  );
  // Another province's registry may hold the same enterprise.
  const elsewhere = await enterprisesRepository.create(pool, otherOrgId, buildEnterprise(0));
  assert.equal(elsewhere.uscc, first.uscc);
});

test('the table refuses what the application should never send', async () => {
  for (const bad of [
    { size: 'huge' as EnterpriseSizeCode },
    { regionCode: '3205' },
    { industryCode: 'C36' },
    { uscc: 'short' },
    { name: '' },
  ]) {
    await assert.rejects(
      enterprisesRepository.create(pool, orgId, buildEnterprise(900, bad)),
      (error: { code?: string }) => error.code === '23514',
      JSON.stringify(bad),
    );
  }
});

test('another organisation sees none of the entries', async () => {
  const first = all[0];
  assert.ok(first);
  assert.equal(await enterprisesRepository.get(pool, otherOrgId, first.id), undefined);
  assert.equal(
    await enterprisesRepository.update(pool, otherOrgId, first.id, { name: 'x' }),
    undefined,
  );
  const page = await enterprisesRepository.list(pool, otherOrgId, { page: 1, pageSize: 200 });
  assert.equal(page.total, 2);
  assert.ok(page.items.every((e) => e.orgId === otherOrgId));
});

test('filters and q answer what a plain filter over every row answers', async () => {
  const filters: EnterpriseFilter[] = [
    {},
    { regionPrefix: '32' },
    { regionPrefix: '3205' },
    { regionPrefix: '320508' },
    { regionPrefix: '11' },
    { industryCode: '36' },
    { size: 'micro' },
    { keyEnterprise: true },
    { keyEnterprise: false, regionPrefix: '3205', size: 'large' },
    { q: '化工' },
    { q: '汽' },
    { q: 'MA00000' },
    { q: 'ma0000012' },
    { q: '%' },
    { q: 'b_c' },
    { q: '有限公司1' },
    { q: '不存在的名称' },
  ];
  for (const filter of filters) {
    const page = await enterprisesRepository.list(pool, orgId, {
      page: 1,
      pageSize: 200,
      ...filter,
    });
    const expected = naive(filter);
    assert.equal(page.total, expected.length, JSON.stringify(filter));
    assert.deepEqual(
      page.items.map((e) => e.id).sort(),
      expected.map((e) => e.id).sort(),
      JSON.stringify(filter),
    );
  }
  assert.ok(naive({ regionPrefix: '3205' }).length > 0);
  assert.ok(naive({ q: '化工' }).length > 0);
  assert.equal(naive({ q: '%' }).length, 6);
});

test('pages follow the sort, tie-broken by id, without gaps or repeats', async () => {
  for (const sort of [
    'name',
    '-name',
    'size',
    '-regionCode',
    'industryCode',
    '-updatedAt',
    'bogus',
  ]) {
    const seen: EnterpriseRow[] = [];
    for (let page = 1; page <= 5; page += 1) {
      const result = await enterprisesRepository.list(pool, orgId, { page, pageSize: 10, sort });
      assert.equal(result.total, all.length);
      seen.push(...result.items);
    }
    assert.equal(new Set(seen.map((e) => e.id)).size, all.length, sort);
    if (sort === 'size') {
      const ranks = seen.map((e) => ['micro', 'small', 'medium', 'large'].indexOf(e.size));
      assert.deepEqual(
        ranks,
        [...ranks].sort((a, b) => a - b),
      );
    }
    if (sort === '-regionCode') {
      const codes = seen.map((e) => e.regionCode);
      assert.deepEqual(codes, [...codes].sort().reverse());
    }
  }
  const byName = await enterprisesRepository.list(pool, orgId, { page: 1, pageSize: 3 });
  const names = all.map((e) => e.name).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  assert.equal(byName.items.length, 3);
  assert.ok(names.includes(byName.items[0]?.name ?? ''));
});

test('update sets only the given fields, links a node once, and keeps credit codes unique', async () => {
  const target = all[5];
  const other = all[6];
  assert.ok(target && other);
  const updated = await enterprisesRepository.update(pool, orgId, target.id, {
    keyEnterprise: true,
    contactPhone: '0512-65123456',
    nodeId: 'node-suzhou-005',
  });
  assert.ok(updated);
  assert.equal(updated.keyEnterprise, true);
  assert.equal(updated.contactPhone, '0512-65123456');
  assert.equal(updated.nodeId, 'node-suzhou-005');
  assert.equal(updated.name, target.name);
  assert.ok(updated.updatedAt.getTime() > target.updatedAt.getTime());
  await assert.rejects(
    enterprisesRepository.update(pool, orgId, other.id, { nodeId: 'node-suzhou-005' }),
    (error: { code?: string }) => error.code === '23505',
  );
  await assert.rejects(
    enterprisesRepository.update(pool, orgId, other.id, { uscc: target.uscc }),
    (error: { code?: string; constraint?: string }) =>
      error.code === '23505' && error.constraint === 'enterprises_org_id_uscc_key',
  );
  assert.equal(
    await enterprisesRepository.update(pool, orgId, '00000000-0000-0000-0000-000000000000', {
      name: 'x',
    }),
    undefined,
  );
  const unlinked = await enterprisesRepository.update(pool, orgId, target.id, { nodeId: null });
  assert.ok(unlinked);
  assert.equal(unlinked.nodeId, null);
  // Leave the row as the list test expects it.
  const restored = await enterprisesRepository.update(pool, orgId, target.id, {
    keyEnterprise: target.keyEnterprise,
  });
  if (restored !== undefined) all[5] = restored;
});

test('a region prefix that is not 2–6 digits is a programming error, not a pattern', async () => {
  await assert.rejects(
    enterprisesRepository.list(pool, orgId, { page: 1, pageSize: 20, regionPrefix: '32%' }),
    /2–6 digits/,
  );
});

test('the region filter and q can be answered by their indexes', async () => {
  const client = await pool.connect();
  try {
    await client.query('SET enable_seqscan = off');
    const plan = async (sql: string, params: unknown[]): Promise<string> =>
      (await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`, params)).rows
        .map((row) => row['QUERY PLAN'])
        .join('\n');
    const region = await plan(
      'SELECT id FROM enterprises WHERE org_id = $1 AND region_code LIKE $2 ORDER BY region_code, name, id',
      [orgId, '3205%'],
    );
    assert.match(region, /enterprises_org_region_idx/);
    assert.match(region, /Index Cond: .*region_code >= '3205'/);
    const search = await plan(
      `SELECT id FROM enterprises e
         WHERE catalog_search_grams(lower(e.name || ' ' || e.uscc)) @> catalog_search_grams(lower($1))`,
      ['化工'],
    );
    assert.match(search, /enterprises_search_idx/);
  } finally {
    client.release();
  }
});
