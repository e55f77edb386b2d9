import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findUnstorableText } from './text-guard.ts';

test('finds NUL characters and lone surrogates in strings and keys, with their path', () => {
  assert.equal(findUnstorableText({ a: 'ok', b: ['x', 'y\u0000'] }), '/b/1');
  assert.equal(findUnstorableText({ a: { 'k\ud800': 1 } }), '/a/k\ud800');
  assert.equal(findUnstorableText('\udc00tail'), '');
  assert.equal(findUnstorableText(['a', { b: 'lone \ud83d' }]), '/1/b');
});

test('accepts well-formed text, surrogate pairs, other control characters and non-strings', () => {
  assert.equal(
    findUnstorableText({
      a: '数安 😀 \u0001 \u200b \ufeff \uffff',
      n: 1,
      b: true,
      z: null,
      u: undefined,
    }),
    undefined,
  );
  assert.equal(findUnstorableText(undefined), undefined);
  assert.equal(findUnstorableText(42), undefined);
});

test('walks deeply nested values without overflowing the stack', () => {
  let deep: unknown = 'bottom\u0000';
  for (let i = 0; i < 200_000; i += 1) deep = [deep];
  assert.equal(findUnstorableText(deep)?.length, 200_000 * 2);
});
