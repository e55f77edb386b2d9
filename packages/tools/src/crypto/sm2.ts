/**
 * SM2 digital signatures (GB/T 32918.2-2016) on the recommended curve. The elliptic-curve
 * arithmetic is `sm-crypto-v2` (built on @noble/curves); ZA and e = SM3(ZA ‖ M) are computed
 * here with Node's SM3. Node's own SM2 signing is not used: it signs ECDSA-style or with an
 * empty user id, and fails the standard example.
 *
 * Signatures are raw r ‖ s: 128 lower-case hex characters (two 32-byte big-endian integers),
 * not DER.
 */
import { sm2 } from 'sm-crypto-v2';
import { CryptoError } from './crypto-error.ts';
import {
  parseSm2PublicKey,
  requireSm2PrivateKey,
  requireSm2PublicKey,
  SM2_CURVE_N,
  sm2MessageDigest,
  userIdBytes,
} from './sm2-keys.ts';

/** An SM2 key pair as hex: private key 64 digits, public key uncompressed `04‖x‖y` (130). */
export interface Sm2KeyPair {
  publicKey: string;
  privateKey: string;
}

/** Options shared by signing and verifying. */
export interface Sm2Options {
  /** The signer's distinguishing identifier (UTF-8); default `1234567812345678`. */
  userId?: string;
}

/** Signing options. */
export interface Sm2SignOptions extends Sm2Options {
  /**
   * The signer's own public key, to skip deriving it from the private key (about a third of
   * the cost of a signature). It must belong to the private key: a mismatched one produces
   * signatures that no one can verify.
   */
  publicKey?: string;
}

const SIGNATURE = /^[0-9a-fA-F]{128}$/;

/**
 * A fresh SM2 key pair from the system CSPRNG.
 *
 * @example
 * const { publicKey, privateKey } = generateSm2KeyPair(); // publicKey starts with '04'
 */
export function generateSm2KeyPair(): Sm2KeyPair {
  const pair = sm2.generateKeyPairHex();
  return { publicKey: pair.publicKey, privateKey: pair.privateKey };
}

/**
 * The uncompressed public key (`04…`, 130 hex) of a private key. Throws CRYPTO_BAD_KEY.
 *
 * @example
 * sm2PublicKeyFromPrivateKey(privateKey) === publicKey; // true
 */
export function sm2PublicKeyFromPrivateKey(privateKey: string): string {
  return sm2.getPublicKeyFromPrivateKey(requireSm2PrivateKey(privateKey));
}

/**
 * True when `publicKey` is a hex point of the SM2 curve (uncompressed `04…` or compressed
 * `02…`/`03…`). Never throws.
 *
 * @example
 * isSm2PublicKey('04' + '00'.repeat(64)); // false
 */
export function isSm2PublicKey(publicKey: string): boolean {
  return parseSm2PublicKey(publicKey) !== undefined;
}

/**
 * Signs `message` (UTF-8 when a string) as GB/T 32918.2 specifies: e = SM3(ZA ‖ M) with the
 * signer's user id, then a random k. Returns r ‖ s as 128 hex characters. Throws
 * CRYPTO_BAD_KEY for an invalid private (or given public) key and CRYPTO_MALFORMED for a user
 * id longer than 8191 bytes.
 *
 * @example
 * const signature = sm2Sign(privateKey, reportJson, { publicKey });
 */
export function sm2Sign(
  privateKey: string,
  message: Uint8Array | string,
  options: Sm2SignOptions = {},
): string {
  const d = requireSm2PrivateKey(privateKey);
  const key = requireSm2PublicKey(options.publicKey ?? sm2.getPublicKeyFromPrivateKey(d));
  const id = userIdBytes(options.userId);
  if (id === undefined) {
    throw new CryptoError(
      'CRYPTO_MALFORMED',
      'SM2 用户标识超过 8191 字节 / SM2 user id exceeds 8191 bytes',
    );
  }
  return sm2.doSignature(sm2MessageDigest(key, id, message), d);
}

/**
 * Verifies an r ‖ s signature (128 hex) of `message` under `publicKey` and the same user id
 * that signed it. Returns false — never throws — for a wrong signature and for anything
 * malformed: bad hex, r or s outside [1, n−1], a public key that is not a curve point, an
 * over-long user id.
 *
 * @example
 * if (!sm2Verify(publicKey, reportJson, signature)) reject();
 */
export function sm2Verify(
  publicKey: string,
  message: Uint8Array | string,
  signature: string,
  options: Sm2Options = {},
): boolean {
  try {
    if (typeof signature !== 'string' || !SIGNATURE.test(signature)) return false;
    const r = BigInt(`0x${signature.slice(0, 64)}`);
    const s = BigInt(`0x${signature.slice(64)}`);
    if (r < 1n || r >= SM2_CURVE_N || s < 1n || s >= SM2_CURVE_N) return false;
    const key = parseSm2PublicKey(publicKey);
    const id = userIdBytes(options.userId);
    if (key === undefined || id === undefined) return false;
    return sm2.doVerifySignature(
      sm2MessageDigest(key, id, message),
      signature.toLowerCase(),
      key.point,
    );
  } catch {
    return false;
  }
}
