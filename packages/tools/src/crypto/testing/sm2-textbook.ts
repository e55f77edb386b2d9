/**
 * Textbook SM2 signing and verification over ANY prime curve, written straight from
 * GB/T 32918.2 with BigInt and affine coordinates. Tests only: it is slow and not
 * constant-time. It exists because the standard's worked example (Annex A) uses a test curve
 * that production libraries do not support; checking this code against that example, then
 * against our `sm2Sign`/`sm2Verify` on the recommended curve, ties those to the standard.
 */
import { Buffer } from 'node:buffer';
import { sm3Bytes } from '../sm3.ts';

/** y² = x³ + ax + b over F_p with base point G of order n. */
export interface TextbookCurve {
  p: bigint;
  a: bigint;
  b: bigint;
  n: bigint;
  gx: bigint;
  gy: bigint;
}

/** An affine point; null is the point at infinity. */
export type Point = { x: bigint; y: bigint } | null;

/** Parses the standards' spaced hex ("8542D69E 4C044F18 …") into a bigint. */
export function hexInt(text: string): bigint {
  return BigInt(`0x${text.replace(/\s+/g, '')}`);
}

function mod(value: bigint, m: bigint): bigint {
  const r = value % m;
  return r < 0n ? r + m : r;
}

/** Modular inverse by Fermat (m is prime for p and n). */
function inverse(value: bigint, m: bigint): bigint {
  let result = 1n;
  let base = mod(value, m);
  for (let e = m - 2n; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * base) % m;
    base = (base * base) % m;
  }
  return result;
}

function add(c: TextbookCurve, P: Point, Q: Point): Point {
  if (P === null) return Q;
  if (Q === null) return P;
  if (P.x === Q.x && mod(P.y + Q.y, c.p) === 0n) return null;
  const lambda =
    P.x === Q.x
      ? mod((3n * P.x * P.x + c.a) * inverse(2n * P.y, c.p), c.p)
      : mod((Q.y - P.y) * inverse(Q.x - P.x, c.p), c.p);
  const x = mod(lambda * lambda - P.x - Q.x, c.p);
  return { x, y: mod(lambda * (P.x - x) - P.y, c.p) };
}

/** k·P by double-and-add. */
export function multiply(c: TextbookCurve, k: bigint, P: Point): Point {
  let result: Point = null;
  let addend = P;
  for (let e = k; e > 0n; e >>= 1n) {
    if (e & 1n) result = add(c, result, addend);
    addend = add(c, addend, addend);
  }
  return result;
}

function be32(value: bigint): Buffer {
  return Buffer.from(value.toString(16).padStart(64, '0'), 'hex');
}

/** ZA = SM3(ENTL ‖ ID ‖ a ‖ b ‖ Gx ‖ Gy ‖ xA ‖ yA). */
export function za(c: TextbookCurve, userId: string, pub: { x: bigint; y: bigint }): Uint8Array {
  const id = Buffer.from(userId, 'utf8');
  const entl = Buffer.alloc(2);
  entl.writeUInt16BE(id.length * 8);
  return sm3Bytes(Buffer.concat([entl, id, ...[c.a, c.b, c.gx, c.gy, pub.x, pub.y].map(be32)]));
}

/** e = SM3(ZA ‖ M) as an integer. */
export function digest(
  c: TextbookCurve,
  userId: string,
  pub: { x: bigint; y: bigint },
  message: string,
): bigint {
  const e = sm3Bytes(Buffer.concat([za(c, userId, pub), Buffer.from(message, 'utf8')]));
  return BigInt(`0x${Buffer.from(e).toString('hex')}`);
}

/** Signs with a caller-chosen k (the standard's example fixes k). */
export function signWithK(
  c: TextbookCurve,
  d: bigint,
  userId: string,
  message: string,
  k: bigint,
): { r: bigint; s: bigint } {
  const pub = multiply(c, d, { x: c.gx, y: c.gy });
  if (pub === null) throw new Error('bad private key');
  const kG = multiply(c, k, { x: c.gx, y: c.gy });
  if (kG === null) throw new Error('bad k');
  const r = mod(digest(c, userId, pub, message) + kG.x, c.n);
  const s = mod(inverse(1n + d, c.n) * (k - r * d), c.n);
  return { r, s };
}

/** GB/T 32918.2 §7.1 verification, step by step. */
export function verify(
  c: TextbookCurve,
  pub: { x: bigint; y: bigint },
  userId: string,
  message: string,
  sig: { r: bigint; s: bigint },
): boolean {
  const { r, s } = sig;
  if (r < 1n || r >= c.n || s < 1n || s >= c.n) return false;
  const t = mod(r + s, c.n);
  if (t === 0n) return false;
  const point = add(c, multiply(c, s, { x: c.gx, y: c.gy }), multiply(c, t, pub));
  if (point === null) return false;
  return mod(digest(c, userId, pub, message) + point.x, c.n) === r;
}

/** The SM3 key derivation function of GB/T 32918.4 §5.4.3. */
function kdf(z: Buffer, length: number): Buffer {
  const blocks: Uint8Array[] = [];
  for (let counter = 1; blocks.length * 32 < length; counter += 1) {
    const ct = Buffer.alloc(4);
    ct.writeUInt32BE(counter);
    blocks.push(sm3Bytes(Buffer.concat([z, ct])));
  }
  return Buffer.concat(blocks).subarray(0, length);
}

/**
 * GB/T 32918.4 §7 decryption of C1 ‖ C3 ‖ C2 bytes (C1 uncompressed, 65 bytes); returns
 * undefined when C3 does not match.
 */
export function decryptC1C3C2(c: TextbookCurve, d: bigint, ciphertext: Buffer): Buffer | undefined {
  const c1 = {
    x: BigInt(`0x${ciphertext.subarray(1, 33).toString('hex')}`),
    y: BigInt(`0x${ciphertext.subarray(33, 65).toString('hex')}`),
  };
  const c3 = ciphertext.subarray(65, 97);
  const c2 = ciphertext.subarray(97);
  const shared = multiply(c, d, c1);
  if (shared === null) return undefined;
  const x2 = be32(shared.x);
  const y2 = be32(shared.y);
  const t = kdf(Buffer.concat([x2, y2]), c2.length);
  const message = Buffer.from(c2.map((byte, i) => byte ^ (t[i] ?? 0)));
  const check = sm3Bytes(Buffer.concat([x2, message, y2]));
  return Buffer.from(check).equals(c3) ? message : undefined;
}
