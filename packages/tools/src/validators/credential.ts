/**
 * Credentials (口令/密钥/令牌) recognisable from the value alone: password-hash strings in
 * modular-crypt / PHC / framework formats, PEM private keys, JSON Web Tokens and cloud or
 * SaaS API keys with a fixed prefix. Bare hex digests are NOT here: an MD5 or SHA hex string
 * is as likely a file checksum or ETag, so {@link isSecretDigest} is applied only when the
 * column name says password/secret/token.
 */

const isAlnum = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isUpperOrDigit = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
const isBase64Url = (c: number): boolean => isAlnum(c) || c === 45 || c === 95;
/** bcrypt's base64 alphabet: `./A-Za-z0-9`. */
const isCryptChar = (c: number): boolean => isAlnum(c) || c === 46 || c === 47;

function allMatch(
  value: string,
  start: number,
  end: number,
  test: (c: number) => boolean,
): boolean {
  if (end > value.length || start >= end) return false;
  for (let i = start; i < end; i++) if (!test(value.charCodeAt(i))) return false;
  return true;
}

/** bcrypt: `$2a$`/`$2b$`/`$2y$`/`$2x$`/`$2$`, 2-digit cost, `$`, 53 characters (60 in all). */
function isBcrypt(value: string): boolean {
  const m = /^\$2[abxy]?\$\d\d\$/.exec(value);
  if (!m) return false;
  const start = m[0].length;
  return value.length === start + 53 && allMatch(value, start, value.length, isCryptChar);
}

/** Modular-crypt and PHC prefixes whose presence is decisive (argon2, scrypt, sha-crypt …). */
const CRYPT_PREFIXES = [
  '$argon2id$',
  '$argon2i$',
  '$argon2d$',
  '$scrypt$',
  '$7$',
  '$y$',
  '$gy$',
  '$5$',
  '$6$',
  '$1$',
  '$pbkdf2',
  '$sha1$',
  '$apr1$',
  '$md5$',
];

/** Framework formats: Django `algo$…`, Spring `{id}…`, LDAP `{SSHA}…`. */
const FRAMEWORK_PREFIXES = [
  'pbkdf2_sha256$',
  'pbkdf2_sha1$',
  'pbkdf2_sha512$',
  'argon2$argon2',
  'bcrypt_sha256$',
  'bcrypt$$2',
  'scrypt$',
  'sha1$',
  '{bcrypt}',
  '{pbkdf2}',
  '{scrypt}',
  '{argon2}',
  '{sha256}',
  '{SSHA}',
  '{SSHA256}',
  '{SSHA512}',
  '{SHA}',
  '{SHA256}',
  '{SHA512}',
  '{MD5}',
  '{SMD5}',
  '{CRYPT}',
];

function countChar(value: string, code: number): number {
  let k = 0;
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) === code) k++;
  return k;
}

/**
 * A password-hash string: bcrypt, Argon2 (PHC), scrypt, yescrypt, SHA-crypt (`$5$`, `$6$`),
 * MD5-crypt, PBKDF2 (passlib `$pbkdf2-sha256$`, Django `pbkdf2_sha256$`), and Spring/LDAP
 * `{id}` forms. Requires enough length and `$` fields that a price like `$12.50` never passes.
 *
 * @example isPasswordHash('$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo') // true
 */
export function isPasswordHash(value: string): boolean {
  const n = value.length;
  if (n < 20 || n > 512) return false;
  const c0 = value.charCodeAt(0);
  if (c0 === 36) {
    if (value.charCodeAt(1) === 50) return isBcrypt(value);
    for (const p of CRYPT_PREFIXES) {
      if (value.startsWith(p)) return countChar(value, 36) >= 3 && n >= p.length + 16;
    }
    return false;
  }
  for (const p of FRAMEWORK_PREFIXES) {
    if (value.startsWith(p)) return n >= p.length + 16 && value.indexOf(' ') < 0;
  }
  return false;
}

/** PEM private key: `-----BEGIN … PRIVATE KEY-----` (RSA, EC, DSA, OPENSSH, ENCRYPTED, PKCS#8). */
export function isPrivateKeyPem(value: string): boolean {
  if (!value.startsWith('-----BEGIN ')) return false;
  const end = value.indexOf('-----', 11);
  return end > 0 && value.slice(11, end).endsWith('PRIVATE KEY');
}

/**
 * A JSON Web Token (RFC 7519, JWS compact form): `eyJ` (a base64url `{"`), two dots, base64url
 * segments (the signature may be empty for `alg: none`).
 */
export function isJwt(value: string): boolean {
  const n = value.length;
  if (n < 30 || !value.startsWith('eyJ')) return false;
  const d1 = value.indexOf('.', 3);
  if (d1 < 10) return false;
  const d2 = value.indexOf('.', d1 + 1);
  if (d2 < d1 + 3 || value.indexOf('.', d2 + 1) >= 0) return false;
  return (
    allMatch(value, 0, d1, isBase64Url) &&
    allMatch(value, d1 + 1, d2, isBase64Url) &&
    (d2 + 1 === n || allMatch(value, d2 + 1, n, isBase64Url))
  );
}

