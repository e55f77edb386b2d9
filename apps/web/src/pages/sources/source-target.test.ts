import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTarget } from './source-target.ts';

test('a database target carries user, host, port and database but never the password', () => {
  const target = buildTarget({
    name: 'erp',
    kind: 'postgres',
    host: 'db.local',
    user: 'reader',
    password: 's3cret',
    database: 'erp',
  });
  assert.equal(target, 'postgres://reader@db.local:5432/erp');
  assert.equal(target.includes('s3cret'), false);
});

test('mysql uses its own default port and encodes odd user names', () => {
  assert.equal(
    buildTarget({ name: 'm', kind: 'mysql', host: 'h', user: 'a@b', database: 'mes' }),
    'mysql://a%40b@h:3306/mes',
  );
});

test('sqlite and file sources are plain trimmed paths', () => {
  assert.equal(
    buildTarget({ name: 's', kind: 'sqlite', path: ' /data/plant.db ' }),
    '/data/plant.db',
  );
  assert.equal(buildTarget({ name: 'f', kind: 'files', path: '/srv/exports' }), '/srv/exports');
});
