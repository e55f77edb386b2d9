import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import pg from 'pg';
import { call, ok, waitForScan } from '../testing/api.ts';
import { startTestNode, type TestNode } from '../testing/test-node.ts';

interface Item {
  id: string;
  table: string;
  department: string | null;
}
type Page<T> = { items: T[]; total: number };

let t: TestNode;
let admin: Record<string, string>;
let officer: Record<string, string>;
/** A second connection, standing in for another server instance or a hand edit. */
let other: pg.Client;

/** Polls `read` until `done` holds (notifications arrive a moment after a commit). */
async function eventually<T>(read: () => T | Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const value = await read();
    if (done(value) || attempt === 200) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

before(async () => {
  t = await startTestNode();
  admin = await t.login('admin', t.adminPassword);
  await ok(t, admin, 'POST', '/users', {
    username: 'officer',
    displayName: '李安全',
    role: 'officer',
    password: 'officer-password-1',
  });
  officer = await t.login('officer', 'officer-password-1');
  const sourceId = (await ok<Page<{ id: string }>>(t, admin, 'GET', '/sources')).items[0]?.id;
  const scan = await ok<{ id: string }>(t, admin, 'POST', '/scans', { sourceId, sampleRows: 50 });
  await waitForScan(t, admin, scan.id);
  other = new pg.Client({ connectionString: t.database.url });
  await other.connect();
});

after(async () => {
  await other.end();
  await t.close();
});

test('a repeated list is answered from the cache, with an ETag, 304 and gzip', async () => {
  const caches = t.node.deps.caches;
  assert.ok(caches);
  const first = await call(t, admin, 'GET', '/catalog/items?pageSize=50');
  const hitsBefore = caches.responses.hits;
  const second = await call(t, admin, 'GET', '/catalog/items?pageSize=50');
  assert.equal(caches.responses.hits, hitsBefore + 1);
  assert.equal(second.body, first.body);
  const etag = second.headers.etag;
  assert.equal(typeof etag, 'string');
  assert.equal(first.headers.etag, etag);
  const notModified = await call(
    t,
    { ...admin, 'if-none-match': String(etag) },
    'GET',
    '/catalog/items?pageSize=50',
  );
  assert.equal(notModified.statusCode, 304);
  assert.equal(notModified.body, '');
  const zipped = await t.node.app.inject({
    method: 'GET',
    url: '/api/v1/catalog/items?pageSize=50',
    headers: { ...admin, 'accept-encoding': 'gzip, deflate, br' },
  });
  assert.equal(zipped.headers['content-encoding'], 'gzip');
  assert.equal(gunzipSync(zipped.rawPayload).toString(), first.body);
});

test('a write through the API is read back at once, not from the cache', async () => {
  const page = await ok<Page<Item>>(t, admin, 'GET', '/catalog/items?sort=table');
  const item = page.items[0];
  assert.ok(item);
  await ok(t, admin, 'GET', `/catalog/items/${item.id}`);
  await ok(t, officer, 'PATCH', `/catalog/items/${item.id}`, { department: '设备部' });
  const again = await ok<Page<Item>>(t, admin, 'GET', '/catalog/items?sort=table');
  assert.equal(again.items.find((i) => i.id === item.id)?.department, '设备部');
  const single = await ok<Item>(t, admin, 'GET', `/catalog/items/${item.id}`);
  assert.equal(single.department, '设备部');
});

test('a commit by another connection retires the cached answers once its notification arrives', async () => {
  const page = await ok<Page<Item>>(t, admin, 'GET', '/catalog/items?sort=table');
  const item = page.items[1];
  assert.ok(item);
  await other.query(`UPDATE catalog_items SET department = '生产部' WHERE id = $1`, [item.id]);
  const seen = await eventually(
    async () => ok<Page<Item>>(t, admin, 'GET', '/catalog/items?sort=table'),
    (p) => p.items.find((i) => i.id === item.id)?.department === '生产部',
  );
  assert.equal(seen.items.find((i) => i.id === item.id)?.department, '生产部');
  const overview = await ok<{ itemsByLevel: { general: number } }>(t, admin, 'GET', '/overview');
  await other.query(`UPDATE catalog_items SET level = 'core' WHERE id = $1`, [item.id]);
  const after = await eventually(
    async () =>
      ok<{ itemsByLevel: { general: number; core: number } }>(t, admin, 'GET', '/overview'),
    (o) => o.itemsByLevel.general !== overview.itemsByLevel.general,
  );
  assert.notEqual(after.itemsByLevel.general, overview.itemsByLevel.general);
});

test('a cached session ends with logout, and with its user disabled by another instance', async () => {
  await ok(t, admin, 'POST', '/users', {
    username: 'auditor',
    displayName: '王审计',
    role: 'auditor',
    password: 'auditor-password-1',
  });
  const first = await t.login('auditor', 'auditor-password-1');
  await ok(t, first, 'GET', '/catalog/items');
  await ok(t, first, 'GET', '/catalog/items');
  assert.equal((await call(t, first, 'POST', '/auth/logout')).statusCode, 200);
  assert.equal((await call(t, first, 'GET', '/catalog/items')).statusCode, 401);

  const second = await t.login('auditor', 'auditor-password-1');
  await ok(t, second, 'GET', '/catalog/items');
  await other.query(`UPDATE users SET disabled = true WHERE username = 'auditor'`);
  const status = await eventually(
    async () => (await call(t, second, 'GET', '/catalog/items')).statusCode,
    (code) => code === 401,
  );
  assert.equal(status, 401);
});

test('while notifications are lost nothing is cached, and caching resumes after reconnecting', async () => {
  const caches = t.node.deps.caches;
  assert.ok(caches);
  await other.query(
    `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
     WHERE datname = current_database() AND query ILIKE 'LISTEN%'`,
  );
  await eventually(
    () => caches.feed.live,
    (live) => !live,
  );
  const page = await ok<Page<Item>>(t, admin, 'GET', '/catalog/items?sort=-table');
  const item = page.items[0];
  assert.ok(item);
  // Whatever the feed's state now, a hand edit must show up.
  await other.query(`UPDATE catalog_items SET department = '质量部' WHERE id = $1`, [item.id]);
  const seen = await eventually(
    async () => ok<Page<Item>>(t, admin, 'GET', '/catalog/items?sort=-table'),
    (p) => p.items[0]?.department === '质量部',
  );
  assert.equal(seen.items[0]?.department, '质量部');
  const live = await eventually(
    () => caches.feed.live,
    (value) => value,
  );
  assert.equal(live, true);
});

test('concurrent misses of one URL run its query once; a failed answer releases the waiters', async () => {
  const caches = t.node.deps.caches;
  assert.ok(caches);
  const url = '/catalog/items?sort=-rows&pageSize=7';
  const before = { misses: caches.responses.misses, coalesced: caches.responses.coalesced };
  // Hold the first computation inside PostgreSQL so that the others arrive while it runs.
  await other.query('BEGIN');
  await other.query('LOCK TABLE catalog_items IN ACCESS EXCLUSIVE MODE');
  const pending = Promise.all(Array.from({ length: 20 }, () => call(t, admin, 'GET', url)));
  await eventually(
    async () => {
      // Statistics are a snapshot per transaction: take a fresh one on every poll.
      await other.query('SELECT pg_stat_clear_snapshot()');
      return (
        await other.query(
          `SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%catalog_items%'`,
        )
      ).rowCount;
    },
    (waiting) => (waiting ?? 0) >= 1,
  );
  // Release the lock once the 19 others wait on the first one's computation (a fixed pause
  // was too short on a loaded machine: late requests then counted as hits).
  await eventually(
    () => caches.responses.waiting,
    (waiting) => waiting >= 19,
  );
  await other.query('COMMIT');
  const answers = await pending;
  assert.ok(answers.every((a) => a.statusCode === 200 && a.body === answers[0]?.body));
  assert.equal(caches.responses.misses, before.misses + 1);
  assert.equal(caches.responses.coalesced, before.coalesced + 19);
  const missing = `/catalog/items/${randomUUID()}`;
  const notFound = await Promise.all(
    Array.from({ length: 5 }, () => call(t, admin, 'GET', missing)),
  );
  assert.deepEqual(
    notFound.map((a) => a.statusCode),
    [404, 404, 404, 404, 404],
  );
});
