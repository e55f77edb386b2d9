import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { readdir } from 'node:fs/promises';
import { migrate, migrationsUpToDate, MIGRATIONS_DIR } from './migrate.ts';
import { organizationsRepository } from './repositories/organizations-repository.pg.ts';
import { createTestDatabase, type TestDatabase } from './testing/test-database.ts';

let database: TestDatabase;
let pool: pg.Pool;

before(async () => {
  database = await createTestDatabase();
  pool = new pg.Pool({ connectionString: database.url });
});

after(async () => {
  await pool.end();
  await database.drop();
});

test('migrations apply once, also when two starts race', async () => {
  const files = (await readdir(MIGRATIONS_DIR)).filter((name) => name.endsWith('.sql'));
  const [first, second] = await Promise.all([migrate(pool), migrate(pool)]);
  assert.equal(first.applied.length + second.applied.length, files.length);
  assert.deepEqual((await migrate(pool)).applied, []);
  assert.equal(await migrationsUpToDate(pool), true);
});

test('the audit log rejects UPDATE and DELETE', async () => {
  const org = await organizationsRepository.create(pool, 'org');
  await pool.query(
    `INSERT INTO audit_log (org_id, seq, at, actor, action, prev_hash, hash) VALUES ($1, 1, now(), 'a', 'x', '0', '1')`,
    [org.id],
  );
  await assert.rejects(pool.query(`UPDATE audit_log SET actor = 'b'`), /append-only/);
  await assert.rejects(pool.query('DELETE FROM audit_log'), /append-only/);
});
