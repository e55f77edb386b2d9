import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  CryptoError,
  generateSm2KeyPair,
  generateSm4Key,
  sm2Decrypt,
  sm2Encrypt,
} from './index.ts';
import { decryptC1C3C2, hexInt, type TextbookCurve } from './testing/sm2-textbook.ts';

const SM2_CURVE: TextbookCurve = {
  p: hexInt('FFFFFFFE FFFFFFFF FFFFFFFF FFFFFFFF FFFFFFFF 00000000 FFFFFFFF FFFFFFFF'),
  a: hexInt('FFFFFFFE FFFFFFFF FFFFFFFF FFFFFFFF FFFFFFFF 00000000 FFFFFFFF FFFFFFFC'),
  b: hexInt('28E9FA9E 9D9F5E34 4D5A9E4B CF6509A7 F39789F5 15AB8F92 DDBCBD41 4D940E93'),
  n: hexInt('FFFFFFFE FFFFFFFF FFFFFFFF FFFFFFFF 7203DF6B 21C6052B 53BBF409 39D54123'),
  gx: hexInt('32C4AE2C 1F198119 5F990446 6A39C994 8FE30BBF F2660BE1 715A4589 334C74C7'),
  gy: hexInt('BC3736A2 F4F6779C 59BDCEE3 6B692153 D0A9877C C62A4740 02DF32E5 2139F0A0'),
};

const { publicKey, privateKey } = generateSm2KeyPair();

function code(expected: string): (error: unknown) => boolean {
  return (error) => error instanceof CryptoError && error.code === expected;
}

/** Flips one bit of the byte at `index` of a hex string. */
function flipByte(hex: string, index: number): string {
  const bytes = Buffer.from(hex, 'hex');
  bytes[index] = (bytes[index] ?? 0) ^ 1;
  return bytes.toString('hex');
}

test('sm2Encrypt/sm2Decrypt round trip for bytes and text', () => {
  const sm4Key = generateSm4Key();
  assert.deepEqual(sm2Decrypt(privateKey, sm2Encrypt(publicKey, sm4Key)), sm4Key);
  const text = sm2Decrypt(privateKey, sm2Encrypt(publicKey, '省级节点密钥 province key'));
  assert.equal(new TextDecoder().decode(text), '省级节点密钥 province key');
  assert.notEqual(
    sm2Encrypt(publicKey, 'same'),
    sm2Encrypt(publicKey, 'same'),
    'ephemeral key per call',
  );
});

test('the ciphertext is 04‖C1‖C3‖C2 as GB/T 32918.4 defines it (textbook decryption agrees)', () => {
  const ciphertext = sm2Encrypt(publicKey, 'GB/T 32918.4');
  assert.match(ciphertext, /^04[0-9a-f]{192}[0-9a-f]+$/);
  assert.equal(ciphertext.length, 2 * (65 + 32 + 'GB/T 32918.4'.length));
  const plain = decryptC1C3C2(SM2_CURVE, BigInt(`0x${privateKey}`), Buffer.from(ciphertext, 'hex'));
  assert.equal(plain?.toString('utf8'), 'GB/T 32918.4');
});

test('changed C2 or C3, or the wrong private key, is CRYPTO_TAMPERED', () => {
  const ciphertext = sm2Encrypt(publicKey, 'wrapped key');
  assert.throws(() => sm2Decrypt(privateKey, flipByte(ciphertext, 65)), code('CRYPTO_TAMPERED'));
  assert.throws(
    () => sm2Decrypt(privateKey, flipByte(ciphertext, 65 + 32)),
    code('CRYPTO_TAMPERED'),
  );
  assert.throws(
    () => sm2Decrypt(generateSm2KeyPair().privateKey, ciphertext),
    code('CRYPTO_TAMPERED'),
  );
});

test('malformed ciphertexts are CRYPTO_MALFORMED; bad keys are CRYPTO_BAD_KEY; empty input refused', () => {
  const ciphertext = sm2Encrypt(publicKey, 'x');
  for (const bad of [
    '',
    'zz',
    ciphertext.slice(2),
    ciphertext.slice(0, 194),
    `05${ciphertext.slice(2)}`,
    flipByte(ciphertext, 1),
  ]) {
    assert.throws(() => sm2Decrypt(privateKey, bad), code('CRYPTO_MALFORMED'), bad.slice(0, 20));
  }
  assert.throws(() => sm2Encrypt(publicKey, ''), code('CRYPTO_MALFORMED'));
  assert.throws(() => sm2Encrypt('04abc', 'x'), code('CRYPTO_BAD_KEY'));
  assert.throws(() => sm2Decrypt('0'.repeat(64), ciphertext), code('CRYPTO_BAD_KEY'));
});
