import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { organizationsRepository, usersRepository } from '@shuan/db';
import { hashPassword } from './accounts/secrets.ts';
import { PERMISSIONS } from './http/permissions.ts';
import { mountedRoutes } from './http/route-registry.ts';
import { call, ok, waitForScan } from './testing/api.ts';
import { startTestNode, type TestNode } from './testing/test-node.ts';

const ROLES = ['admin', 'officer', 'reviewer', 'auditor'] as const;
const PASSWORD = 'role-password-123';
type Headers = Record<string, string>;

let t: TestNode;
const as: Record<string, Headers> = {};
let foreign: Headers;
let foreignAdmin: Headers;
const ids = { source: '', scan: '', item: '', user: '', token: '' };

before(async () => {
  // A province node mounts every API route there is (the enterprise routes for its tenants,
  // the registry and the federation admin API), so the permission table is checked whole.
  t = await startTestNode({ env: { SHUAN_ROLE: 'province' } });
  as.admin = await t.login('admin', t.adminPassword);
  for (const role of ROLES.slice(1)) {
    await ok(t, as.admin, 'POST', '/users', {
      username: role,
      displayName: role,
      role,
      password: PASSWORD,
    });
    as[role] = await t.login(role, PASSWORD);
  }
  const officer = as.officer ?? {};
  ids.source =
    (await ok<{ items: { id: string }[] }>(t, officer, 'GET', '/sources')).items[0]?.id ?? '';
  ids.scan = (await ok<{ id: string }>(t, officer, 'POST', '/scans', { sourceId: ids.source })).id;
  await waitForScan(t, officer, ids.scan);
  ids.item =
    (await ok<{ items: { id: string }[] }>(t, officer, 'GET', '/catalog/items')).items[0]?.id ?? '';
  await ok(t, officer, 'POST', '/catalog/versions', { note: 'v1' });
  // A second organisation on the same node, with its own officer.
  const org = await organizationsRepository.create(t.node.deps.pool, 'Other Co');
  const passwordHash = await hashPassword(PASSWORD);
  await usersRepository.create(t.node.deps.pool, {
    orgId: org.id,
    username: 'intruder',
    displayName: 'x',
    role: 'officer',
    passwordHash,
  });
  await usersRepository.create(t.node.deps.pool, {
    orgId: org.id,
    username: 'intruder-admin',
    displayName: 'x',
    role: 'admin',
    passwordHash,
  });
  foreign = await t.login('intruder', PASSWORD);
  foreignAdmin = await t.login('intruder-admin', PASSWORD);
});

after(async () => {
  await t.close();
});

test('login sets an HttpOnly SameSite cookie; logout ends the session', async () => {
  const response = await t.node.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: 'auditor', password: PASSWORD },
  });
  const cookies: { name: string; value: string; httpOnly?: boolean; sameSite?: string }[] =
    response.cookies;
  const cookie = cookies.find((c) => c.name === 'shuan_session');
  assert.ok(cookie);
  assert.equal(cookie.httpOnly, true);
  assert.equal(cookie.sameSite, 'Strict');
  const headers = {
    cookie: `shuan_session=${cookie.value}`,
    'x-csrf-token': response.json<{ csrfToken: string }>().csrfToken,
  };
  assert.equal((await call(t, headers, 'POST', '/auth/logout')).statusCode, 200);
  assert.equal((await call(t, headers, 'GET', '/auth/me')).statusCode, 401);
});

test('unsafe requests of a cookie session need the CSRF token; API tokens do not', async () => {
  const officer = as.officer ?? {};
  const noCsrf = { cookie: officer.cookie ?? '' };
  const refused = await call(t, noCsrf, 'POST', '/tokens', { name: 'cli' });
  assert.equal(refused.statusCode, 403);
  assert.equal(refused.json<{ error: { code: string } }>().error.code, 'AUTH_CSRF_FAILED');
  const created = await ok<{ secret: string; token: { id: string } }>(
    t,
    officer,
    'POST',
    '/tokens',
    { name: 'cli' },
  );
  assert.match(created.secret, /^shuan_pat_/);
  const bearer = { authorization: `Bearer ${created.secret}` };
  assert.equal(
    (await call(t, bearer, 'POST', '/catalog/versions', { note: 'by token' })).statusCode,
    200,
  );
  await ok(t, officer, 'DELETE', `/tokens/${created.token.id}`);
  assert.equal((await call(t, bearer, 'GET', '/auth/me')).statusCode, 401);
});

