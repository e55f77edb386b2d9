/**
 * Authenticated SM4 encryption: SM4-CTR, then HMAC-SM3 over everything that matters
 * (encrypt-then-MAC), packed in one compact string. See docs/crypto.md "Sealed format".
 *
 *   sealed  = "sm4.v1." b64u(iv) "." b64u(ciphertext) "." b64u(tag)
 *   encKey  = HMAC-SM3(key, "shuan/sm4.v1/enc")[0..16)
 *   macKey  = HMAC-SM3(key, "shuan/sm4.v1/mac")                      (32 bytes)
 *   tag     = HMAC-SM3(macKey, "sm4.v1" ‖ iv ‖ u64be(len(aad)) ‖ aad ‖ ciphertext)
 */
import { Buffer } from 'node:buffer';
import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';
import { decodeBase64urlStrict, encodeBase64url, ownedBytes, toBytes } from './bytes.ts';
import { CryptoError } from './crypto-error.ts';
import { hmacSm3Bytes, SM3_DIGEST_BYTES } from './sm3.ts';
import { assertSm4Key, SM4_BLOCK_BYTES, SM4_KEY_BYTES } from './sm4.ts';

/** The version tag that starts every sealed string (and is authenticated). */
export const SEALED_SM4_VERSION = 'sm4.v1';

const VERSION_BYTES = Buffer.from(SEALED_SM4_VERSION, 'ascii');
const ENC_LABEL = 'shuan/sm4.v1/enc';
const MAC_LABEL = 'shuan/sm4.v1/mac';
const EMPTY = new Uint8Array(0);

interface Subkeys {
  enc: Uint8Array;
  mac: Uint8Array;
}

/** Separate keys for SM4 and HMAC, so the one key never serves two algorithms. */
function deriveSubkeys(key: Uint8Array): Subkeys {
  assertSm4Key(key);
  return {
    enc: hmacSm3Bytes(key, ENC_LABEL).subarray(0, SM4_KEY_BYTES),
    mac: hmacSm3Bytes(key, MAC_LABEL),
  };
}

function wipe(keys: Subkeys): void {
  keys.enc.fill(0);
  keys.mac.fill(0);
}

function computeTag(
  mac: Uint8Array,
  iv: Uint8Array,
  aad: Uint8Array,
  ciphertext: Uint8Array,
): Buffer {
  const aadLength = Buffer.alloc(8);
  aadLength.writeBigUInt64BE(BigInt(aad.byteLength));
  return createHmac('sm3', mac)
    .update(VERSION_BYTES)
    .update(iv)
    .update(aadLength)
    .update(aad)
    .update(ciphertext)
    .digest();
}

/**
 * Encrypts and authenticates `plaintext` (UTF-8 when a string) under a 16-byte SM4 key.
 * `aad` (associated data) is authenticated but not stored: pass the same value to `openSm4`,
 * e.g. the table and row id, so a sealed value cannot be moved to another row.
 * A fresh random 16-byte IV is drawn for every call, so sealing the same text twice gives
 * two different strings. Throws CRYPTO_BAD_KEY for a key that is not 16 bytes.
 *
 * @example
 * const sealed = sealSm4(key, '13800138000', 'customers/42/phone');
 * // 'sm4.v1.q1Yp…. …. …'
 */
export function sealSm4(
  key: Uint8Array,
  plaintext: Uint8Array | string,
  aad?: Uint8Array | string,
): string {
  const keys = deriveSubkeys(key);
  try {
    const iv = randomBytes(SM4_BLOCK_BYTES);
    const cipher = createCipheriv('sm4-ctr', keys.enc, iv);
    const head = cipher.update(toBytes(plaintext));
    const tail = cipher.final();
    const ciphertext = tail.byteLength === 0 ? head : Buffer.concat([head, tail]);
    const tag = computeTag(keys.mac, iv, aad === undefined ? EMPTY : toBytes(aad), ciphertext);
    return `${SEALED_SM4_VERSION}.${encodeBase64url(iv)}.${encodeBase64url(ciphertext)}.${encodeBase64url(tag)}`;
  } finally {
    wipe(keys);
  }
}

