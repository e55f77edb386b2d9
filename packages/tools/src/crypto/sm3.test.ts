import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hmacSm3, hmacSm3Bytes, sm3, sm3Bytes } from './index.ts';

// GB/T 32905-2016 Appendix A, as recorded in regulations.md §7.
const ABC = '66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0';
const ABCD16 = 'debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732';

test('sm3 matches the standard vector for "abc"', () => {
  assert.equal(sm3('abc'), ABC);
  assert.equal(sm3(new Uint8Array([0x61, 0x62, 0x63])), ABC);
});

test('sm3 matches the standard vector for the 64-byte "abcd"×16', () => {
  assert.equal(sm3('abcd'.repeat(16)), ABCD16);
});

test('sm3Bytes is the same digest as bytes, in a plain Uint8Array', () => {
  const bytes = sm3Bytes('abc');
  assert.equal(bytes.length, 32);
  assert.equal(Object.getPrototypeOf(bytes), Uint8Array.prototype);
  assert.equal(Buffer.from(bytes).toString('hex'), ABC);
});

test('sm3 hashes strings as UTF-8', () => {
  assert.equal(sm3('数安'), sm3(new TextEncoder().encode('数安')));
  assert.notEqual(sm3('数安'), sm3('数'));
});

test('hmacSm3 follows RFC 2104 with SM3 (64-byte block)', () => {
  // HMAC computed by hand from the definition, to pin the construction, not just consistency.
  const key = new TextEncoder().encode('key');
  const block = new Uint8Array(64);
  block.set(key);
  const inner = sm3Bytes(
    Buffer.concat([block.map((b) => b ^ 0x36), Buffer.from('The quick brown fox')]),
  );
  const outer = sm3(Buffer.concat([block.map((b) => b ^ 0x5c), inner]));
  assert.equal(hmacSm3(key, 'The quick brown fox'), outer);
  assert.equal(hmacSm3('key', 'The quick brown fox'), outer);
  assert.equal(Buffer.from(hmacSm3Bytes(key, 'The quick brown fox')).toString('hex'), outer);
});

test('hmacSm3 changes with the key and with the data', () => {
  assert.notEqual(hmacSm3('k1', 'data'), hmacSm3('k2', 'data'));
  assert.notEqual(hmacSm3('k1', 'data'), hmacSm3('k1', 'date'));
});