test('five failed logins lock the account for 15 minutes', async () => {
  await ok(t, as.admin ?? {}, 'POST', '/users', {
    username: 'victim',
    displayName: 'v',
    role: 'auditor',
    password: PASSWORD,
  });
  const attempt = (password: string) =>
    t.node.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'victim', password },
    });
  for (let i = 0; i < 4; i += 1) assert.equal((await attempt('wrong-password')).statusCode, 401);
  const fifth = await attempt('wrong-password');
  assert.equal(fifth.statusCode, 429);
  assert.equal(fifth.json<{ error: { code: string } }>().error.code, 'AUTH_LOCKED');
  assert.equal((await attempt(PASSWORD)).statusCode, 429);
});

/** A real URL for a route pattern; DELETE gets unknown ids so the table test destroys nothing. */
function concrete(method: string, path: string): string {
  return path
    .replace(
      ':id',
      method === 'DELETE' || path.startsWith('/api/v1/users')
        ? randomUUID()
        : path.includes('/tokens')
          ? randomUUID()
          : path.includes('/sources')
            ? ids.source
            : path.includes('/scans')
              ? ids.scan
              : ids.item,
    )
    .replace(':n', '1')
    .replace(':a', '1')
    .replace(':b', '1');
}

test('route × role table: every route answers every role as the permission table says', async () => {
  // Logout is left out: it would end the session the rest of the table uses (tested above).
  const routes = Object.keys(PERMISSIONS).filter(
    (key) => PERMISSIONS[key] !== 'public' && key !== 'POST /api/v1/auth/logout',
  );
  for (const key of routes) {
    const [method = 'GET', path = ''] = key.split(' ');
    const permission = PERMISSIONS[key];
    for (const role of ROLES) {
      const allowed =
        permission === 'any' || (Array.isArray(permission) && permission.includes(role));
      const response = await t.node.app.inject({
        method: method as 'GET',
        url: concrete(method, path),
        headers: as[role] ?? {},
        ...(method !== 'GET' && method !== 'DELETE' && { payload: {} }),
      });
      if (allowed) assert.notEqual(response.statusCode, 403, `${role} ${key} → ${response.body}`);
      else assert.equal(response.statusCode, 403, `${role} ${key}`);
    }
  }
  const anonymous = await t.node.app.inject({ method: 'GET', url: '/api/v1/catalog/items' });
  assert.equal(anonymous.statusCode, 401);
});

test('every mounted API route is in the permission table, and every entry is mounted', () => {
  const mounted = mountedRoutes(t.node.app)
    .filter((route) => route.method !== 'HEAD' && route.url.startsWith('/api/v1/'))
    .map((route) => `${route.method} ${route.url}`);
  assert.deepEqual([...new Set(mounted)].sort(), Object.keys(PERMISSIONS).sort());
});

test("another organisation cannot read or change this one's data by guessed ids", async () => {
  const probes: [string, string, unknown?][] = [
    ['GET', `/sources/${ids.source}`],
    ['PATCH', `/sources/${ids.source}`, { name: 'x' }],
    ['DELETE', `/sources/${ids.source}`],
    ['POST', `/sources/${ids.source}/test`],
    ['GET', `/scans/${ids.scan}`],
    ['GET', `/scans/${ids.scan}/findings`],
    ['POST', `/scans/${ids.scan}/cancel`],
    ['POST', '/scans', { sourceId: ids.source }],
    ['GET', `/catalog/items/${ids.item}`],
    ['PATCH', `/catalog/items/${ids.item}`, { department: 'x' }],
    ['GET', '/catalog/versions/1'],
    ['GET', '/catalog/export.json?version=1'],
  ];
  for (const [method, url, payload] of probes) {
    const response = await call(t, foreign, method, url, payload);
    assert.equal(response.statusCode, 404, `${method} ${url} → ${response.body}`);
  }
  assert.equal((await ok<{ total: number }>(t, foreign, 'GET', '/catalog/items')).total, 0);
  assert.equal((await ok<{ total: number }>(t, foreign, 'GET', '/sources')).total, 0);
  const audit = await ok<{ items: { actor: string }[] }>(
    t,
    foreignAdmin,
    'GET',
    '/audit?pageSize=200',
  );
  assert.ok(audit.items.every((entry) => entry.actor.startsWith('intruder')));
  assert.equal(
    (await call(t, foreignAdmin, 'PATCH', `/users/${randomUUID()}`, { displayName: 'x' }))
      .statusCode,
    404,
  );
  const bulk = await ok<{ updated: number }>(t, foreign, 'POST', '/catalog/items/bulk-review', {
    ids: [ids.item],
    action: 'confirm',
  });
  assert.equal(bulk.updated, 0);
  const item = await ok<{ status: string }>(
    t,
    as.officer ?? {},
    'GET',
    `/catalog/items/${ids.item}`,
  );
  assert.equal(item.status, 'pending');
});

