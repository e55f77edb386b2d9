import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import mysql from 'mysql2/promise';
import { scanSource } from '@shuan/core';
import type { SourceReader, TableClassifier, TableRef } from '@shuan/core';
import { openSource } from '../open-source.ts';
import { SourceError } from '../errors/source-error.ts';

const suffix = randomBytes(4).toString('hex');
const DB = `shuan_t_${suffix}`;
const USER = `shuan_t_${suffix}`;
const PASSWORD = `pw_${suffix}_Secret`;

/** A classifier that keeps nothing: these tests look at what the reader read. */
const nullClassifier: TableClassifier = {
  ruleset: { id: 'test', version: '0' },
  classifyTable: (sample) => ({
    table: { table: sample.table.name, category: null, level: 'general', reasons: [] },
    columns: [],
  }),
};

const SETUP = [
  `CREATE DATABASE ${DB} CHARACTER SET utf8mb4`,
  `CREATE TABLE ${DB}.employees (
     id INT PRIMARY KEY AUTO_INCREMENT,
     name VARCHAR(50) COMMENT '姓名',
     id_number CHAR(18) COMMENT '身份证号',
     salary DECIMAL(10,2), hired DATE, photo BLOB, note TEXT
   ) COMMENT = '员工档案'`,
  `INSERT INTO ${DB}.employees (name, id_number, salary, hired, photo, note) VALUES
     ('张三', '11010519491231002X', 12345.67, '2024-03-01', X'01020304', NULL),
     ('李四', NULL, 8000, '2023-12-31', NULL, '北京市朝阳区')`,
  `CREATE TABLE ${DB}.big (id INT PRIMARY KEY, code VARCHAR(20))`,
  `INSERT INTO ${DB}.big (id, code)
     WITH d AS (SELECT 0 AS n UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL
                SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL
                SELECT 8 UNION ALL SELECT 9)
     SELECT 1 + a.n + 10 * b.n + 100 * c.n + 1000 * e.n + 10000 * f.n + 100000 * g.n,
            CONCAT('C', a.n, b.n, c.n)
       FROM d a, d b, d c, d e, d f, (SELECT 0 AS n UNION ALL SELECT 1) g`,
  `ANALYZE TABLE ${DB}.big`,
  `CREATE TABLE ${DB}.\`odd\`\`name\` (\`we\`\`ird\` VARCHAR(10))`,
  `INSERT INTO ${DB}.\`odd\`\`name\` VALUES ('ok')`,
  `CREATE VIEW ${DB}.v_employees AS SELECT name FROM ${DB}.employees`,
  `CREATE TABLE ${DB}.secret (token VARCHAR(20))`,
  `CREATE USER '${USER}'@'%' IDENTIFIED BY '${PASSWORD}'`,
  `GRANT SELECT ON ${DB}.employees TO '${USER}'@'%'`,
  `GRANT SELECT ON ${DB}.big TO '${USER}'@'%'`,
  // Any privilege makes a table visible in information_schema; INSERT without SELECT makes
  // it listed but unreadable, the case a scan must survive.
  `GRANT INSERT ON ${DB}.secret TO '${USER}'@'%'`,
];

async function asRoot(statements: readonly string[]): Promise<void> {
  const conn = await mysql.createConnection({ host: '127.0.0.1', port: 3306, user: 'root' });
  try {
    for (const sql of statements) await conn.query(sql);
  } finally {
    await conn.end();
  }
}

