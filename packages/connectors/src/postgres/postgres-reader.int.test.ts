import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { scanSource } from '@shuan/core';
import type { SourceReader, TableClassifier, TableRef } from '@shuan/core';
import { openSource } from '../open-source.ts';
import { SourceError } from '../errors/source-error.ts';

const ADMIN = 'postgres://postgres@127.0.0.1:5432';
const suffix = randomBytes(4).toString('hex');
const DB = `shuan_t_${suffix}`;
const ROLE = `shuan_t_reader_${suffix}`;
const ROLE_PASSWORD = `pw_${suffix}_Secret`;

/** A classifier that keeps nothing: these tests look at what the reader read. */
const nullClassifier: TableClassifier = {
  ruleset: { id: 'test', version: '0' },
  classifyTable: (sample) => ({
    table: { table: sample.table.name, category: null, level: 'general', reasons: [] },
    columns: [],
  }),
};

async function admin<T>(database: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: `${ADMIN}/${database}` });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const SCHEMA_SQL = `
CREATE SCHEMA hr;
CREATE TABLE hr.employees (
  id serial PRIMARY KEY, name text, id_number varchar(18), salary numeric(10,2),
  hired date, photo bytea, note text);
COMMENT ON TABLE hr.employees IS '员工档案';
COMMENT ON COLUMN hr.employees.name IS '姓名';
COMMENT ON COLUMN hr.employees.id_number IS '身份证号';
INSERT INTO hr.employees (name, id_number, salary, hired, photo, note) VALUES
  ('张三', '11010519491231002X', 12345.67, '2024-03-01', '\\x01020304', NULL),
  ('李四', NULL, 8000, '2023-12-31', NULL, '北京市朝阳区');
CREATE TABLE public.big (id int PRIMARY KEY, code text);
INSERT INTO public.big SELECT g, 'C' || g FROM generate_series(1, 200000) g;
CREATE TABLE public.readings (at date NOT NULL, value real) PARTITION BY RANGE (at);
CREATE TABLE public.readings_2024 PARTITION OF public.readings FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.readings_2025 PARTITION OF public.readings FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
INSERT INTO public.readings SELECT date '2024-01-01' + (g % 700), g FROM generate_series(1, 3000) g;
CREATE MATERIALIZED VIEW public.mv_summary AS SELECT count(*) AS n FROM hr.employees;
CREATE VIEW public.v_employees AS SELECT name FROM hr.employees;
CREATE TABLE "Odd ""Schema"" Table" ("weird ""col""" text);
INSERT INTO "Odd ""Schema"" Table" VALUES ('ok');
CREATE TABLE public.fresh (id int, label text) WITH (autovacuum_enabled = off);
INSERT INTO public.fresh SELECT g, 'label ' || g FROM generate_series(1, 50000) g;
CREATE TABLE public.secret (token text);
INSERT INTO public.secret VALUES ('s3');
ANALYZE hr.employees; ANALYZE public.big; ANALYZE public.readings;
CREATE ROLE ${ROLE} LOGIN PASSWORD '${ROLE_PASSWORD}';
GRANT USAGE ON SCHEMA hr, public TO ${ROLE};
GRANT SELECT ON ALL TABLES IN SCHEMA hr, public TO ${ROLE};
REVOKE SELECT ON public.secret FROM ${ROLE};
`;

