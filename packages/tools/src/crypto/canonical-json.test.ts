import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalJson } from './index.ts';

test('keys are sorted at every depth and there is no whitespace', () => {
  assert.equal(
    canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' } }),
    '{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}',
  );
  assert.equal(canonicalJson({ b: 1, a: 2 }), canonicalJson({ a: 2, b: 1 }));
});

test('scalars and strings are written as JSON.stringify writes them', () => {
  assert.equal(canonicalJson('身份证 "quoted"\n'), JSON.stringify('身份证 "quoted"\n'));
  assert.equal(canonicalJson([1.5, -0, 1e21, true, null]), '[1.5,0,1e+21,true,null]');
  assert.equal(
    canonicalJson({ when: new Date(Date.UTC(2025, 0, 2)) }),
    '{"when":"2025-01-02T00:00:00.000Z"}',
  );
});

test('keys sort by UTF-16 code units (RFC 8785), not by locale', () => {
  assert.equal(
    canonicalJson({ é: 1, z: 2, A: 3, 中: 4, '1': 5 }),
    '{"1":5,"A":3,"z":2,"é":1,"中":4}',
  );
});

test('undefined and functions are dropped from objects and written as null in arrays', () => {
  assert.equal(canonicalJson({ a: undefined, b: () => 1, c: 1 }), '{"c":1}');
  assert.equal(canonicalJson([undefined, () => 1]), '[null,null]');
});

test('lossy or impossible values throw instead of hashing something else', () => {
  assert.throws(() => canonicalJson(Number.NaN), TypeError);
  assert.throws(() => canonicalJson({ x: Infinity }), TypeError);
  assert.throws(() => canonicalJson({ x: 1n }), TypeError);
  assert.throws(() => canonicalJson(undefined), TypeError);
  const cyclic: Record<string, unknown> = {};
  cyclic['self'] = cyclic;
  assert.throws(() => canonicalJson(cyclic), /循环引用 .* circular reference/);
  const shared = { v: 1 };
  assert.equal(canonicalJson([shared, shared]), '[{"v":1},{"v":1}]', 'repeated is not cyclic');
});

test('values already in canonical order take the native path and give the same text', () => {
  const unordered = { z: [{ b: 2, a: '中' }], a: { y: null, x: true }, '10': 1, '9': 2 };
  const ordered = JSON.parse(canonicalJson(unordered)) as unknown;
  assert.equal(canonicalJson(ordered), canonicalJson(unordered));
  // Integer-like keys come first in a JS object whatever the text: still sorted as strings.
  assert.equal(canonicalJson({ '9': 2, '10': 1 }), '{"10":1,"9":2}');
  // Whatever JSON.stringify would write lossily still throws on the ordered path.
  assert.throws(() => canonicalJson({ a: { b: Number.NaN } }), TypeError);
  assert.throws(() => canonicalJson({ a: [1n] }), TypeError);
  assert.equal(canonicalJson({ a: new Date(0) }), '{"a":"1970-01-01T00:00:00.000Z"}');
  let deep: unknown = 1;
  for (let i = 0; i < 100; i += 1) deep = { a: deep };
  assert.equal(canonicalJson(deep), JSON.stringify(deep), 'deeper than the quick check');
});
