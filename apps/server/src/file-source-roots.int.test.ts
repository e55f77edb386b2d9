// SQLite and file sources outside SHUAN_FILE_SOURCE_ROOTS are refused, links included; the
// data folder and the demo database stay allowed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestNode, type TestNode } from './testing/test-node.ts';

let t: TestNode;
let root = '';
let headers: Record<string, string> = {};

before(async () => {
  root = await mkdtemp(join(tmpdir(), 'shuan-roots-'));
  await mkdir(join(root, 'exports'));
  await writeFile(join(root, 'exports', 'a.csv'), 'name\n张三\n');
  await symlink('/etc', join(root, 'etc-link'));
  t = await startTestNode({ env: { SHUAN_FILE_SOURCE_ROOTS: root } });
  headers = await t.login('admin', t.adminPassword);
});

after(async () => {
  await t.close();
  await rm(root, { recursive: true, force: true });
});

async function create(kind: string, target: string): Promise<{ status: number; code?: string }> {
  const response = await t.node.app.inject({
    method: 'POST',
    url: '/api/v1/sources',
    headers,
    payload: { name: `src ${target}`, kind, target },
  });
  const body = response.json<{ error?: { code: string } }>();
  return { status: response.statusCode, ...(body.error && { code: body.error.code }) };
}

test('paths inside a configured root are accepted', async () => {
  assert.equal((await create('files', join(root, 'exports'))).status < 300, true);
});

test('paths outside every root are refused with DATA_SOURCE_PATH_FORBIDDEN', async () => {
  assert.deepEqual(await create('files', '/etc'), {
    status: 403,
    code: 'DATA_SOURCE_PATH_FORBIDDEN',
  });
  assert.deepEqual(await create('sqlite', '/var/lib/app.sqlite'), {
    status: 403,
    code: 'DATA_SOURCE_PATH_FORBIDDEN',
  });
  assert.deepEqual(await create('files', join(root, '..', 'elsewhere')), {
    status: 403,
    code: 'DATA_SOURCE_PATH_FORBIDDEN',
  });
});

test('a link inside a root that points outside is refused', async () => {
  assert.deepEqual(await create('files', join(root, 'etc-link')), {
    status: 403,
    code: 'DATA_SOURCE_PATH_FORBIDDEN',
  });
});

test('the demo source in the data folder is still there and scannable', async () => {
  const response = await t.node.app.inject({ method: 'GET', url: '/api/v1/sources', headers });
  const demo = response
    .json<{ items: { kind: string; target: string }[] }>()
    .items.find((s) => s.kind === 'sqlite');
  assert.ok(demo !== undefined);
  assert.ok((await create('sqlite', demo.target)).status < 300);
});
