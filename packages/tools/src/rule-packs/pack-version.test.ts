import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareRulePackVersions, rulePackDigest } from './pack-version.ts';

test('versions compare as year then revision, numerically', () => {
  assert.ok(compareRulePackVersions('2026.1', '2026.2') < 0);
  assert.ok(compareRulePackVersions('2026.10', '2026.9') > 0);
  assert.ok(compareRulePackVersions('2027.1', '2026.99') > 0);
  assert.equal(compareRulePackVersions('2026.3', '2026.3'), 0);
});

test('the digest ignores key order and changes with any value', () => {
  const a = rulePackDigest({ id: 'general', version: '2026.2', rules: [1, 2] });
  const b = rulePackDigest({ rules: [1, 2], version: '2026.2', id: 'general' });
  assert.equal(a, b);
  assert.match(a, /^[0-9a-f]{64}$/);
  assert.notEqual(a, rulePackDigest({ id: 'general', version: '2026.3', rules: [1, 2] }));
});
