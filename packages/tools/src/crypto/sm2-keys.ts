/**
 * SM2 key parsing and validation (GB/T 32918.1/.5 recommended curve), the ZA user-identity
 * digest, and a small cache of parsed public keys. Parsing a public key into a point with a
 * precomputed window table costs a few milliseconds but makes every later verification with
 * that key ~15× faster, so servers that verify many signatures of a few keys stay fast.
 */
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { sm2 } from 'sm-crypto-v2';
import { isHex, toBytes } from './bytes.ts';
import { CryptoError } from './crypto-error.ts';

/** The user id most libraries use when none is agreed (GM/T 0009); ENTL = 0x0080. */
export const SM2_DEFAULT_USER_ID = '1234567812345678';

/** Order n of the recommended curve's base point (GB/T 32918.5). */
export const SM2_CURVE_N = BigInt(
  '0xFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFF7203DF6B21C6052B53BBF40939D54123',
);

/** a ‖ b ‖ Gx ‖ Gy of the recommended curve: the constant middle of ZA. */
const CURVE_PARAMS = Buffer.from(
  'FFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF00000000FFFFFFFFFFFFFFFC' +
    '28E9FA9E9D9F5E344D5A9E4BCF6509A7F39789F515AB8F92DDBCBD414D940E93' +
    '32C4AE2C1F1981195F9904466A39C9948FE30BBFF2660BE1715A4589334C74C7' +
    'BC3736A2F4F6779C59BDCEE36B692153D0A9877CC62A474002DF32E52139F0A0',
  'hex',
);

/** ENTL is a 16-bit count of bits, so an id can be at most 8191 bytes. */
const MAX_USER_ID_BYTES = 8191;
const PRECOMPUTE_WINDOW = 4;
const CACHE_LIMIT = 256;

/** A public key point, with its window table once precomputed. */
export type Sm2Point = ReturnType<typeof sm2.precomputePublicKey>;

/** A parsed, validated public key. */
export interface Sm2PublicKey {
  point: Sm2Point;
  /** xA ‖ yA, 64 bytes, as hashed into ZA. */
  xy: Buffer;
}

const cache = new Map<string, Sm2PublicKey>();

/**
 * Parses an uncompressed (`04…`, 130 hex) or compressed (`02…`/`03…`, 66 hex) public key, or
 * returns undefined when it is not a point of the curve (never throws). Results are kept in a
 * least-recently-used cache of 256 keys (public keys are not secret).
 */
export function parseSm2PublicKey(publicKey: string): Sm2PublicKey | undefined {
  if (typeof publicKey !== 'string' || !isHex(publicKey)) return undefined;
  const hex = publicKey.toLowerCase();
  const cached = cache.get(hex);
  if (cached !== undefined) {
    cache.delete(hex);
    cache.set(hex, cached);
    return cached;
  }
  const prefix = hex.slice(0, 2);
  const shapeOk =
    (hex.length === 130 && prefix === '04') ||
    (hex.length === 66 && (prefix === '02' || prefix === '03'));
  if (!shapeOk) return undefined;
  let point: Sm2Point;
  try {
    point = sm2.precomputePublicKey(hex, PRECOMPUTE_WINDOW);
  } catch {
    return undefined;
  }
  const parsed: Sm2PublicKey = { point, xy: Buffer.from(point.toHex(false).slice(2), 'hex') };
  if (cache.size >= CACHE_LIMIT) {
    const oldest = cache.keys().next();
    if (oldest.done !== true) cache.delete(oldest.value);
  }
  cache.set(hex, parsed);
  return parsed;
}

/** {@link parseSm2PublicKey} that throws CRYPTO_BAD_KEY instead of returning undefined. */
export function requireSm2PublicKey(publicKey: string): Sm2PublicKey {
  const parsed = parseSm2PublicKey(publicKey);
  if (parsed === undefined) {
    throw new CryptoError('CRYPTO_BAD_KEY', 'SM2 公钥无效 / invalid SM2 public key');
  }
  return parsed;
}

/**
 * Validates a private key (64 hex digits, 1 ≤ d ≤ n−2 as GB/T 32918.1 requires, since 1 + d
 * must be invertible) and returns it in lower case. Throws CRYPTO_BAD_KEY otherwise.
 */
export function requireSm2PrivateKey(privateKey: string): string {
  if (typeof privateKey === 'string' && privateKey.length === 64 && isHex(privateKey)) {
    const d = BigInt(`0x${privateKey}`);
    if (d >= 1n && d <= SM2_CURVE_N - 2n) return privateKey.toLowerCase();
  }
  throw new CryptoError(
    'CRYPTO_BAD_KEY',
    'SM2 私钥必须是 64 位十六进制且在 [1, n−2] 内 / SM2 private key must be 64 hex digits in [1, n−2]',
  );
}

/** The user id as bytes, or undefined when it is too long for ENTL. */
export function userIdBytes(userId: string | undefined): Uint8Array | undefined {
  const bytes = toBytes(userId ?? SM2_DEFAULT_USER_ID);
  return bytes.byteLength <= MAX_USER_ID_BYTES ? bytes : undefined;
}

/**
 * e = SM3(ZA ‖ M) with ZA = SM3(ENTL ‖ ID ‖ a ‖ b ‖ Gx ‖ Gy ‖ xA ‖ yA) (GB/T 32918.2 §6.1),
 * computed with Node's native SM3 so long messages hash at full speed.
 */
export function sm2MessageDigest(
  key: Sm2PublicKey,
  id: Uint8Array,
  message: Uint8Array | string,
): Buffer {
  const entl = Buffer.alloc(2);
  entl.writeUInt16BE(id.byteLength * 8);
  const za = createHash('sm3').update(entl).update(id).update(CURVE_PARAMS).update(key.xy).digest();
  return createHash('sm3').update(za).update(message).digest();
}
