import { test } from 'node:test';
import assert from 'node:assert/strict';
import { catalogQuery } from './catalog-query.ts';

test('filters, search and page go to the server as query parameters', () => {
  const query = catalogQuery({
    filters: { level: 'core', status: 'pending', q: '  客户 ' },
    page: 2,
    pageSize: 50,
  });
  assert.deepEqual(Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined)), {
    page: 2,
    pageSize: 50,
    level: 'core',
    status: 'pending',
    q: '客户',
  });
});

test('descending sort is written with a leading minus, blank search is dropped', () => {
  const query = catalogQuery({
    filters: { q: '   ' },
    sort: { field: 'level', order: 'descend' },
    page: 1,
    pageSize: 20,
  });
  assert.equal(query['sort'], '-level');
  assert.equal(query['q'], undefined);
  assert.equal(
    catalogQuery({ filters: {}, sort: { field: 'table', order: 'ascend' }, page: 1, pageSize: 20 })[
      'sort'
    ],
    'table',
  );
});
