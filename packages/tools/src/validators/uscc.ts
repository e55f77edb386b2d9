/**
 * Organisation identifiers: the unified social credit code (统一社会信用代码, GB 32100-2015)
 * and the older organisation code (组织机构代码, GB 11714-1997) embedded in it.
 */

/** The 31 symbols of GB 32100, valued 0–30 (no I, O, S, V, Z). */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Value of each ASCII code in the GB 32100 set, -1 outside it. */
const USCC_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < USCC_CHARSET.length; i++) USCC_VALUE[USCC_CHARSET.charCodeAt(i)] = i;

/**
 * Registration-authority codes (first character): 1–9 for the government registries
 * (机构编制, 外交, 司法行政, 文化, 民政, 旅游, 宗教, 工会, 市场监管 …), A (中央军委改革和编制办公室),
 * N (农业) and Y (其他).
 */
const AUTHORITY = new Uint8Array(128);
for (const ch of '123456789ANY') AUTHORITY[ch.charCodeAt(0)] = 1;

/**
 * The GB 32100 check character of the first 17 characters (weights 3^(i−1) mod 31;
 * C18 = 31 − (Σ mod 31), 31 written as 0).
 *
 * @example usccCheckChar('91350100M000100Y4') // '3'
 */
export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = first17.charCodeAt(i);
    sum += (c < 128 ? (USCC_VALUE[c] ?? 0) : 0) * (USCC_WEIGHTS[i] ?? 0);
  }
  return USCC_CHARSET[(31 - (sum % 31)) % 31] ?? '';
}

/**
 * An 18-character unified social credit code: every character from the GB 32100 set, a
 * known registration-authority code first, a 6-digit division code in positions 3–8, and a
 * correct MOD 31 check character.
 *
 * @example isUscc('91350100M000100Y43') // true
 */
export function isUscc(value: string): boolean {
  if (value.length !== 18) return false;
  const first = value.charCodeAt(0);
  if (first >= 128 || AUTHORITY[first] !== 1) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = value.charCodeAt(i);
    const v = c < 128 ? (USCC_VALUE[c] ?? -1) : -1;
    if (v < 0 || (i >= 2 && i < 8 && v > 9)) return false;
    sum += v * (USCC_WEIGHTS[i] ?? 0);
  }
  const last = value.charCodeAt(17);
  const lastValue = last < 128 ? (USCC_VALUE[last] ?? -1) : -1;
  return lastValue === (31 - (sum % 31)) % 31;
}

/**
 * Whether the organisation code embedded in a credit code (characters 9–17, GB 11714) carries
 * its own correct check character. GB 32100 builds the code around it, so it holds for real
 * codes; the value recognizer requires it for all-digit codes, where a random 18-digit
 * number would otherwise pass the MOD 31 check once in 31.
 *
 * @example hasValidEmbeddedOrgCode('91350100M000100Y43') // true
 */
export function hasValidEmbeddedOrgCode(uscc: string): boolean {
  return uscc.length === 18 && isOrgCode(uscc.slice(8, 17));
}

const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

function orgCharValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 90) return c - 55;
  return -1;
}

/**
 * The GB 11714 check character of an 8-character organisation-code body (weights
 * 3 7 9 10 5 8 4 2, letters A=10 … Z=35; C9 = 11 − (S mod 11), 10 → `X`, 11 → `0`).
 *
 * @example orgCodeCheckChar('M000100Y') // '4'
 */
export function orgCodeCheckChar(first8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += orgCharValue(first8.charCodeAt(i)) * (ORG_WEIGHTS[i] ?? 0);
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/**
 * A 9-character organisation code, written `XXXXXXXX-X` or without the dash: 8 digits or
 * capital letters and the GB 11714 check character. One random code in eleven passes, so
 * labelColumn uses it only when the column name says 组织机构代码.
 */
export function isOrgCode(value: string): boolean {
  let body: string;
  let check: number;
  if (value.length === 10 && value.charCodeAt(8) === 45) {
    body = value.slice(0, 8);
    check = value.charCodeAt(9);
  } else if (value.length === 9) {
    body = value.slice(0, 8);
    check = value.charCodeAt(8);
  } else {
    return false;
  }
  for (let i = 0; i < 8; i++) if (orgCharValue(body.charCodeAt(i)) < 0) return false;
  return orgCodeCheckChar(body).charCodeAt(0) === check;
}
