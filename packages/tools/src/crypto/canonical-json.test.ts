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
