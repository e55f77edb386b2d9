import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { postgresErrorCode } from './postgres-errors.ts';
import {
  postgresSamplePercent,
  postgresSampleQueries,
  postgresValueSql,
} from './postgres-sample.ts';

describe('postgres sampling', () => {
  it('uses TABLESAMPLE only on tables much bigger than the sample', () => {
    assert.equal(postgresSamplePercent(undefined, 100), undefined);
    assert.equal(postgresSamplePercent(5_000, 100), undefined);
    assert.equal(postgresSamplePercent(20_000, 5_000), undefined);
    assert.equal(postgresSamplePercent(1_000_000, 1_000), 0.4);
  });

  it('casts to text, summarises bytea and quotes identifiers', () => {
    assert.equal(postgresValueSql({ name: 'a"b', dataType: 'text' }), 'left("a""b"::text, 2000)');
    assert.match(
      postgresValueSql({ name: 'photo', dataType: 'bytea' }),
      /'<binary ' \|\| octet_length\("photo"\)/,
    );
    const queries = postgresSampleQueries(
      'my schema',
      't',
      [{ name: 'x', dataType: 'int' }],
      1e7,
      100,
    );
    assert.equal(
      queries.sampled?.text,
      'SELECT left("x"::text, 2000) AS c0 FROM "my schema"."t" TABLESAMPLE SYSTEM ($1) REPEATABLE (42) LIMIT $2',
    );
    assert.equal(
      queries.limited.text,
      'SELECT left("x"::text, 2000) AS c0 FROM "my schema"."t" LIMIT $1',
    );
  });
});

describe('postgresErrorCode', () => {
  it('maps SQLSTATEs and socket errors', () => {
    assert.equal(postgresErrorCode('28P01', '', false), 'SOURCE_AUTH_FAILED');
    assert.equal(postgresErrorCode('28000', '', false), 'SOURCE_AUTH_FAILED');
    assert.equal(postgresErrorCode('3D000', '', false), 'SOURCE_DB_NOT_FOUND');
    assert.equal(postgresErrorCode('42501', '', false), 'SOURCE_PERMISSION_DENIED');
    assert.equal(postgresErrorCode('08006', '', false), 'SOURCE_UNREACHABLE');
    assert.equal(postgresErrorCode('ECONNREFUSED', '', true), 'SOURCE_UNREACHABLE');
    assert.equal(postgresErrorCode(undefined, 'timeout expired', false), 'SOURCE_UNREACHABLE');
    assert.equal(
      postgresErrorCode('57014', 'canceling statement due to statement timeout', false),
      'SOURCE_READ_FAILED',
    );
  });
});
