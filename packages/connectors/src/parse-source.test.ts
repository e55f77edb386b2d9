import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SourceError } from './errors/source-error.ts';
import { parseSource } from './parse-source.ts';

const fails = (source: string, code: string): void => {
  assert.throws(
    () => parseSource(source),
    (error: unknown) => {
      assert.ok(error instanceof SourceError);
      assert.equal(error.code, code);
      assert.ok(!error.message.includes('hunter2'), error.message);
      return true;
    },
  );
};

describe('parseSource', () => {
  it('reads PostgreSQL URLs, decoding the user, password and database', () => {
    const parsed = parseSource('postgresql://scan:p%40ss@db.local:5433/%E7%94%9F%E4%BA%A7');
    assert.equal(parsed.kind, 'postgres');
    assert.deepEqual(
      { ...parsed.target, url: undefined },
      {
        url: undefined,
        host: 'db.local',
        port: 5433,
        database: '生产',
        user: 'scan',
        password: 'p@ss',
        display: 'scan@db.local:5433/生产',
      },
    );
  });

  it('reads MySQL and MariaDB URLs with the default port, with or without a database', () => {
    const mysql = parseSource('mysql://root@127.0.0.1/erp');
    assert.ok(
      mysql.kind === 'mysql' && mysql.target.port === 3306 && mysql.target.database === 'erp',
    );
    const maria = parseSource('mariadb://root:x@[::1]:3307/');
    assert.ok(
      maria.kind === 'mysql' && maria.target.host === '::1' && maria.target.database === undefined,
    );
  });

  it('reads sqlite: paths and treats anything else as a file path', () => {
    assert.deepEqual(parseSource('sqlite:./demo.sqlite'), {
      kind: 'sqlite',
      path: './demo.sqlite',
    });
    assert.deepEqual(parseSource('sqlite:///tmp/a.db'), { kind: 'sqlite', path: '/tmp/a.db' });
    assert.deepEqual(parseSource('data/plant.csv'), { kind: 'path', path: 'data/plant.csv' });
    assert.deepEqual(parseSource('C:\\data\\x.xlsx'), { kind: 'path', path: 'C:\\data\\x.xlsx' });
  });

  it('rejects bad URLs and unknown schemes without leaking the password', () => {
    fails('postgres://u:hunter2@h:99999/db', 'SOURCE_URL_INVALID');
    fails('postgres://u:hunter2@h/a/b', 'SOURCE_URL_INVALID');
    fails('   ', 'SOURCE_URL_INVALID');
    fails('sqlite:', 'SOURCE_URL_INVALID');
    fails('oracle://u:hunter2@h/db', 'SOURCE_UNSUPPORTED');
  });
});
