import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSqliteComments } from './sqlite-comments.ts';
import { sqliteErrorCode } from './sqlite-errors.ts';

describe('parseSqliteComments', () => {
  it('reads the table comment on the CREATE TABLE line and column comments at line ends', () => {
    const parsed = parseSqliteComments(
      [
        'CREATE TABLE "employees" ( -- 员工档案',
        '  id INTEGER PRIMARY KEY, -- 主键',
        '  "full ""name""" TEXT DEFAULT \'--x\', -- 姓名',
        '  [addr] TEXT,',
        '  `phone` TEXT -- 手机号',
        '  , PRIMARY KEY (id) -- not a column',
        ')',
      ].join('\n'),
    );
    assert.equal(parsed.table, '员工档案');
    assert.deepEqual(
      [...parsed.columns],
      [
        ['id', '主键'],
        ['full "name"', '姓名'],
        ['phone', '手机号'],
      ],
    );
  });

  it('finds nothing in a schema without comments', () => {
    const parsed = parseSqliteComments('CREATE TABLE t (a TEXT, b INTEGER)');
    assert.equal(parsed.table, undefined);
    assert.equal(parsed.columns.size, 0);
  });
});

describe('sqliteErrorCode', () => {
  it('maps file-system and SQLite result codes', () => {
    assert.equal(sqliteErrorCode('ENOENT', undefined), 'SOURCE_NOT_FOUND');
    assert.equal(sqliteErrorCode('EACCES', undefined), 'SOURCE_PERMISSION_DENIED');
    assert.equal(sqliteErrorCode('ERR_SQLITE_ERROR', 26), 'SOURCE_UNSUPPORTED');
    assert.equal(sqliteErrorCode('ERR_SQLITE_ERROR', 1), 'SOURCE_READ_FAILED');
  });
});
