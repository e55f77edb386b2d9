import assert from 'node:assert/strict';
import { createDecipheriv } from 'node:crypto';
import { test } from 'node:test';
import {
  CryptoError,
  generateSm4Key,
  hmacSm3Bytes,
  openSm4,
  openSm4Text,
  sealSm4,
} from './index.ts';

const key = generateSm4Key();

function code(expected: string): (error: unknown) => boolean {
  return (error) => error instanceof CryptoError && error.code === expected;
}

/** Replaces one part of a sealed string (1 = iv, 2 = ciphertext, 3 = tag, counting after "sm4.v1"). */
function withPart(sealed: string, index: 1 | 2 | 3, change: (bytes: Buffer) => Buffer): string {
  const parts = sealed.split('.');
  const at = index + 1;
  parts[at] = change(Buffer.from(parts[at] ?? '', 'base64url')).toString('base64url');
  return parts.join('.');
}

function flipFirstBit(bytes: Buffer): Buffer {
  const copy = Buffer.from(bytes);
  copy[0] = (copy[0] ?? 0) ^ 1;
  return copy;
}

test('seal/open round trip for text, bytes, empty and 1 MiB plaintexts', () => {
  assert.equal(
    openSm4Text(key, sealSm4(key, '身份证号 110101199003076515')),
    '身份证号 110101199003076515',
  );
  const bytes = new Uint8Array(1 << 20).map((_, i) => i % 251);
  assert.deepEqual(openSm4(key, sealSm4(key, bytes)), bytes);
  assert.deepEqual(openSm4(key, sealSm4(key, new Uint8Array(0))), new Uint8Array(0));
  assert.equal(openSm4Text(key, sealSm4(key, '')), '');
});

test('the sealed string has the documented shape and a fresh IV every time', () => {
  const a = sealSm4(key, 'same text');
  const b = sealSm4(key, 'same text');
  assert.match(a, /^sm4\.v1\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{12}\.[A-Za-z0-9_-]{43}$/);
  assert.notEqual(a, b);
  assert.notEqual(a.split('.')[2], b.split('.')[2]);
});

test('the ciphertext is SM4-CTR under the derived encryption subkey (documented format)', () => {
  const sealed = sealSm4(key, 'interoperable');
  const [, , iv, ciphertext] = sealed.split('.');
  const encKey = hmacSm3Bytes(key, 'shuan/sm4.v1/enc').subarray(0, 16);
  const decipher = createDecipheriv('sm4-ctr', encKey, Buffer.from(iv ?? '', 'base64url'));
  const plain = Buffer.concat([
    decipher.update(Buffer.from(ciphertext ?? '', 'base64url')),
    decipher.final(),
  ]);
  assert.equal(plain.toString('utf8'), 'interoperable');
});

test('associated data must match to open', () => {
  const sealed = sealSm4(key, '13800138000', 'customers/42/phone');
  assert.equal(openSm4Text(key, sealed, 'customers/42/phone'), '13800138000');
  assert.equal(
    openSm4Text(key, sealed, new TextEncoder().encode('customers/42/phone')),
    '13800138000',
  );
  assert.throws(() => openSm4(key, sealed, 'customers/43/phone'), code('CRYPTO_TAMPERED'));
  assert.throws(() => openSm4(key, sealed), code('CRYPTO_TAMPERED'));
  assert.equal(openSm4Text(key, sealSm4(key, 'x'), ''), 'x', 'no aad is the same as empty aad');
});

test('a changed ciphertext, tag or IV, or a wrong key, is CRYPTO_TAMPERED', () => {
  const sealed = sealSm4(key, 'payload that matters');
  assert.throws(() => openSm4(key, withPart(sealed, 2, flipFirstBit)), code('CRYPTO_TAMPERED'));
  assert.throws(() => openSm4(key, withPart(sealed, 3, flipFirstBit)), code('CRYPTO_TAMPERED'));
  assert.throws(() => openSm4(key, withPart(sealed, 1, flipFirstBit)), code('CRYPTO_TAMPERED'));
  assert.throws(
    () =>
      openSm4(
        key,
        withPart(sealed, 2, (b) => b.subarray(0, b.length - 1)),
      ),
    code('CRYPTO_TAMPERED'),
  );
  assert.throws(
    () =>
      openSm4(
        key,
        withPart(sealed, 2, (b) => Buffer.concat([b, Buffer.from([0])])),
      ),
    code('CRYPTO_TAMPERED'),
  );
  assert.throws(() => openSm4(generateSm4Key(), sealed), code('CRYPTO_TAMPERED'));
});

test('messages are bilingual, Chinese first, and never include the plaintext', () => {
  const sealed = sealSm4(key, 'secret-value');
  try {
    openSm4(generateSm4Key(), sealed);
    assert.fail('should throw');
  } catch (error) {
    assert.ok(error instanceof CryptoError);
    assert.match(error.message, /^[\u4e00-\u9fff].* \/ [A-Za-z]/);
    assert.doesNotMatch(error.message, /secret-value/);
  }
});

test('strings that are not sealed values are CRYPTO_MALFORMED', () => {
  const sealed = sealSm4(key, 'x');
  const [, , iv, ciphertext, tag] = sealed.split('.');
  const malformed = [
    '',
    'not sealed',
    sealed.replace('sm4.v1', 'sm4.v2'),
    sealed.replace('sm4.v1', 'aes.v1'),
    `${sealed}.extra`,
    sealed.split('.').slice(0, 4).join('.'),
    `sm4.v1.${iv ?? ''}.${ciphertext ?? ''}.${(tag ?? '').slice(0, -2)}`,
    `sm4.v1.${(iv ?? '').slice(0, -1)}.${ciphertext ?? ''}.${tag ?? ''}`,
    `sm4.v1.${iv ?? ''}.${ciphertext ?? ''}=.${tag ?? ''}`,
    `sm4.v1.${iv ?? ''}.${ciphertext ?? ''}.${(tag ?? '').slice(0, -1)}+`,
    `sm4.v1.${iv ?? ''}.${ciphertext ?? ''}.${(tag ?? '').slice(0, -1)}B`, // non-canonical last char
  ];
  for (const text of malformed)
    assert.throws(() => openSm4(key, text), code('CRYPTO_MALFORMED'), text);
});

test('a key that is not 16 bytes is CRYPTO_BAD_KEY on seal and open', () => {
  const sealed = sealSm4(key, 'x');
  assert.throws(() => sealSm4(new Uint8Array(32), 'x'), code('CRYPTO_BAD_KEY'));
  assert.throws(() => openSm4(new Uint8Array(15), sealed), code('CRYPTO_BAD_KEY'));
  assert.throws(() => openSm4(new Uint8Array(15), 'garbage'), code('CRYPTO_BAD_KEY'));
});

test('openSm4Text refuses authenticated bytes that are not UTF-8', () => {
  const sealed = sealSm4(key, new Uint8Array([0xff, 0xfe, 0x00]));
  assert.throws(() => openSm4Text(key, sealed), code('CRYPTO_MALFORMED'));
  assert.deepEqual(openSm4(key, sealed), new Uint8Array([0xff, 0xfe, 0x00]));
});
