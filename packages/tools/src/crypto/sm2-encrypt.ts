/**
 * SM2 public-key encryption (GB/T 32918.4-2016), for small secrets such as wrapping an SM4 key
 * for another node. Ciphertext is hex of C1 ‖ C3 ‖ C2: C1 the uncompressed ephemeral point
 * (`04‖x1‖y1`, 65 bytes), C3 the 32-byte SM3 check value, C2 the masked message — the order of
 * the 2016 standard, not the older C1C2C3. No ASN.1 (GM/T 0009) wrapping.
 */
import { sm2 } from 'sm-crypto-v2';
import { isHex, ownedBytes, toBytes } from './bytes.ts';
import { CryptoError } from './crypto-error.ts';
import { requireSm2PrivateKey, requireSm2PublicKey } from './sm2-keys.ts';

const C1C3C2 = 1;
/** 04 ‖ x1 ‖ y1 ‖ C3, in hex: the fixed part of every ciphertext. */
const OVERHEAD_HEX = 2 + 128 + 64;

/**
 * Encrypts `plaintext` (UTF-8 when a string; must not be empty) to `publicKey`. Each call uses
 * a fresh ephemeral key, so the same input encrypts differently every time. Throws
 * CRYPTO_BAD_KEY for an invalid public key, CRYPTO_MALFORMED for an empty plaintext.
 *
 * @example
 * const wrapped = sm2Encrypt(provincePublicKey, generateSm4Key());
 */
export function sm2Encrypt(publicKey: string, plaintext: Uint8Array | string): string {
  const key = requireSm2PublicKey(publicKey);
  const bytes = toBytes(plaintext);
  if (bytes.byteLength === 0) {
    throw new CryptoError(
      'CRYPTO_MALFORMED',
      'SM2 不能加密空消息 / SM2 cannot encrypt an empty message',
    );
  }
  return `04${sm2.doEncrypt(bytes, key.point, C1C3C2)}`;
}

/**
 * Decrypts a {@link sm2Encrypt} ciphertext. Throws CRYPTO_MALFORMED when it is not hex of the
 * right shape or C1 is not a curve point, CRYPTO_TAMPERED when the C3 check fails (changed
 * ciphertext or wrong private key), CRYPTO_BAD_KEY for an invalid private key.
 *
 * @example
 * const sm4Key = sm2Decrypt(privateKey, wrapped);
 */
export function sm2Decrypt(privateKey: string, ciphertext: string): Uint8Array {
  const d = requireSm2PrivateKey(privateKey);
  if (
    typeof ciphertext !== 'string' ||
    !isHex(ciphertext) ||
    ciphertext.length <= OVERHEAD_HEX ||
    !ciphertext.startsWith('04')
  ) {
    throw new CryptoError(
      'CRYPTO_MALFORMED',
      'SM2 密文格式错误：应为十六进制 04‖C1‖C3‖C2 / malformed SM2 ciphertext: expected hex 04‖C1‖C3‖C2',
    );
  }
  let plain: Uint8Array;
  try {
    plain = sm2.doDecrypt(ciphertext.slice(2).toLowerCase(), d, C1C3C2, { output: 'array' });
  } catch (cause) {
    throw new CryptoError(
      'CRYPTO_MALFORMED',
      'SM2 密文的 C1 不是曲线上的点 / SM2 ciphertext C1 is not a curve point',
      {
        cause,
      },
    );
  }
  // sm-crypto-v2 signals a failed C3 check with an empty plain array (not a Uint8Array, despite
  // its types); C2 is never empty here, so `length` 0 can only mean that.
  if (plain.length === 0) {
    throw new CryptoError(
      'CRYPTO_TAMPERED',
      'SM2 密文校验失败：被篡改或私钥不符 / SM2 ciphertext check failed: tampered or wrong private key',
    );
  }
  return ownedBytes(plain);
}
