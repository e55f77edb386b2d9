import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import mysql from 'mysql2/promise';
import { demoData } from '../generate.ts';
import { demoGroundTruth } from '../ground-truth.ts';
import { DEMO_TABLES } from '../schema/index.ts';
import { loadDemoIntoMysql } from './load-mysql.ts';

const ADMIN = process.env.SHUAN_TEST_MYSQL ?? 'mysql://root@127.0.0.1:3306/';
const dbName = `shuan_demo_test_${randomBytes(4).toString('hex')}`;
const url = new URL(ADMIN);
url.pathname = `/${dbName}`;

async function admin(sql: string): Promise<void> {
  const c = await mysql.createConnection({ uri: ADMIN });
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

before(() => admin(`CREATE DATABASE ${dbName} CHARACTER SET utf8mb4`));
after(() => admin(`DROP DATABASE IF EXISTS ${dbName}`));

test('loads every table into MariaDB/MySQL with rows and comments', async () => {
  await loadDemoIntoMysql(url.toString());
  const c = await mysql.createConnection({ uri: url.toString(), charset: 'utf8mb4' });
  try {
    const [tables] = await c.query<mysql.RowDataPacket[]>(
      'SELECT TABLE_NAME AS t, TABLE_COMMENT AS tc, TABLE_ROWS AS est FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?',
      [dbName],
    );
    const byName = new Map(tables.map((r) => [String(r.t), r]));
    const truth = demoGroundTruth().tables;
    assert.equal(byName.size, truth.length);
    for (const t of truth) {
      const [[count]] = await c.query<mysql.RowDataPacket[]>(
        `SELECT count(*) AS n FROM \`${t.table}\``,
      );
      assert.equal(Number(count!.n), t.rows, t.table);
      const meta = byName.get(t.table)!;
      assert.equal(meta.tc || undefined, t.comment, t.table);
      const [cols] = await c.query<mysql.RowDataPacket[]>(
        'SELECT COLUMN_NAME AS c, COLUMN_COMMENT AS cc FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION',
        [dbName, t.table],
      );
      assert.deepEqual(
        cols.map((r) => [String(r.c), r.cc ? String(r.cc) : undefined]),
        t.columns.map((col) => [col.column, col.comment]),
      );
    }
    // InnoDB estimates are approximate; the big track table must still read as ≥ 100,000.
    assert.ok(Number(byName.get('tms_vehicle_track')!.est) >= 100_000);
    const employee = DEMO_TABLES.find((t) => t.name === 'hr_employee')!;
    const first = demoData().rows(employee).next();
    assert.ok(first.done === false);
    const [[row]] = await c.query<mysql.RowDataPacket[]>(
      'SELECT xm, sfzh FROM hr_employee WHERE id = 1',
    );
    assert.deepEqual([row!.xm, row!.sfzh], [first.value[2], first.value[4]]);
  } finally {
    await c.end();
  }
});