interface SealedParts {
  iv: Buffer;
  ciphertext: Buffer;
  tag: Buffer;
}

function malformed(zh: string, en: string): CryptoError {
  return new CryptoError(
    'CRYPTO_MALFORMED',
    `密封数据格式错误：${zh} / malformed sealed data: ${en}`,
  );
}

/** Splits and decodes a sealed string, checking every length before any crypto runs. */
function parseSealed(sealed: string): SealedParts {
  if (typeof sealed !== 'string') throw malformed('不是字符串', 'not a string');
  const parts = sealed.split('.');
  if (parts.length !== 5) {
    throw malformed('应为 sm4.v1.<iv>.<密文>.<标签>', 'expected sm4.v1.<iv>.<ciphertext>.<tag>');
  }
  const [scheme, version, ivText, ciphertextText, tagText] = parts as [
    string,
    string,
    string,
    string,
    string,
  ];
  if (`${scheme}.${version}` !== SEALED_SM4_VERSION) {
    const seen = `${scheme.slice(0, 16)}.${version.slice(0, 16)}`;
    throw malformed(`不支持的版本“${seen}”`, `unsupported version "${seen}"`);
  }
  const iv = decodeBase64urlStrict(ivText);
  const ciphertext = decodeBase64urlStrict(ciphertextText);
  const tag = decodeBase64urlStrict(tagText);
  if (iv?.byteLength !== SM4_BLOCK_BYTES) throw malformed('初始向量无效', 'invalid IV');
  if (ciphertext === undefined)
    throw malformed('密文不是 base64url', 'ciphertext is not base64url');
  if (tag?.byteLength !== SM3_DIGEST_BYTES) throw malformed('认证标签无效', 'invalid tag');
  return { iv, ciphertext, tag };
}

/**
 * Checks and decrypts a string made by {@link sealSm4}. Throws CryptoError:
 * CRYPTO_MALFORMED when it is not a sealed string, CRYPTO_TAMPERED when any part was changed
 * or the key or `aad` differs (the two cannot be told apart, by design), CRYPTO_BAD_KEY when
 * the key is not 16 bytes. Nothing is decrypted before the tag checks out.
 *
 * @example
 * const bytes = openSm4(key, sealed, 'customers/42/phone');
 */
export function openSm4(key: Uint8Array, sealed: string, aad?: Uint8Array | string): Uint8Array {
  const keys = deriveSubkeys(key);
  try {
    const { iv, ciphertext, tag } = parseSealed(sealed);
    const expected = computeTag(keys.mac, iv, aad === undefined ? EMPTY : toBytes(aad), ciphertext);
    if (!timingSafeEqual(expected, tag)) {
      throw new CryptoError(
        'CRYPTO_TAMPERED',
        '密封数据认证失败：数据被篡改，或密钥/关联数据不符 / sealed data failed authentication: tampered, or wrong key or associated data',
      );
    }
    const decipher = createDecipheriv('sm4-ctr', keys.enc, iv);
    const head = decipher.update(ciphertext);
    const tail = decipher.final();
    return ownedBytes(tail.byteLength === 0 ? head : Buffer.concat([head, tail]));
  } finally {
    wipe(keys);
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * {@link openSm4} for text: decodes the plaintext as UTF-8, and throws CRYPTO_MALFORMED when
 * the authenticated plaintext is not valid UTF-8 (it was sealed from bytes, not text).
 *
 * @example
 * openSm4Text(key, sealSm4(key, '张三')); // '张三'
 */
export function openSm4Text(key: Uint8Array, sealed: string, aad?: Uint8Array | string): string {
  const bytes = openSm4(key, sealed, aad);
  try {
    return strictUtf8.decode(bytes);
  } catch (cause) {
    throw new CryptoError(
      'CRYPTO_MALFORMED',
      '解密结果不是 UTF-8 文本 / decrypted data is not UTF-8 text',
      {
        cause,
      },
    );
  }
}
