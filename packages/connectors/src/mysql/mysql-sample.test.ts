import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mysqlErrorCode } from './mysql-errors.ts';
import { mysqlSampleSql, mysqlTimeoutSql, mysqlValueSql } from './mysql-sample.ts';

describe('mysql sampling', () => {
  it('casts to CHAR, summarises binary types and quotes identifiers', () => {
    assert.equal(
      mysqlValueSql({ name: 'a`b', dataType: 'varchar(20)' }),
      'LEFT(CAST(`a``b` AS CHAR), 2000)',
    );
    assert.match(mysqlValueSql({ name: 'p', dataType: 'longblob' }), /OCTET_LENGTH\(`p`\)/);
    assert.match(mysqlValueSql({ name: 'p', dataType: 'varbinary(16)' }), /<binary /);
    assert.equal(mysqlValueSql({ name: 'g', dataType: 'point' }), 'LEFT(ST_AsText(`g`), 2000)');
    assert.equal(
      mysqlSampleSql('erp', 't', [{ name: 'x', dataType: 'int(11)' }]),
      'SELECT LEFT(CAST(`x` AS CHAR), 2000) AS c0 FROM `erp`.`t` LIMIT ?',
    );
  });

  it('sets the timeout in seconds on MariaDB and milliseconds on MySQL', () => {
    assert.equal(mysqlTimeoutSql('mariadb', 1500), 'SET SESSION max_statement_time = 1.500');
    assert.equal(mysqlTimeoutSql('mysql', 1500), 'SET SESSION max_execution_time = 1500');
  });
});

describe('mysqlErrorCode', () => {
  it('maps mysql2 codes and socket errors', () => {
    assert.equal(mysqlErrorCode('ER_ACCESS_DENIED_ERROR', false), 'SOURCE_AUTH_FAILED');
    assert.equal(mysqlErrorCode('ER_BAD_DB_ERROR', false), 'SOURCE_DB_NOT_FOUND');
    assert.equal(mysqlErrorCode('ER_TABLEACCESS_DENIED_ERROR', false), 'SOURCE_PERMISSION_DENIED');
    assert.equal(mysqlErrorCode('ER_DBACCESS_DENIED_ERROR', false), 'SOURCE_PERMISSION_DENIED');
    assert.equal(mysqlErrorCode('PROTOCOL_CONNECTION_LOST', false), 'SOURCE_UNREACHABLE');
    assert.equal(mysqlErrorCode('ETIMEDOUT', true), 'SOURCE_UNREACHABLE');
    assert.equal(mysqlErrorCode('ER_STATEMENT_TIMEOUT', false), 'SOURCE_READ_FAILED');
  });
});
