import { randomBytes, timingSafeEqual } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { sm3 } from '@shuan/tools';

/** Name of the session cookie. */
export const SESSION_COOKIE = 'shuan_session';

/** Prefix of API tokens, so that leaked tokens are easy to spot and to scan for. */
export const TOKEN_PREFIX = 'shuan_pat_';

/** A random URL-safe secret of `bytes` random bytes. */
export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** The stored form of a session id or API token: its SM3 hash, so a database leak opens nothing. */
export function hashSecret(secret: string): string {
  return sm3(secret);
}

/**
 * argon2id (the library's default algorithm; its `Algorithm` is a const enum that type
 * stripping cannot read) with m=19 MiB, t=2, p=1, OWASP's recommended minimum.
 */
export async function hashPassword(password: string): Promise<string> {
  return hash(password, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
}

/** Checks a password against an argon2id hash; false for a malformed hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Constant-time comparison of two strings (CSRF tokens). */
export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** A fresh initial password: 16 characters from an unambiguous alphabet. */
export function generatePassword(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
  return [...randomBytes(16)].map((byte) => alphabet[byte % alphabet.length] ?? 'x').join('');
}
