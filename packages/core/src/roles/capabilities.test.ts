import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasCapability, isNodeRole, NODE_ROLES } from './capabilities.ts';

test('an enterprise node scans and keeps a catalog but hosts no tenants', () => {
  assert.equal(hasCapability('enterprise', 'scans-sources'), true);
  assert.equal(hasCapability('enterprise', 'keeps-catalog'), true);
  assert.equal(hasCapability('enterprise', 'hosts-tenants'), false);
  assert.equal(hasCapability('enterprise', 'receives-filings'), false);
});

test('only the ministry publishes rule packs', () => {
  const publishers = NODE_ROLES.filter((role) => hasCapability(role, 'publishes-rule-packs'));
  assert.deepEqual(publishers, ['ministry']);
});

test('isNodeRole rejects unknown roles', () => {
  assert.equal(isNodeRole('province'), true);
  assert.equal(isNodeRole('city'), false);
});
