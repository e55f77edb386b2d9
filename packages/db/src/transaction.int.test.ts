import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from './testing/test-database.ts';
import { withReadSnapshot, withTransaction } from './transaction.ts';

let database: TestDatabase;
let pool: pg.Pool;

before(async () => {
  database = await createTestDatabase();
  pool = new pg.Pool({ connectionString: database.url, max: 3 });
  await pool.query('CREATE TABLE snapshot_probe (n int)');
});

after(async () => {
  await pool.end();
  await database.drop();
});

const count = async (db: pg.ClientBase | pg.Pool): Promise<number> =>
  Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM snapshot_probe')).rows[0]?.n);

test('a read snapshot does not see a row committed between its two reads', async () => {
  const seen = await withReadSnapshot(pool, async (tx) => {
    const first = await count(tx);
    await pool.query('INSERT INTO snapshot_probe VALUES (1)');
    return [first, await count(tx)];
  });
  assert.deepEqual(seen, [0, 0]);
  assert.equal(await count(pool), 1);
});

test('a read snapshot refuses writes; a transaction rolls back when its function throws', async () => {
  await assert.rejects(
    withReadSnapshot(pool, (tx) => tx.query('INSERT INTO snapshot_probe VALUES (2)')),
    /read-only transaction/,
  );
  await assert.rejects(
    withTransaction(pool, async (tx) => {
      await tx.query('INSERT INTO snapshot_probe VALUES (3)');
      throw new Error('boom');
    }),
    /boom/,
  );
  assert.equal(await count(pool), 1);
});
