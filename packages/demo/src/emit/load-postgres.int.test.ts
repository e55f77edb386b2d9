import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import pg from 'pg';
import { demoData } from '../generate.ts';
import { demoGroundTruth } from '../ground-truth.ts';
import { DEMO_TABLES } from '../schema/index.ts';
import { loadDemoIntoPostgres } from './load-postgres.ts';

const ADMIN = process.env.SHUAN_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dbName = `shuan_demo_test_${randomBytes(4).toString('hex')}`;
const url = new URL(ADMIN);
url.pathname = `/${dbName}`;

async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: ADMIN });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

before(() => admin(`CREATE DATABASE ${dbName}`));
after(() => admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`));

test('loads every table into PostgreSQL with rows, comments and statistics', async () => {
  await loadDemoIntoPostgres(url.toString());
  const c = new pg.Client({ connectionString: url.toString() });
  await c.connect();
  try {
    for (const t of demoGroundTruth().tables) {
      const name = `"${t.pgSchema}"."${t.table}"`;
      const { rows } = await c.query<{ n: string; tc: string | null; est: number }>(
        `SELECT count(*) AS n, obj_description($1::regclass, 'pg_class') AS tc,
                (SELECT reltuples FROM pg_class WHERE oid = $1::regclass) AS est FROM ${name}`,
        [name],
      );
      assert.equal(Number(rows[0]!.n), t.rows, t.table);
      assert.equal(rows[0]!.tc ?? undefined, t.comment, t.table);
      assert.ok(Math.abs(rows[0]!.est - t.rows) <= t.rows * 0.02, t.table);
      const cols = await c.query<{ column_name: string; comment: string | null }>(
        `SELECT a.attname AS column_name, col_description(a.attrelid, a.attnum) AS comment
           FROM pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 ORDER BY a.attnum`,
        [name],
      );
      assert.deepEqual(
        cols.rows.map((r) => [r.column_name, r.comment ?? undefined]),
        t.columns.map((col) => [col.column, col.comment]),
      );
    }
    // Values round-trip: the first employee as generated.
    const employee = DEMO_TABLES.find((t) => t.name === 'hr_employee')!;
    const first = demoData().rows(employee).next();
    assert.ok(first.done === false);
    const { rows } = await c.query<{ xm: string; sfzh: string }>(
      'SELECT xm, sfzh FROM hr.hr_employee WHERE id = 1',
    );
    assert.deepEqual([rows[0]!.xm, rows[0]!.sfzh], [first.value[2], first.value[4]]);
  } finally {
    await c.end();
  }
});
