import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { INTERRUPTED_REASON } from './scans/import-scan.ts';
import { ok } from './testing/api.ts';
import { startTestNode, type TestNode } from './testing/test-node.ts';

const SHUAN_BIN = fileURLToPath(new URL('../../cli/bin/shuan.js', import.meta.url));

function shuan(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [SHUAN_BIN, ...args],
      { encoding: 'utf8' },
      (error, stdout, stderr) => {
        resolve({
          code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1,
          stdout,
          stderr,
        });
      },
    );
  });
}

let t: TestNode;

before(async () => {
  t = await startTestNode();
});

after(async () => {
  await t.close();
});

test('a scan left running by a crash is marked failed at the next start, with no catalog written', async () => {
  const admin = await t.login('admin', t.adminPassword);
  const sourceId =
    (await ok<{ items: { id: string }[] }>(t, admin, 'GET', '/sources')).items[0]?.id ?? '';
  await t.stopNode();
  // What a kill -9 mid-scan leaves behind: a `running` row and nothing in the catalog.
  const client = new pg.Client({ connectionString: t.database.url });
  await client.connect();
  const inserted = await client.query<{ id: string }>(
    `INSERT INTO scans (org_id, source_id, status, sample_rows, created_by, started_at)
     SELECT org_id, id, 'running', 100, 'admin', now() FROM data_sources WHERE id = $1 RETURNING id`,
    [sourceId],
  );
  await client.end();
  const scanId = inserted.rows[0]?.id ?? '';
  const restarted = await startTestNode({ database: t.database, dataDir: t.dataDir });
  try {
    const headers = await restarted.login('admin', t.adminPassword);
    const scan = await ok<{ status: string; error: string }>(
      restarted,
      headers,
      'GET',
      `/scans/${scanId}`,
    );
    assert.equal(scan.status, 'failed');
    assert.equal(scan.error, INTERRUPTED_REASON);
    assert.equal(
      (await ok<{ total: number }>(restarted, headers, 'GET', '/catalog/items')).total,
      0,
    );
  } finally {
    await restarted.stopNode();
  }
});

test('`shuan audit verify` says OK, then names a row edited by hand', async () => {
  const good = await shuan(['audit', 'verify', '--database', t.database.url]);
  assert.equal(good.code, 0, good.stderr);
  assert.match(good.stdout, /audit chain OK/);
  const client = new pg.Client({ connectionString: t.database.url });
  await client.connect();
  try {
    await client.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete');
    await client.query(`UPDATE audit_log SET actor = 'mallory' WHERE seq = 2`);
    await client.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_delete');
  } finally {
    await client.end();
  }
  const bad = await shuan(['audit', 'verify', '--database', t.database.url]);
  assert.equal(bad.code, 1, JSON.stringify(bad));
  assert.match(bad.stderr, /seq 2 \(hash\)/);
});
