import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { demoGroundTruth } from '@shuan/demo';
import { call, ok, waitForScan } from './testing/api.ts';
import { startTestNode, type TestNode } from './testing/test-node.ts';

interface Item {
  id: string;
  table: string;
  level: string;
  category: string | null;
  status: string;
  hasProposalDiff: boolean;
  proposed: { level: string };
}
type Page<T> = { items: T[]; total: number };

let t: TestNode;
let officer: Record<string, string>;
let sourceId = '';

async function scanDemo(): Promise<string> {
  const scan = await ok<{ id: string; status: string }>(t, officer, 'POST', '/scans', {
    sourceId,
    sampleRows: 100,
  });
  assert.equal(scan.status, 'queued');
  const done = await waitForScan(t, officer, scan.id);
  assert.equal(done.status, 'succeeded', String(done.error));
  return scan.id;
}

async function itemByTable(table: string): Promise<Item> {
  const page = await ok<Page<Item>>(t, officer, 'GET', `/catalog/items?q=${table}&pageSize=200`);
  const item = page.items.find((i) => i.table === table);
  assert.ok(item, `item ${table}`);
  return item;
}

before(async () => {
  t = await startTestNode();
  const admin = await t.login('admin', t.adminPassword);
  await ok(t, admin, 'POST', '/users', {
    username: 'officer',
    displayName: '李安全',
    role: 'officer',
    password: 'officer-password-1',
  });
  officer = await t.login('officer', 'officer-password-1');
  sourceId = (await ok<Page<{ id: string }>>(t, officer, 'GET', '/sources')).items[0]?.id ?? '';
});

after(async () => {
  await t.close();
});

test('a scan of the demo source runs as a job and proposes the ground-truth levels', async () => {
  await scanDemo();
  const page = await ok<Page<Item>>(t, officer, 'GET', '/catalog/items?pageSize=200');
  const truth = demoGroundTruth();
  assert.equal(page.total, truth.tables.length);
  assert.equal(page.total, 40);
  for (const item of page.items) {
    assert.equal(item.status, 'pending');
    assert.equal(item.level, truth.byTable.get(item.table)?.level, item.table);
  }
  assert.equal((await itemByTable('sis_interlock_config')).level, 'core');
  const filtered = await ok<Page<Item>>(t, officer, 'GET', '/catalog/items?level=core&sort=-table');
  assert.ok(filtered.items.every((i) => i.level === 'core'));
});

test('a regrade needs a reason; a rescan never overwrites the reviewed decision', async () => {
  const item = await itemByTable('sis_interlock_config');
  const refused = await call(t, officer, 'POST', `/catalog/items/${item.id}/review`, {
    action: 'change',
    level: 'important',
  });
  assert.equal(refused.statusCode, 400);
  assert.equal(refused.json<{ error: { code: string } }>().error.code, 'REVIEW_REASON_REQUIRED');
  const changed = await ok<Item>(t, officer, 'POST', `/catalog/items/${item.id}/review`, {
    action: 'change',
    level: 'important',
    reason: '已物理隔离 / isolated',
  });
  assert.equal(changed.status, 'changed');
  await ok(t, officer, 'PATCH', `/catalog/items/${item.id}`, {
    department: '生产部',
    responsiblePerson: '王工',
    crossBorder: false,
  });
  await scanDemo();
  const after = await itemByTable('sis_interlock_config');
  assert.equal(after.level, 'important');
  assert.equal(after.status, 'changed');
  assert.equal(after.proposed.level, 'core');
  assert.equal(after.hasProposalDiff, true);
});

test('versions freeze the catalog and diff shows the regrade', async () => {
  const v1 = await ok<{ number: number }>(t, officer, 'POST', '/catalog/versions', {
    note: 'first',
  });
  const other = await itemByTable('sis_interlock_config');
  await ok(t, officer, 'POST', `/catalog/items/${other.id}/review`, {
    action: 'change',
    level: 'core',
    reason: '恢复 / restore',
  });
  const pending = await ok<Page<Item>>(
    t,
    officer,
    'GET',
    '/catalog/items?status=pending&pageSize=200',
  );
  const bulk = await ok<{ updated: number }>(t, officer, 'POST', '/catalog/items/bulk-review', {
    ids: pending.items.map((i) => i.id),
    action: 'confirm',
  });
  assert.equal(bulk.updated, pending.items.length);
  const v2 = await ok<{ number: number }>(t, officer, 'POST', '/catalog/versions', {
    note: 'second',
  });
  assert.deepEqual([v1.number, v2.number], [1, 2]);
  const diff = await ok<{
    added: unknown[];
    removed: unknown[];
    regraded: { table: string; from: { level: string }; to: { level: string } }[];
  }>(t, officer, 'GET', '/catalog/versions/1/diff/2');
  assert.deepEqual(diff.added, []);
  assert.deepEqual(diff.removed, []);
  assert.deepEqual(
    diff.regraded.map((r) => [r.table, r.from.level, r.to.level]),
    [['sis_interlock_config', 'important', 'core']],
  );
  assert.equal((await call(t, officer, 'GET', '/catalog/versions/9')).statusCode, 404);
});

test('the Excel export has the filing form headers and reads back', async () => {
  const response = await call(t, officer, 'GET', '/catalog/export.xlsx?version=2');
  assert.equal(response.statusCode, 200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('备案表');
  assert.ok(sheet);
  const headers = (sheet.getRow(2).values as unknown[]).slice(1);
  for (const header of ['数据名称', '数据类别', '数据级别', '数据安全责任人', '是否出境'])
    assert.ok(headers.includes(header), header);
  const names: unknown[] = [];
  sheet.eachRow((row, n) => {
    if (n > 2) names.push(row.getCell(2).value);
  });
  assert.ok(names.includes('sis_interlock_config'));
  const json = await ok<{ items: unknown[]; version: number }>(
    t,
    officer,
    'GET',
    '/catalog/export.json?version=1',
  );
  assert.equal(json.items.length, 40);
});

test('the audit chain verifies, and a row edited by hand is named', async () => {
  const admin = await t.login('admin', t.adminPassword);
  const verdict = await ok<{ ok: boolean; checked: number }>(t, admin, 'GET', '/audit/verify');
  assert.equal(verdict.ok, true);
  assert.ok(verdict.checked > 10);
  const reviews = await ok<Page<{ seq: number; action: string }>>(
    t,
    admin,
    'GET',
    '/audit?action=catalog.review',
  );
  const target = reviews.items.at(-1);
  assert.ok(target);
  const client = new pg.Client({ connectionString: t.database.url });
  await client.connect();
  try {
    await client.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete');
    await client.query(
      `UPDATE audit_log SET payload = jsonb_set(payload, '{reason}', '"tampered"') WHERE seq = $1`,
      [target.seq],
    );
    await client.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_delete');
  } finally {
    await client.end();
  }
  const broken = await ok<{ ok: boolean; firstBroken?: { seq: number; reason: string } }>(
    t,
    admin,
    'GET',
    '/audit/verify',
  );
  assert.equal(broken.ok, false);
  assert.deepEqual(broken.firstBroken, { seq: target.seq, reason: 'hash' });
});