test('malformed, wrongly typed and oversized input answers 4xx with the standard body', async () => {
  const officer = as.officer ?? {};
  const cases: [string, string, unknown, number, string][] = [
    ['POST', '/sources', { name: 'x' }, 400, 'VALIDATION_FAILED'],
    ['POST', '/sources', { name: 1, kind: 'oracle', target: [] }, 400, 'VALIDATION_FAILED'],
    ['POST', '/scans', { sourceId: 'not-a-uuid' }, 400, 'VALIDATION_FAILED'],
    ['GET', '/sources/not-a-uuid', undefined, 400, 'VALIDATION_FAILED'],
    ['GET', '/catalog/items?pageSize=100000', undefined, 400, 'VALIDATION_FAILED'],
    ['POST', `/catalog/items/${ids.item}/review`, { action: 'explode' }, 400, 'VALIDATION_FAILED'],
    [
      'POST',
      '/sources',
      { name: 'x', kind: 'postgres', target: '/etc/passwd' },
      400,
      'DATA_SOURCE_TARGET_INVALID',
    ],
    ['GET', '/nope', undefined, 404, 'NOT_FOUND'],
  ];
  for (const [method, url, payload, status, code] of cases) {
    const response = await call(t, officer, method, url, payload);
    assert.equal(response.statusCode, status, `${method} ${url} → ${response.body}`);
    const body = response.json<{ error: { code: string; requestId: string } }>();
    assert.equal(body.error.code, code);
    assert.ok(body.error.requestId.length > 0);
  }
  const broken = await t.node.app.inject({
    method: 'POST',
    url: '/api/v1/sources',
    headers: { ...officer, 'content-type': 'application/json' },
    payload: '{"name":',
  });
  assert.equal(broken.statusCode, 400);
  const huge = await t.node.app.inject({
    method: 'POST',
    url: '/api/v1/sources',
    headers: { ...officer, 'content-type': 'application/json' },
    payload: JSON.stringify({ name: 'x'.repeat(1024 * 1024 + 10) }),
  });
  assert.equal(huge.statusCode, 413);
  assert.equal(huge.json<{ error: { code: string } }>().error.code, 'PAYLOAD_TOO_LARGE');
});

test('source passwords are sealed, never returned, and test failures carry the connector code', async () => {
  const officer = as.officer ?? {};
  const source = await ok<{ id: string; target: string; hasPassword: boolean }>(
    t,
    officer,
    'POST',
    '/sources',
    { name: 'pg', kind: 'postgres', target: 'postgres://scan:s3cret-pw@127.0.0.1:1/erp' },
  );
  assert.equal(source.hasPassword, true);
  assert.ok(!source.target.includes('s3cret-pw'));
  const row = await t.node.deps.pool.query<{ sealed: string }>(
    'SELECT sealed_secret AS sealed FROM data_sources WHERE id = $1',
    [source.id],
  );
  assert.ok(!(row.rows[0]?.sealed ?? '').includes('s3cret-pw'));
  const tested = await call(t, officer, 'POST', `/sources/${source.id}/test`);
  assert.equal(tested.statusCode, 422);
  assert.match(tested.json<{ error: { code: string } }>().error.code, /^SOURCE_/);
  assert.ok(!tested.body.includes('s3cret-pw'));
  const demo = await ok<{ ok: boolean; tables: unknown[] }>(
    t,
    officer,
    'POST',
    `/sources/${ids.source}/test`,
  );
  assert.equal(demo.tables.length, 40);
});
