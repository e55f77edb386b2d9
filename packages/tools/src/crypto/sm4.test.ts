import assert from 'node:assert/strict';
import { createCipheriv } from 'node:crypto';
import { test } from 'node:test';
import { CryptoError, generateSm4Key, sm4DecryptCbc, sm4EncryptCbc } from './index.ts';

// GB/T 32907-2016 Appendix A, as recorded in regulations.md §7.
const KEY = Buffer.from('0123456789abcdeffedcba9876543210', 'hex');
const ONE_BLOCK = '681edf34d206965e86b3e94f536e4246';
const MILLION = '595298c7c6fd271f0402f804c33d3f66';
const ZERO_IV = new Uint8Array(16);

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex');
}

test('sm4EncryptCbc gives the standard one-block ciphertext (zero IV: first block = ECB)', () => {
  const out = sm4EncryptCbc(new Uint8Array(KEY), ZERO_IV, new Uint8Array(KEY));
  assert.equal(out.length, 32, 'one data block plus one PKCS#7 padding block');
  assert.equal(hex(out.subarray(0, 16)), ONE_BLOCK);
});

test('the SM4 we build on passes the 1,000,000-encryption standard vector', () => {
  const ecb = createCipheriv('sm4-ecb', KEY, null).setAutoPadding(false);
  let block: Buffer = KEY;
  for (let i = 0; i < 1_000_000; i += 1) block = ecb.update(block);
  assert.equal(block.toString('hex'), MILLION);
});

test('sm4DecryptCbc inverts sm4EncryptCbc for every padding length', () => {
  const key = generateSm4Key();
  const iv = generateSm4Key();
  for (let length = 0; length <= 33; length += 1) {
    const data = new Uint8Array(length).map((_, i) => i * 7);
    const ciphertext = sm4EncryptCbc(key, iv, data);
    assert.equal(ciphertext.length, (Math.floor(length / 16) + 1) * 16);
    assert.deepEqual(sm4DecryptCbc(key, iv, ciphertext), data);
  }
  assert.equal(
    new TextDecoder().decode(sm4DecryptCbc(key, iv, sm4EncryptCbc(key, iv, '工艺参数'))),
    '工艺参数',
  );
});

test('sm4 CBC decrypts what OpenSSL sm4-cbc encrypts (interoperability)', () => {
  const iv = Buffer.from('fedcba98765432100123456789abcdef', 'hex');
  const cipher = createCipheriv('sm4-cbc', KEY, iv);
  const theirs = Buffer.concat([cipher.update('hello world! 我是 juneandgreen.'), cipher.final()]);
  assert.equal(
    new TextDecoder().decode(sm4DecryptCbc(new Uint8Array(KEY), new Uint8Array(iv), theirs)),
    'hello world! 我是 juneandgreen.',
  );
});

test('generateSm4Key gives 16 fresh bytes', () => {
  const a = generateSm4Key();
  assert.equal(a.length, 16);
  assert.notDeepEqual(a, generateSm4Key());
});

test('sm4 CBC rejects wrong key and IV lengths and bad ciphertexts with codes', () => {
  const code = (c: string) => (error: unknown) => error instanceof CryptoError && error.code === c;
  assert.throws(() => sm4EncryptCbc(new Uint8Array(15), ZERO_IV, 'x'), code('CRYPTO_BAD_KEY'));
  assert.throws(
    () => sm4DecryptCbc(new Uint8Array(32), ZERO_IV, new Uint8Array(16)),
    code('CRYPTO_BAD_KEY'),
  );
  assert.throws(
    () => sm4EncryptCbc(new Uint8Array(KEY), new Uint8Array(12), 'x'),
    code('CRYPTO_MALFORMED'),
  );
  assert.throws(
    () => sm4DecryptCbc(new Uint8Array(KEY), ZERO_IV, new Uint8Array(17)),
    code('CRYPTO_MALFORMED'),
  );
  assert.throws(
    () => sm4DecryptCbc(new Uint8Array(KEY), ZERO_IV, new Uint8Array(0)),
    code('CRYPTO_MALFORMED'),
  );
  const good = sm4EncryptCbc(new Uint8Array(KEY), ZERO_IV, 'abc');
  assert.throws(() => sm4DecryptCbc(generateSm4Key(), ZERO_IV, good), code('CRYPTO_MALFORMED'));
});