/** One API-key shape: a literal prefix, then `min`–`max` characters passing `test`. */
interface KeyShape {
  prefix: string;
  min: number;
  max: number;
  test: (c: number) => boolean;
}

const isKeyTail = (c: number): boolean => isBase64Url(c);

/**
 * Fixed-prefix API keys: AWS access key IDs (`AKIA`/`ASIA` + 16), Alibaba Cloud AccessKey IDs
 * (`LTAI` + 12–20), Tencent Cloud SecretIds (`AKID` + 32), GitHub tokens (`ghp_`, `gho_`,
 * `ghu_`, `ghs_`, `ghr_` + 36; `github_pat_`), GitLab `glpat-`, Slack `xox?-`, Google `AIza`
 * + 35, Stripe-style `sk_live_`/`rk_live_`, and `sk-` secret keys (OpenAI and alike).
 */
export const API_KEY_SHAPES: readonly KeyShape[] = [
  { prefix: 'AKIA', min: 16, max: 16, test: isUpperOrDigit },
  { prefix: 'ASIA', min: 16, max: 16, test: isUpperOrDigit },
  { prefix: 'LTAI', min: 12, max: 20, test: isAlnum },
  { prefix: 'AKID', min: 28, max: 40, test: isAlnum },
  { prefix: 'AIza', min: 35, max: 35, test: isKeyTail },
  { prefix: 'ghp_', min: 36, max: 40, test: isAlnum },
  { prefix: 'gho_', min: 36, max: 40, test: isAlnum },
  { prefix: 'ghu_', min: 36, max: 40, test: isAlnum },
  { prefix: 'ghs_', min: 36, max: 40, test: isAlnum },
  { prefix: 'ghr_', min: 36, max: 40, test: isAlnum },
  { prefix: 'github_pat_', min: 22, max: 255, test: isKeyTail },
  { prefix: 'glpat-', min: 20, max: 64, test: isKeyTail },
  { prefix: 'xoxb-', min: 10, max: 255, test: isKeyTail },
  { prefix: 'xoxp-', min: 10, max: 255, test: isKeyTail },
  { prefix: 'xoxa-', min: 10, max: 255, test: isKeyTail },
  { prefix: 'xoxs-', min: 10, max: 255, test: isKeyTail },
  { prefix: 'sk_live_', min: 16, max: 255, test: isAlnum },
  { prefix: 'rk_live_', min: 16, max: 255, test: isAlnum },
  { prefix: 'sk-', min: 20, max: 255, test: isKeyTail },
];

/** `<vendor>_live_<16+ alphanumerics>` / `_prod_` / `_secret_`: vendor-prefixed live keys. */
const LIVE_KEY = /^[a-z][a-z0-9]{1,15}_(?:live|prod|secret)_[A-Za-z0-9]{16,128}$/;

/** An API key or access token with one of the fixed prefixes of {@link API_KEY_SHAPES}. */
export function isApiKey(value: string): boolean {
  const n = value.length;
  if (n < 16) return false;
  for (const s of API_KEY_SHAPES) {
    if (value.startsWith(s.prefix)) {
      const tail = n - s.prefix.length;
      return tail >= s.min && tail <= s.max && allMatch(value, s.prefix.length, n, s.test);
    }
  }
  return value.indexOf('_', 2) > 0 && LIVE_KEY.test(value);
}

/**
 * A credential recognisable from its value alone: a password hash, a PEM private key, a JWT
 * or a prefixed API key.
 *
 * @example isCredential('AKIAIOSFODNN7EXAMPLE') // true
 */
export function isCredential(value: string): boolean {
  return isPasswordHash(value) || isApiKey(value) || isJwt(value) || isPrivateKeyPem(value);
}

const isHex = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
const isBase64 = (c: number): boolean => isAlnum(c) || c === 43 || c === 47;

/**
 * A secret-looking digest: 32, 40, 56, 64, 96 or 128 hex digits (MD5, SHA-1, SHA-2), or a
 * base64 string of 24+ characters (a digest or random key). Only meaningful when the column
 * name says password/secret/token — in an `etag`, `checksum` or `file_md5` column the same
 * strings are file digests, a hard negative.
 */
export function isSecretDigest(value: string): boolean {
  const n = value.length;
  if (n === 32 || n === 40 || n === 56 || n === 64 || n === 96 || n === 128) {
    if (allMatch(value, 0, n, isHex)) return true;
  }
  if (n < 24 || n > 512) return false;
  let end = n;
  while (end > n - 2 && value.charCodeAt(end - 1) === 61) end--;
  return allMatch(value, 0, end, (c) => isBase64(c) || c === 45 || c === 95);
}
