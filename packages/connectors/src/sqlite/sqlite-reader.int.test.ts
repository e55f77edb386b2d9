import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DatabaseSync } from 'node:sqlite';
import type { SourceReader, TableRef } from '@shuan/core';
import { openSource } from '../open-source.ts';
import { SourceError } from '../errors/source-error.ts';

const SCHEMA = `
CREATE TABLE employees ( -- 员工档案
  id INTEGER PRIMARY KEY, -- 主键
  name TEXT NOT NULL, -- 姓名
  "id number" TEXT DEFAULT '--', -- 身份证号
  salary REAL,
  hired TEXT, -- 入职日期
  photo BLOB
);
CREATE TABLE big (id INTEGER PRIMARY KEY, code TEXT);
CREATE TABLE analysed (id INTEGER PRIMARY KEY, code TEXT);
CREATE TABLE keyed (k TEXT PRIMARY KEY, v) WITHOUT ROWID;
CREATE VIEW v_employees AS SELECT name FROM employees;
INSERT INTO employees VALUES (1, '张三', '11010519491231002X', 12345.67, '2024-03-01', x'01020304');
INSERT INTO employees VALUES (2, '李四', NULL, NULL, NULL, NULL);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000)
  INSERT INTO big SELECT i, 'C' || i FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)
  INSERT INTO analysed SELECT i, 'A' || i FROM n;
CREATE INDEX analysed_code ON analysed (code);
ANALYZE analysed;
INSERT INTO keyed VALUES ('a', 1), ('b', x'00ff');
`;

async function sha256(path: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(path))
    .digest('hex');
}

describe('SQLite reader (real file)', () => {
  let dir: string;
  let reader: SourceReader;
  let tables: TableRef[];
  let fileHash: string;
  const byName = (name: string): TableRef => {
    const table = tables.find((t) => t.name === name);
    assert.ok(table, `table ${name} listed`);
    return table;
  };

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'shuan-sqlite-'));
    const db = new DatabaseSync(join(dir, 'plant.sqlite'));
    db.exec(SCHEMA);
    db.close();
    fileHash = await sha256(join(dir, 'plant.sqlite'));
    reader = await openSource(`sqlite:${join(dir, 'plant.sqlite')}`);
    tables = (await reader.listTables()).tables;
  });

  after(async () => {
    await reader.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('lists tables, not views nor SQLite internals, named after the file', () => {
    assert.equal(reader.kind, 'sqlite');
    assert.equal(reader.name, 'plant.sqlite');
    assert.deepEqual(
      tables.map((t) => t.name),
      ['analysed', 'big', 'employees', 'keyed'],
    );
  });

  it('reads table and column comments from the CREATE TABLE text', () => {
    const employees = byName('employees');
    assert.equal(employees.comment, '员工档案');
    assert.deepEqual(
      employees.columns.map((c) => [c.name, c.dataType, c.comment]),
      [
        ['id', 'INTEGER', '主键'],
        ['name', 'TEXT', '姓名'],
        ['id number', 'TEXT', '身份证号'],
        ['salary', 'REAL', undefined],
        ['hired', 'TEXT', '入职日期'],
        ['photo', 'BLOB', undefined],
      ],
    );
  });

  it('estimates rows from sqlite_stat1, else max(rowid), else not at all', () => {
    assert.equal(byName('analysed').estimatedRows, 5000);
    assert.equal(byName('big').estimatedRows, 200_000);
    assert.equal(byName('keyed').estimatedRows, undefined);
  });

  it('samples values as text with NULLs, Chinese text and a marker for blobs', async () => {
    const sample = await reader.sampleTable(byName('employees'), 10);
    assert.equal(sample.rowsSampled, 2);
    const values = Object.fromEntries(sample.columns.map((c) => [c.column.name, c.values]));
    assert.deepEqual(values.name, ['张三', '李四']);
    assert.deepEqual(values['id number'], ['11010519491231002X', null]);
    assert.deepEqual(values.salary, ['12345.67', null]);
    assert.deepEqual(values.photo, ['<binary 4 bytes>', null]);
    const keyed = await reader.sampleTable(byName('keyed'), 10);
    assert.deepEqual(keyed.columns[1]?.values, ['1', '<binary 2 bytes>']);
  });

  it('samples no more than asked from a big table', async () => {
    const sample = await reader.sampleTable(byName('big'), 100);
    assert.equal(sample.rowsSampled, 100);
  });

  it('reports a table that is gone as SOURCE_READ_FAILED naming it', async () => {
    await assert.rejects(
      reader.sampleTable({ name: 'vanished', columns: [{ name: 'x', dataType: 'TEXT' }] }, 5),
      (error: unknown) =>
        error instanceof SourceError &&
        error.code === 'SOURCE_READ_FAILED' &&
        error.table === 'vanished' &&
        error.message.includes('vanished'),
    );
  });

  it('leaves the file byte for byte as it was', async () => {
    for (const table of tables) await reader.sampleTable(table, 50);
    assert.equal(await sha256(join(dir, 'plant.sqlite')), fileHash);
  });

  describe('files that cannot be opened', () => {
    const expectCode = async (source: string, code: string): Promise<void> => {
      await assert.rejects(openSource(source), (error: unknown) => {
        assert.ok(error instanceof SourceError, String(error));
        assert.equal(error.code, code);
        return true;
      });
    };

    it('missing file → SOURCE_NOT_FOUND', () =>
      expectCode(`sqlite:${join(dir, 'missing.sqlite')}`, 'SOURCE_NOT_FOUND'));
    it('a file that is not a database → SOURCE_UNSUPPORTED', async () => {
      await writeFile(
        join(dir, 'notes.sqlite'),
        'these are not the pages you are looking for '.repeat(100),
      );
      await expectCode(`sqlite:${join(dir, 'notes.sqlite')}`, 'SOURCE_UNSUPPORTED');
    });
    it('a folder → SOURCE_UNSUPPORTED', () => expectCode(`sqlite:${dir}`, 'SOURCE_UNSUPPORTED'));
    it('sqlite: without a path → SOURCE_URL_INVALID', () =>
      expectCode('sqlite:', 'SOURCE_URL_INVALID'));
  });
});
