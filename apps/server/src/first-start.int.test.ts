import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { startTestNode, type TestNode } from './testing/test-node.ts';

let t: TestNode;

before(async () => {
  t = await startTestNode();
});

after(async () => {
  await t.close();
});

test('first start creates the admin, the demo source and a 0600 master key', async () => {
  assert.ok(t.adminPassword.length >= 16);
  assert.equal(statSync(join(t.dataDir, 'master.key')).mode & 0o777, 0o600);
  const headers = await t.login('admin', t.adminPassword);
  const me = await t.node.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers });
  assert.equal(me.json<{ user: { role: string } }>().user.role, 'admin');
  const sources = await t.node.app.inject({ method: 'GET', url: '/api/v1/sources', headers });
  const page = sources.json<{ items: { kind: string; hasPassword: boolean }[] }>();
  assert.equal(page.items.length, 1);
  assert.equal(page.items[0]?.kind, 'sqlite');
});

test('health, readiness, metrics and the OpenAPI document answer', async () => {
  assert.equal((await t.node.app.inject({ url: '/healthz' })).statusCode, 200);
  assert.equal(
    (await t.node.app.inject({ url: '/readyz' })).json<{ status: string }>().status,
    'ready',
  );
  const metrics = await t.node.app.inject({ url: '/metrics' });
  assert.match(metrics.body, /shuan_http_request_duration_seconds/);
  assert.match(metrics.body, /process_cpu_user_seconds_total/);
  const docs = await t.node.app.inject({ url: '/api/docs/json' });
  const spec = docs.json<{ paths: Record<string, unknown> }>();
  assert.ok('/api/v1/catalog/items' in spec.paths);
  assert.equal((await t.node.app.inject({ url: '/api/docs' })).statusCode < 400, true);
});

test('a restart does not create a second admin', async () => {
  const again = await startTestNode({ database: t.database, dataDir: t.dataDir });
  try {
    assert.equal(again.node.bootstrap.created, false);
    assert.equal(again.adminPassword, '');
  } finally {
    await again.stopNode();
  }
});
