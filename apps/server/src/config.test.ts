import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, loadConfig } from './config.ts';
import { pollEvery } from './jobs/poll-every.ts';

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

test('SHUAN_JOB_POLL_SECONDS sets every queue’s polling interval; unset keeps each queue’s own', () => {
  assert.equal(loadConfig({}).jobPollSeconds, undefined);
  assert.equal(loadConfig({ SHUAN_JOB_POLL_SECONDS: '15' }).jobPollSeconds, 15);
  assert.deepEqual(pollEvery(loadConfig({}), 0.5), { batchSize: 1, pollingIntervalSeconds: 0.5 });
  assert.deepEqual(pollEvery(loadConfig({ SHUAN_JOB_POLL_SECONDS: '15' }), 0.5), {
    batchSize: 1,
    pollingIntervalSeconds: 15,
  });
  assert.throws(
    () => loadConfig({ SHUAN_JOB_POLL_SECONDS: '0.1' }),
    (error: unknown) =>
      error instanceof ConfigError && /SHUAN_JOB_POLL_SECONDS/.test(error.message),
  );
});

test('SHUAN_DB_POOL_MAX bounds the request pool (default 20)', () => {
  assert.equal(loadConfig({}).dbPoolMax, 20);
  assert.equal(loadConfig({ SHUAN_DB_POOL_MAX: '6' }).dbPoolMax, 6);
  assert.throws(
    () => loadConfig({ SHUAN_DB_POOL_MAX: '1' }),
    (error: unknown) => error instanceof ConfigError && /SHUAN_DB_POOL_MAX/.test(error.message),
  );
});

test('SHUAN_CORE_DATA_OUTBOUND_FORBIDDEN: core data may not leave unless set to false', () => {
  assert.deepEqual(loadConfig({}).crossBorder, { coreDataOutboundForbidden: true });
  assert.deepEqual(loadConfig({ SHUAN_CORE_DATA_OUTBOUND_FORBIDDEN: 'false' }).crossBorder, {
    coreDataOutboundForbidden: false,
  });
  assert.throws(() => loadConfig({ SHUAN_CORE_DATA_OUTBOUND_FORBIDDEN: 'maybe' }), ConfigError);
});
