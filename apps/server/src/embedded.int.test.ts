import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from './config.ts';
import { startNode } from './node/start-node.ts';
import { freePort } from './testing/ports.ts';

test('with no DATABASE_URL the node runs on embedded PostgreSQL in its data folder', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'shuan-embedded-'));
  try {
    const config = loadConfig({
      SHUAN_DATA_DIR: dataDir,
      SHUAN_PG_PORT: String(await freePort()),
      SHUAN_PORT: '0',
      SHUAN_LOG_LEVEL: 'silent',
      SHUAN_ADMIN_PASSWORD: 'embedded-admin-pw',
    });
    const node = await startNode(config, { listen: true });
    try {
      assert.ok(existsSync(join(dataDir, 'postgres', 'PG_VERSION')));
      const ready = await fetch(`${node.url}/readyz`);
      assert.equal(ready.status, 200);
      const login = await fetch(`${node.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: 'embedded-admin-pw' }),
      });
      assert.equal(login.status, 200);
      assert.match(login.headers.get('set-cookie') ?? '', /HttpOnly/);
    } finally {
      await node.stop();
    }
    const again = await startNode(config, { listen: false });
    try {
      assert.equal(again.bootstrap.created, false);
    } finally {
      await again.stop();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});