describe('PostgreSQL reader (real server)', () => {
  let reader: SourceReader;
  let tables: TableRef[];
  const byName = (name: string): TableRef => {
    const table = tables.find((t) => t.name === name);
    assert.ok(table, `table ${name} listed`);
    return table;
  };

  before(async () => {
    await admin('postgres', (c) => c.query(`CREATE DATABASE ${DB}`));
    await admin(DB, (c) => c.query(SCHEMA_SQL));
    reader = await openSource(`${ADMIN}/${DB}`, { concurrency: 3 });
    tables = (await reader.listTables()).tables;
  });

  after(async () => {
    await reader.close();
    await admin('postgres', async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
      await c.query(`DROP ROLE IF EXISTS ${ROLE}`);
    });
  });

  it('names the reader after the database and bounds its concurrency', () => {
    assert.equal(reader.kind, 'postgres');
    assert.equal(reader.name, DB);
    assert.equal(reader.concurrency, 3);
  });

  it('lists base, partitioned and materialized tables as schema.table, not views or partitions', () => {
    const names = tables.map((t) => t.name).sort();
    assert.deepEqual(names, [
      'hr.employees',
      'public.Odd "Schema" Table',
      'public.big',
      'public.fresh',
      'public.mv_summary',
      'public.readings',
      'public.secret',
    ]);
  });

  it('reads table and column comments and types in the catalog', () => {
    const employees = byName('hr.employees');
    assert.equal(employees.comment, '员工档案');
    const columns = Object.fromEntries(employees.columns.map((c) => [c.name, c]));
    assert.equal(columns.name?.comment, '姓名');
    assert.equal(columns.id_number?.comment, '身份证号');
    assert.equal(columns.id_number.dataType, 'character varying(18)');
    assert.equal(columns.salary?.comment, undefined);
    assert.deepEqual(
      employees.columns.map((c) => c.name),
      ['id', 'name', 'id_number', 'salary', 'hired', 'photo', 'note'],
    );
  });

  it('estimates rows and sizes from statistics, summing the partitions of a partitioned table', () => {
    const big = byName('public.big');
    assert.ok(
      big.estimatedRows !== undefined && big.estimatedRows > 150_000 && big.estimatedRows < 250_000,
    );
    assert.ok(big.sizeBytes !== undefined && big.sizeBytes > 1_000_000);
    const readings = byName('public.readings');
    assert.ok(readings.estimatedRows !== undefined && readings.estimatedRows > 2_000);
    assert.ok(readings.sizeBytes !== undefined && readings.sizeBytes > 0);
  });

  it('estimates a never-analysed table from its size instead of reporting nothing', () => {
    const fresh = byName('public.fresh');
    assert.ok(
      fresh.estimatedRows !== undefined && fresh.estimatedRows > 10_000,
      String(fresh.estimatedRows),
    );
  });

  it('samples values as text: NULLs, Chinese text, numbers, dates, and a marker for bytea', async () => {
    const sample = await reader.sampleTable(byName('hr.employees'), 10);
    assert.equal(sample.rowsSampled, 2);
    const values = Object.fromEntries(sample.columns.map((c) => [c.column.name, c.values]));
    assert.deepEqual(values.name, ['张三', '李四']);
    assert.deepEqual(values.id_number, ['11010519491231002X', null]);
    assert.deepEqual(values.salary, ['12345.67', '8000.00']);
    assert.deepEqual(values.hired, ['2024-03-01', '2023-12-31']);
    assert.deepEqual(values.photo, ['<binary 4 bytes>', null]);
    assert.deepEqual(values.note, [null, '北京市朝阳区']);
  });

  it('samples a big table with TABLESAMPLE, spread beyond its first rows', async () => {
    const sample = await reader.sampleTable(byName('public.big'), 100);
    assert.equal(sample.rowsSampled, 100);
    const ids = (sample.columns[0]?.values ?? []).map(Number);
    assert.ok(Math.max(...ids) > 1000, 'rows come from beyond the first pages');
  });

  it('samples partitioned tables, materialized views and oddly quoted names', async () => {
    const readings = await reader.sampleTable(byName('public.readings'), 50);
    assert.equal(readings.rowsSampled, 50);
    const summary = await reader.sampleTable(byName('public.mv_summary'), 5);
    assert.deepEqual(summary.columns[0]?.values, ['2']);
    const odd = await reader.sampleTable(byName('public.Odd "Schema" Table'), 5);
    assert.deepEqual(odd.columns[0]?.values, ['ok']);
  });

  it('reports a table it may not read in errors and scans the rest', async () => {
    const restricted = await openSource(`postgres://${ROLE}:${ROLE_PASSWORD}@127.0.0.1:5432/${DB}`);
    try {
      const report = await scanSource(
        { reader: restricted, classifier: nullClassifier, clock: { now: () => new Date() } },
        { sampleRows: 20 },
      );
      assert.equal(report.tables.length, 6);
      assert.equal(report.errors.length, 1);
      const [error] = report.errors;
      assert.equal(error?.table, 'public.secret');
      assert.equal(error.code, 'SOURCE_PERMISSION_DENIED');
      assert.match(error.message, /public\.secret/);
      assert.doesNotMatch(error.message, new RegExp(ROLE_PASSWORD));
    } finally {
      await restricted.close();
    }
  });

  it('gives up on a statement that outlives the timeout, naming the table', async () => {
    const locker = new pg.Client({ connectionString: `${ADMIN}/${DB}` });
    await locker.connect();
    const impatient = await openSource(`${ADMIN}/${DB}`, { statementTimeoutMs: 300 });
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE hr.employees IN ACCESS EXCLUSIVE MODE');
      await assert.rejects(impatient.sampleTable(byName('hr.employees'), 5), (error: unknown) => {
        assert.ok(error instanceof SourceError);
        assert.equal(error.code, 'SOURCE_READ_FAILED');
        assert.match(error.message, /hr\.employees/);
        assert.match(error.message, /timeout/);
        return true;
      });
    } finally {
      await locker.query('ROLLBACK');
      await locker.end();
      await impatient.close();
    }
  });
});

describe('PostgreSQL sources that cannot be opened', () => {
  const expectCode = async (source: string, code: string): Promise<void> => {
    await assert.rejects(openSource(source), (error: unknown) => {
      assert.ok(error instanceof SourceError, String(error));
      assert.equal(error.code, code);
      assert.doesNotMatch(error.message, /hunter2/);
      assert.doesNotMatch(error.message, /\n/);
      return true;
    });
  };

  it('refused port → SOURCE_UNREACHABLE', () =>
    expectCode('postgres://postgres:hunter2@127.0.0.1:1/postgres', 'SOURCE_UNREACHABLE'));
  it('unknown host → SOURCE_UNREACHABLE', () =>
    expectCode(
      'postgresql://postgres:hunter2@no-such-host.invalid/postgres',
      'SOURCE_UNREACHABLE',
    ));
  it('unknown database → SOURCE_DB_NOT_FOUND', () =>
    expectCode(
      `postgres://postgres:hunter2@127.0.0.1:5432/shuan_missing_${suffix}`,
      'SOURCE_DB_NOT_FOUND',
    ));
  it('unknown role → SOURCE_AUTH_FAILED', () =>
    expectCode(
      `postgres://nobody_${suffix}:hunter2@127.0.0.1:5432/postgres`,
      'SOURCE_AUTH_FAILED',
    ));
  it('malformed URL → SOURCE_URL_INVALID', () =>
    expectCode('postgres://postgres:hunter2@127.0.0.1:99999/postgres', 'SOURCE_URL_INVALID'));
});
