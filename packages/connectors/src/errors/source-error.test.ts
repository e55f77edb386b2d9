import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { redactSourceUrl } from './redact-source-url.ts';
import { scrubSecrets, SOURCE_ERROR_CODES, SourceError } from './source-error.ts';

describe('redactSourceUrl', () => {
  it('replaces the password with ***', () => {
    assert.equal(
      redactSourceUrl('postgres://scan:s3cret@db:5432/erp'),
      'postgres://scan:***@db:5432/erp',
    );
    assert.equal(
      redactSourceUrl('mysql://root:p%40ss@127.0.0.1/x?ssl=1'),
      'mysql://root:***@127.0.0.1/x?ssl=1',
    );
  });

  it('covers passwords holding a raw @ or : and URLs that do not parse', () => {
    assert.equal(redactSourceUrl('postgres://u:a@b:c@h:99999/db'), 'postgres://u:***@h:99999/db');
  });

  it('leaves URLs without a password and paths alone', () => {
    for (const text of [
      'postgres://u@h/db',
      'postgres://h/db',
      'sqlite:/tmp/a.db',
      './data/x.csv',
      'mysql://h/db?x=a:b@c',
    ]) {
      assert.equal(redactSourceUrl(text), text);
    }
  });
});

describe('SourceError', () => {
  it('has a stable code and a one-line message, Chinese first, saying what to do', () => {
    const error = new SourceError('SOURCE_AUTH_FAILED', {
      subject: 'scan@db:5432/erp',
      detail: 'password authentication\nfailed',
    });
    assert.equal(error.code, 'SOURCE_AUTH_FAILED');
    assert.equal(error.name, 'SourceError');
    assert.doesNotMatch(error.message, /\n/);
    assert.match(
      error.message,
      /^身份验证失败：scan@db:5432\/erp；请检查用户名和密码 \/ Authentication failed/,
    );
    assert.match(error.message, /check the user name and the password$/);
  });

  it('has a message for every code', () => {
    for (const code of SOURCE_ERROR_CODES) {
      const error = new SourceError(code, { subject: 'x', table: 'public.t' });
      assert.match(error.message, / \/ /);
      assert.equal(error.table, 'public.t');
    }
  });

  it('scrubs secrets, raw and percent-encoded', () => {
    assert.equal(scrubSecrets('bad p@ss and p%40ss', ['p@ss']), 'bad *** and ***');
    assert.equal(scrubSecrets('nothing here', ['']), 'nothing here');
  });
});
