import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, loadConfig } from './config.ts';

test('defaults give an enterprise node on 127.0.0.1:8080 with embedded PostgreSQL', () => {
  const config = loadConfig({});
  assert.equal(config.port, 8080);
  assert.equal(config.host, '127.0.0.1');
  assert.equal(config.role, 'enterprise');
  assert.equal(config.databaseUrl, undefined);
  assert.match(config.dataDir, /\.data\/node$/);
});

test('a bad setting fails with one bilingual line per variable', () => {
  assert.throws(
    () => loadConfig({ SHUAN_PORT: 'eighty', SHUAN_ROLE: 'city', DATABASE_URL: 'mysql://x' }),
    (error: unknown) =>
      error instanceof ConfigError &&
      /SHUAN_PORT: .*\/ must be/.test(error.message) &&
      /SHUAN_ROLE: 须为/.test(error.message) &&
      /DATABASE_URL: 须为 postgres/.test(error.message),
  );
});
