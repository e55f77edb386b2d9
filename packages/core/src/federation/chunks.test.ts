import assert from 'node:assert/strict';
import { test } from 'node:test';
import { joinChunks, splitIntoChunks } from './chunks.ts';
import { MAX_PAYLOAD_BYTES, serializedPayloadBytes, utf8ByteLength } from './envelope.ts';

const GROUP = '0b7c1e52-3f0a-4a44-9e55-6f3c2d1a9b10';

/** A catalog-like payload mixing ASCII, Chinese (3 bytes), emoji (4 bytes) and escapes. */
function buildCatalog(items: number): unknown {
  return {
    enterprise: '江苏某钢铁集团有限公司',
    items: Array.from({ length: items }, (_, i) => ({
      table: `production_${i}`,
      comment: `高炉“${i}号”运行数据 \\ "quoted" 🏭 ${'数据'.repeat(i % 7)}`,
      level: i % 3 === 0 ? 'core' : 'important',
    })),
  };
}

function roundTrip(payload: unknown, maxBytes: number): void {
  const parts = splitIntoChunks(payload, maxBytes, GROUP);
  for (const part of parts) {
    assert.ok(serializedPayloadBytes(part.payload) <= maxBytes, `part ${part.chunk.index} too big`);
    assert.equal(part.chunk.count, parts.length);
    assert.equal(part.chunk.groupId, GROUP);
  }
  // Reverse order: joining must not depend on arrival order.
  const joined = joinChunks([...parts].reverse());
  assert.deepEqual(joined, { ok: true, payload });
}

test('split then join returns the same payload, with Chinese, emoji and escapes', () => {
  const catalog = buildCatalog(200);
  for (const maxBytes of [6, 7, 8, 13]) roundTrip(buildCatalog(12), maxBytes);
  for (const maxBytes of [100, 1000, 4096]) roundTrip(catalog, maxBytes);
});

test('no multi-byte character is cut: every part is whole UTF-8', () => {
  const text = '数'.repeat(100) + '🏭'.repeat(50);
  for (const maxBytes of [6, 7, 8, 9, 10, 11]) {
    for (const part of splitIntoChunks(text, maxBytes, GROUP)) {
      assert.equal(part.payload.isWellFormed(), true);
      assert.equal(Buffer.from(part.payload, 'utf8').toString('utf8'), part.payload);
    }
    roundTrip(text, maxBytes);
  }
});

test('exact boundaries: a part is filled to exactly maxBytes, one byte less splits', () => {
  // The splitter cuts the JSON text `"aaa…"` (100 characters for 98 letters). As a string
  // payload each slice is quoted again and its `"` escaped (2 bytes each): 2 + 2 + 98 + 2.
  const letters = 'a'.repeat(98);
  const whole = splitIntoChunks(letters, 104, GROUP);
  assert.equal(whole.length, 1);
  assert.equal(serializedPayloadBytes(whole[0]?.payload), 104);
  // One byte short: the closing `"` (2 bytes) no longer fits and moves to a second part.
  assert.deepEqual(
    splitIntoChunks(letters, 103, GROUP).map((p) => serializedPayloadBytes(p.payload)),
    [102, 4],
  );
  // 101 bytes hold `"` and 97 letters exactly; the last letter and `"` follow.
  assert.deepEqual(
    splitIntoChunks(letters, 101, GROUP).map((p) => serializedPayloadBytes(p.payload)),
    [101, 5],
  );
  // Three-byte characters: `"` + 10 × '数' is 2 + 30 bytes, which fills a 34-byte part
  // exactly (with its quotes); at 33 the tenth character moves to the next part.
  const chinese = '数'.repeat(10);
  for (const [maxBytes, sizes] of [
    [36, [36]],
    [35, [34, 4]],
    [34, [34, 4]],
    [33, [31, 7]],
  ] as const) {
    const parts = splitIntoChunks(chinese, maxBytes, GROUP);
    assert.deepEqual(
      parts.map((p) => serializedPayloadBytes(p.payload)),
      sizes,
      `maxBytes ${maxBytes}`,
    );
    assert.deepEqual(joinChunks(parts), { ok: true, payload: chinese });
  }
});

test('a 9 MiB catalog is split into 4 MiB parts that each fit an envelope', () => {
  const big = { rows: 'x'.repeat(9 * 1024 * 1024) };
  const parts = splitIntoChunks(big, MAX_PAYLOAD_BYTES, GROUP);
  assert.equal(parts.length, 3);
  for (const part of parts) assert.ok(serializedPayloadBytes(part.payload) <= MAX_PAYLOAD_BYTES);
  assert.deepEqual(joinChunks(parts), { ok: true, payload: big });
});

test('bad sizes and unserializable payloads are refused', () => {
  assert.throws(() => splitIntoChunks({}, 5, GROUP), RangeError);
  assert.throws(() => splitIntoChunks({}, MAX_PAYLOAD_BYTES + 1, GROUP), RangeError);
  assert.throws(() => splitIntoChunks({}, 10.5, GROUP), RangeError);
  assert.throws(() => splitIntoChunks(undefined, 100, GROUP), TypeError);
  assert.throws(() => splitIntoChunks('y'.repeat(5000 * 4), 6, GROUP), /4096/);
});

test('missing parts are reported with their indexes', () => {
  const parts = splitIntoChunks(buildCatalog(20), 200, GROUP);
  assert.ok(parts.length > 3);
  const joined = joinChunks(parts.filter((p) => p.chunk.index !== 1 && p.chunk.index !== 3));
  assert.deepEqual(joined.ok ? 'joined' : [joined.code, joined.missing], [
    'FED_CHUNK_MISSING',
    [1, 3],
  ]);
  assert.equal(joinChunks([]).ok, false);
});

test('parts that disagree, or two different parts at one index, are inconsistent', () => {
  const parts = splitIntoChunks(buildCatalog(20), 200, GROUP);
  const [first, second] = parts;
  assert.ok(first !== undefined && second !== undefined);
  const cases = [
    [...parts, { ...second, chunk: { ...second.chunk, groupId: 'other' } }],
    [...parts, { ...second, chunk: { ...second.chunk, count: parts.length + 1 } }],
    [...parts, { ...second, chunk: { ...second.chunk, index: parts.length } }],
    [...parts, { ...second, payload: `${second.payload}x` }],
    [...parts, { chunk: second.chunk, payload: { not: 'a string' } }],
    [...parts, { payload: 'no chunk field' }],
  ];
  for (const [i, set] of cases.entries()) {
    const joined = joinChunks(set);
    assert.equal(!joined.ok && joined.code, 'FED_CHUNK_INCONSISTENT', `case ${i}`);
  }
  // The same part twice (a redelivery) is fine.
  assert.equal(joinChunks([...parts, first]).ok, true);
});

test('complete parts whose text is not JSON are corrupt', () => {
  const parts = splitIntoChunks({ a: 1 }, 6, GROUP).map((p, i) =>
    i === 0 ? { ...p, payload: '[' } : p,
  );
  const joined = joinChunks(parts);
  assert.equal(!joined.ok && joined.code, 'FED_CHUNK_CORRUPT');
});

test('utf8ByteLength agrees with Buffer for mixed text and lone surrogates', () => {
  for (const text of ['', 'abc', 'é', '数据', '🏭', 'a数🏭é\u2028', '\ud800x', 'x\udc00']) {
    assert.equal(utf8ByteLength(text), Buffer.byteLength(text, 'utf8'), JSON.stringify(text));
  }
  assert.equal(serializedPayloadBytes(undefined), Number.POSITIVE_INFINITY);
});
