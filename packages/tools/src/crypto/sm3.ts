/**
 * SM3 (GB/T 32905-2016) and HMAC-SM3, on Node's built-in OpenSSL implementation, which passes
 * the standard vectors and runs at native speed.
 */
import { createHash, createHmac, hash } from 'node:crypto';
import { ownedBytes } from './bytes.ts';

/** Length of an SM3 digest in bytes. */
export const SM3_DIGEST_BYTES = 32;

/**
 * The SM3 digest of `data` as 64 lower-case hex characters. Strings are hashed as UTF-8.
 *
 * @example
 * sm3('abc'); // '66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0'
 */
export function sm3(data: Uint8Array | string): string {
  // One-shot: no Hash object per call (every received envelope is hashed once).
  return hash('sm3', data, 'hex');
}

/**
 * The SM3 digest of `data` as 32 bytes. Strings are hashed as UTF-8.
 *
 * @example
 * sm3Bytes(new Uint8Array([0x61, 0x62, 0x63])).length; // 32
 */
export function sm3Bytes(data: Uint8Array | string): Uint8Array {
  return ownedBytes(createHash('sm3').update(data).digest());
}

/**
 * HMAC-SM3 (RFC 2104 with SM3) of `data` under `key`, as 64 lower-case hex characters. String
 * keys and data are UTF-8; pass bytes for binary keys (a hex string is NOT decoded).
 *
 * @example
 * hmacSm3(secretKeyBytes, 'payload'); // 64 hex characters
 */
export function hmacSm3(key: Uint8Array | string, data: Uint8Array | string): string {
  return createHmac('sm3', key).update(data).digest('hex');
}

/**
 * HMAC-SM3 as 32 bytes; see {@link hmacSm3}.
 *
 * @example
 * hmacSm3Bytes(key, 'label').subarray(0, 16); // a 128-bit subkey
 */
export function hmacSm3Bytes(key: Uint8Array | string, data: Uint8Array | string): Uint8Array {
  return ownedBytes(createHmac('sm3', key).update(data).digest());
}
