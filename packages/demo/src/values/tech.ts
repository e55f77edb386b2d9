import { vinCheckChar } from '../checksums.ts';
import type { Rng } from '../rng.ts';

const HEX = '0123456789abcdef';
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BCRYPT = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** An IPv4 address: mostly plant-internal, sometimes a public address of a remote login. */
export function ipv4(rng: Rng, publicShare = 0.15): string {
  if (rng.bool(publicShare)) {
    return `${rng.pick([58, 101, 114, 180, 183, 223])}.${rng.int(1, 254)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
  }
  return rng.bool(0.6)
    ? `10.${rng.int(10, 40)}.${rng.int(0, 255)}.${rng.int(1, 254)}`
    : `192.168.${rng.int(1, 30)}.${rng.int(1, 254)}`;
}

/** An IPv6 address: a China Telecom/Unicom global address or a link-local one. */
export function ipv6(rng: Rng): string {
  const g = (): string => rng.int(1, 0xffff).toString(16);
  if (rng.bool(0.3)) return `fe80::${g()}:${g()}:${g()}:${g()}`;
  return [rng.pick(['240e', '2408', '2409']), g(), g(), g(), g(), g(), g(), g()].join(':');
}

/** A bcrypt-format password hash (`$2b$10$` + 53 characters). */
export function bcryptHash(rng: Rng): string {
  return '$2b$10$' + rng.chars(BCRYPT, 53);
}

const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64').replace(/=+$/, '');

/** An Argon2id-format password hash as PHC string. */
export function argon2Hash(rng: Rng): string {
  return `$argon2id$v=19$m=65536,t=3,p=4$${b64(rng.bytes(16))}$${b64(rng.bytes(32))}`;
}

/** An API key in one of the common shapes (`sk-…`, `AKID…`, `hdjg_live_…`). */
export function apiKey(rng: Rng): string {
  const k = rng.int(0, 2);
  if (k === 0) return 'sk-' + rng.chars(BASE62, 48);
  if (k === 1) return 'AKID' + rng.chars(BASE62, 32);
  return 'hdjg_live_' + rng.chars(HEX, 32);
}

/** A random (version 4) UUID. */
export function uuid(rng: Rng): string {
  const h = rng.chars(HEX, 32);
  const variant = '89ab'[rng.int(0, 3)]!;
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20)}`;
}

/** A 32-hex-digit file digest (MD5 shape): a checksum, not a credential. */
export function md5Hex(rng: Rng): string {
  return rng.chars(HEX, 32);
}

/** A random base64 blob of `n` bytes. */
export function base64Blob(rng: Rng, n: number): string {
  return rng.chars(B64, Math.ceil((n * 4) / 3));
}

const VIN_CHARS = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';

/** A Chinese-market VIN (starts with L) with a valid ISO 3779 check digit at position 9. */
export function vin(rng: Rng): string {
  const wmi = rng.pick(['LSV', 'LFV', 'LGB', 'LVS', 'LHG', 'LBV', 'LSG', 'LNB']);
  const draft =
    wmi +
    rng.chars(VIN_CHARS, 5) +
    '0' +
    rng.pick(['J', 'K', 'L', 'M', 'N', 'P', 'R', 'S', 'T']) +
    rng.chars('ABCDEFGHJKLMNPRSTUVWXYZ', 1) +
    rng.digits(6);
  return draft.slice(0, 8) + vinCheckChar(draft) + draft.slice(9);
}