describe('MySQL/MariaDB reader (real server)', () => {
  let reader: SourceReader;
  let tables: TableRef[];
  const byName = (name: string): TableRef => {
    const table = tables.find((t) => t.name === name);
    assert.ok(table, `table ${name} listed`);
    return table;
  };

  before(async () => {
    await asRoot(SETUP);
    reader = await openSource(`mariadb://root@127.0.0.1:3306/${DB}`, { concurrency: 2 });
    tables = (await reader.listTables()).tables;
  });

  after(async () => {
    await reader.close();
    await asRoot([`DROP DATABASE IF EXISTS ${DB}`, `DROP USER IF EXISTS '${USER}'@'%'`]);
  });

  it('lists base tables as db.table, not views', () => {
    assert.equal(reader.kind, 'mysql');
    assert.equal(reader.name, DB);
    assert.equal(reader.concurrency, 2);
    assert.deepEqual(tables.map((t) => t.name).sort(), [
      `${DB}.big`,
      `${DB}.employees`,
      `${DB}.odd\`name`,
      `${DB}.secret`,
    ]);
  });

  it('reads table and column comments and column types', () => {
    const employees = byName(`${DB}.employees`);
    assert.equal(employees.comment, '员工档案');
    const columns = Object.fromEntries(employees.columns.map((c) => [c.name, c]));
    assert.equal(columns.name?.comment, '姓名');
    assert.equal(columns.id_number?.comment, '身份证号');
    assert.equal(columns.id_number.dataType, 'char(18)');
    assert.equal(columns.salary?.comment, undefined);
  });

  it('takes row estimates and sizes from information_schema', () => {
    const big = byName(`${DB}.big`);
    assert.ok(
      big.estimatedRows !== undefined && big.estimatedRows > 100_000,
      String(big.estimatedRows),
    );
    assert.ok(big.sizeBytes !== undefined && big.sizeBytes > 1_000_000);
  });

  it('samples values as text: NULLs, Chinese text, numbers, dates, and a marker for blobs', async () => {
    const sample = await reader.sampleTable(byName(`${DB}.employees`), 10);
    assert.equal(sample.rowsSampled, 2);
    const values = Object.fromEntries(sample.columns.map((c) => [c.column.name, c.values]));
    assert.deepEqual(values.name, ['张三', '李四']);
    assert.deepEqual(values.id_number, ['11010519491231002X', null]);
    assert.deepEqual(values.salary, ['12345.67', '8000.00']);
    assert.deepEqual(values.hired, ['2024-03-01', '2023-12-31']);
    assert.deepEqual(values.photo, ['<binary 4 bytes>', null]);
    assert.deepEqual(values.note, [null, '北京市朝阳区']);
  });

  it('samples a big table with LIMIT and quotes odd names', async () => {
    const big = await reader.sampleTable(byName(`${DB}.big`), 100);
    assert.equal(big.rowsSampled, 100);
    const odd = await reader.sampleTable(byName(`${DB}.odd\`name`), 5);
    assert.deepEqual(odd.columns[0]?.values, ['ok']);
  });

  it('reports a table it may not read in errors and scans the rest', async () => {
    const restricted = await openSource(`mysql://${USER}:${PASSWORD}@127.0.0.1:3306/${DB}`);
    try {
      const report = await scanSource(
        { reader: restricted, classifier: nullClassifier, clock: { now: () => new Date() } },
        { sampleRows: 20 },
      );
      assert.deepEqual(report.tables.map((t) => t.table).sort(), [`${DB}.big`, `${DB}.employees`]);
      assert.equal(report.errors.length, 1);
      const [error] = report.errors;
      assert.equal(error?.table, `${DB}.secret`);
      assert.equal(error.code, 'SOURCE_PERMISSION_DENIED');
      assert.match(error.message, /secret/);
      assert.doesNotMatch(error.message, new RegExp(PASSWORD));
    } finally {
      await restricted.close();
    }
  });

  it('gives up on a statement that outlives the timeout, naming the table', async () => {
    const locker = await mysql.createConnection({ host: '127.0.0.1', port: 3306, user: 'root' });
    const impatient = await openSource(`mysql://root@127.0.0.1:3306/${DB}`, {
      statementTimeoutMs: 300,
    });
    try {
      await locker.query(`LOCK TABLES ${DB}.employees WRITE`);
      await assert.rejects(
        impatient.sampleTable(byName(`${DB}.employees`), 5),
        (error: unknown) => {
          assert.ok(error instanceof SourceError);
          assert.equal(error.code, 'SOURCE_READ_FAILED');
          assert.match(error.message, /employees/);
          assert.match(error.message, /max_statement_time/);
          return true;
        },
      );
    } finally {
      await locker.query('UNLOCK TABLES');
      await locker.end();
      await impatient.close();
    }
  });

  describe('sources that cannot be opened', () => {
    const expectCode = async (source: string, code: string, secret: string): Promise<void> => {
      await assert.rejects(openSource(source), (error: unknown) => {
        assert.ok(error instanceof SourceError, String(error));
        assert.equal(error.code, code);
        assert.ok(!error.message.includes(secret), error.message);
        assert.doesNotMatch(error.message, /\n/);
        return true;
      });
    };

    it('wrong password → SOURCE_AUTH_FAILED', () =>
      expectCode(
        `mysql://${USER}:wrong_${PASSWORD}@127.0.0.1:3306/${DB}`,
        'SOURCE_AUTH_FAILED',
        `wrong_${PASSWORD}`,
      ));
    it('unknown database → SOURCE_DB_NOT_FOUND', () =>
      expectCode(
        `mysql://root:@127.0.0.1:3306/shuan_missing_${suffix}`,
        'SOURCE_DB_NOT_FOUND',
        'hunter2',
      ));
    it('refused port → SOURCE_UNREACHABLE', () =>
      expectCode('mysql://root:hunter2@127.0.0.1:1/x', 'SOURCE_UNREACHABLE', 'hunter2'));
    it('database the user may not use → SOURCE_PERMISSION_DENIED', () =>
      expectCode(
        `mysql://${USER}:${PASSWORD}@127.0.0.1:3306/mysql`,
        'SOURCE_PERMISSION_DENIED',
        PASSWORD,
      ));
  });
});
