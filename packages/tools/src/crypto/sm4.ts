/**
 * SM4 (GB/T 32907-2016) keys and the raw CBC helpers, on Node's built-in OpenSSL SM4.
 * CBC is unauthenticated: use it only to exchange data with systems that require SM4-CBC,
 * and prefer `sealSm4` everywhere else.
 */
import { Buffer } from 'node:buffer';
import { createCipheriv, createDecipheriv, getRandomValues } from 'node:crypto';
import { asBuffer, ownedBytes, toBytes } from './bytes.ts';
import { CryptoError } from './crypto-error.ts';

/** SM4 key length in bytes (128-bit keys only). */
export const SM4_KEY_BYTES = 16;
/** SM4 block length in bytes; also the length of a CBC IV. */
export const SM4_BLOCK_BYTES = 16;

/**
 * A fresh random SM4 key (16 bytes from the operating system's CSPRNG).
 *
 * @example
 * const key = generateSm4Key(); // keep it in a key store, never next to the data
 */
export function generateSm4Key(): Uint8Array {
  return getRandomValues(new Uint8Array(SM4_KEY_BYTES));
}

/** Throws CRYPTO_BAD_KEY unless `key` is a 16-byte array. */
export function assertSm4Key(key: Uint8Array): void {
  if (!(key instanceof Uint8Array) || key.byteLength !== SM4_KEY_BYTES) {
    throw new CryptoError(
      'CRYPTO_BAD_KEY',
      `SM4 密钥必须是 ${SM4_KEY_BYTES} 字节 / SM4 key must be ${SM4_KEY_BYTES} bytes`,
    );
  }
}

function assertIv(iv: Uint8Array): void {
  if (!(iv instanceof Uint8Array) || iv.byteLength !== SM4_BLOCK_BYTES) {
    throw new CryptoError(
      'CRYPTO_MALFORMED',
      `SM4-CBC 初始向量必须是 ${SM4_BLOCK_BYTES} 字节 / SM4-CBC IV must be ${SM4_BLOCK_BYTES} bytes`,
    );
  }
}

/**
 * SM4-CBC encryption with PKCS#7 padding (output is 1–16 bytes longer than the input).
 * Strings are encrypted as UTF-8. The IV must be unpredictable and never reused with a key.
 *
 * @example
 * const iv = getRandomValues(new Uint8Array(16));
 * const ciphertext = sm4EncryptCbc(key, iv, '工艺参数');
 */
export function sm4EncryptCbc(
  key: Uint8Array,
  iv: Uint8Array,
  data: Uint8Array | string,
): Uint8Array {
  assertSm4Key(key);
  assertIv(iv);
  const cipher = createCipheriv('sm4-cbc', asBuffer(key), asBuffer(iv));
  const head = cipher.update(toBytes(data));
  return ownedBytes(Buffer.concat([head, cipher.final()]));
}

/**
 * SM4-CBC decryption that removes PKCS#7 padding. Throws CRYPTO_MALFORMED when the length is
 * not a whole number of blocks or the padding is wrong (which also happens with a wrong key:
 * CBC cannot tell the two apart — another reason to prefer `openSm4`).
 *
 * @example
 * new TextDecoder().decode(sm4DecryptCbc(key, iv, ciphertext)); // '工艺参数'
 */
export function sm4DecryptCbc(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array {
  assertSm4Key(key);
  assertIv(iv);
  if (data.byteLength === 0 || data.byteLength % SM4_BLOCK_BYTES !== 0) {
    throw new CryptoError(
      'CRYPTO_MALFORMED',
      'SM4-CBC 密文长度必须是 16 的正整数倍 / SM4-CBC ciphertext length must be a positive multiple of 16',
    );
  }
  const decipher = createDecipheriv('sm4-cbc', asBuffer(key), asBuffer(iv));
  try {
    const head = decipher.update(data);
    return ownedBytes(Buffer.concat([head, decipher.final()]));
  } catch (cause) {
    throw new CryptoError(
      'CRYPTO_MALFORMED',
      'SM4-CBC 填充无效（密文或密钥错误）/ invalid SM4-CBC padding (wrong ciphertext or key)',
      { cause },
    );
  }
}
