/**
 * The ASCII half of the whole-value recognizer: values starting with a digit, a letter or a
 * symbol. Each branch looks at the first characters and the length first and calls a
 * validator only for values that can still be that format.
 */
import type { LabelCode } from '@shuan/core';
import { isBankCard } from '../validators/bank-card.ts';
import { isApiKey, isJwt, isPasswordHash, isPrivateKeyPem } from '../validators/credential.ts';
import { isCoordinatePair } from '../validators/geo.ts';
import { isIdCard } from '../validators/id-card.ts';
import { isEmail, isIPv4, isIPv6 } from '../validators/net.ts';
import { isHkMacauPermit, isPassport } from '../validators/passport.ts';
import { isLandline, isMobile } from '../validators/phone.ts';
import { hasValidEmbeddedOrgCode, isUscc } from '../validators/uscc.ts';

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isHexLetter = (c: number): boolean => (c >= 97 && c <= 102) || (c >= 65 && c <= 70);

/** An IPv6 candidate: a `:` within the first five characters. */
function ipv6Candidate(v: string): boolean {
  const n = v.length;
  for (let i = 1; i < 5 && i < n; i++) if (v.charCodeAt(i) === 58) return true;
  return false;
}

/** A `$` among the first 16 characters: the `algo$` of framework password-hash formats. */
function dollarEarly(v: string): boolean {
  const k = v.indexOf('$');
  return k > 0 && k <= 16;
}

/** A `_` at positions 2–16: the `vendor_live_` of vendor-prefixed keys. */
function underscoreEarly(v: string): boolean {
  const end = Math.min(v.length, 17);
  for (let i = 2; i < end; i++) if (v.charCodeAt(i) === 95) return true;
  return false;
}

/** Bank card written in groups of four: `6222 0212 3456 7890 128`. */
function groupedCard(v: string): LabelCode | null {
  const n = v.length;
  if (n < 19 || n > 23) return null;
  for (let i = 4; i < n; i += 5) {
    const c = v.charCodeAt(i);
    if (c !== 32 && c !== 45) return null;
  }
  const compact = v.replace(/[ -]/g, '');
  return isBankCard(compact) ? 'pi.bank_card' : null;
}

/** A run of digits only: mobile, landline, ID number, credit code or bank card by length. */
function allDigits(v: string, n: number, c0: number): LabelCode | null {
  switch (n) {
    case 11:
      if (c0 === 49) return isMobile(v) ? 'pi.mobile' : null;
      return c0 === 48 && isLandline(v) ? 'pi.landline' : null;
    case 12:
      return c0 === 48 && isLandline(v) ? 'pi.landline' : null;
    case 13:
      return c0 === 56 && isMobile(v) ? 'pi.mobile' : null;
    case 15:
      if (c0 === 48) return isMobile(v) ? 'pi.mobile' : null; // 0086 + 11 digits
      return isBankCard(v) ? 'pi.bank_card' : null;
    case 16:
    case 17:
    case 19:
      return isBankCard(v) ? 'pi.bank_card' : null;
    case 18:
      if (isIdCard(v)) return 'pi.id_card';
      if (isBankCard(v)) return 'pi.bank_card';
      // an all-digit credit code must also carry a valid embedded organisation code
      return isUscc(v) && hasValidEmbeddedOrgCode(v) ? 'org.uscc' : null;
    default:
      return null;
  }
}

/**
 * Digit-led values of 6–10 characters: only IPv4, IPv6 and e-mail are that short (mobiles,
 * landlines, IDs and cards are longer), so integers, decimals and dates leave at once.
 */
function shortDigitLead(v: string, n: number): LabelCode | null {
  const c1 = v.charCodeAt(1);
  const c2 = v.charCodeAt(2);
  const c3 = v.charCodeAt(3);
  if (c1 === 46 || c2 === 46 || c3 === 46) {
    return n >= 7 && isDigit(v.charCodeAt(n - 1)) && isIPv4(v) ? 'pi.ip_address' : null;
  }
  if (c1 === 58 || c2 === 58 || c3 === 58 || v.charCodeAt(4) === 58) {
    return isIPv6(v) ? 'pi.ip_address' : null;
  }
  return v.indexOf('@') > 0 && isEmail(v) ? 'pi.email' : null;
}

/** Values that start with a digit; `n ≥ 6`. */
export function recognizeDigitLead(v: string, n: number, c0: number): LabelCode | null {
  if (n <= 10) return shortDigitLead(v, n);
  let i = 1;
  while (i < n && isDigit(v.charCodeAt(i))) i++;
  if (i === n) return allDigits(v, n, c0);
  const c = v.charCodeAt(i);
  switch (c) {
    case 46: // .
      if (i > 3 || !isDigit(v.charCodeAt(n - 1))) return null;
      if (isIPv4(v)) return 'pi.ip_address';
      return isCoordinatePair(v) ? 'pi.geo_location' : null;
    case 45: // -
      if (c0 === 48) return isLandline(v) ? 'pi.landline' : null;
      if (i === 3 || i === 2) return isMobile(v) ? 'pi.mobile' : null;
      if (i === 4) return groupedCard(v);
      return null;
    case 32: // space
      if (c0 === 48) return isLandline(v) ? 'pi.landline' : null;
      if (i === 3 || i === 2) return isMobile(v) ? 'pi.mobile' : null;
      if (i === 4) return groupedCard(v);
      return null;
    case 88: // X
    case 120: // x
      if (i === 17 && n === 18 && isIdCard(v)) return 'pi.id_card';
      break; // a credit code may hold an X too
    case 64: // @
      return isEmail(v) ? 'pi.email' : null;
    case 58: // :
      return i <= 4 && isIPv6(v) ? 'pi.ip_address' : null;
    default:
      break;
  }
  if (n === 18 && c >= 65 && c <= 90 && isUscc(v)) {
    // 17 digits and a letter look like an ID number with a wrong check: ask for more
    if (i < 17 || hasValidEmbeddedOrgCode(v)) return 'org.uscc';
  }
  if (isHexLetter(c) && ipv6Candidate(v)) return isIPv6(v) ? 'pi.ip_address' : null;
  if (v.indexOf('@', i) > 0) return isEmail(v) ? 'pi.email' : null;
  return null;
}

/** Values that start with a letter; `n ≥ 6`. */
export function recognizeLetterLead(v: string, n: number, c0: number): LabelCode | null {
  const c1 = v.charCodeAt(1);
  switch (c0) {
    case 65: // A: AKIA, ASIA, AKID, AIza
      if (n >= 16 && (c1 === 75 || c1 === 83 || c1 === 73) && isApiKey(v)) return 'sec.credential';
      break;
    case 76: // L: LTAI
      if (n >= 16 && c1 === 84 && isApiKey(v)) return 'sec.credential';
      break;
    case 103: // g: ghp_, github_pat_, glpat-
      if (n >= 24 && (c1 === 104 || c1 === 105 || c1 === 108) && isApiKey(v)) {
        return 'sec.credential';
      }
      break;
    case 120: // x: xox?-
      if (n >= 16 && c1 === 111 && isApiKey(v)) return 'sec.credential';
      break;
    case 114: // r: rk_live_
      if (n >= 24 && c1 === 107 && isApiKey(v)) return 'sec.credential';
      break;
    case 115: // s: sk-, sk_live_, scrypt$, sha1$
      if (n >= 20 && c1 === 107 && isApiKey(v)) return 'sec.credential';
      if (n >= 20 && dollarEarly(v) && isPasswordHash(v)) return 'sec.credential';
      break;
    case 101: // e: eyJ…
      if (n >= 30 && c1 === 121 && v.charCodeAt(2) === 74) {
        return isJwt(v) ? 'sec.credential' : null;
      }
      break;
    case 112: // p: pbkdf2_…
    case 98: // b: bcrypt…
    case 97: // a: argon2$…
      if (n >= 20 && dollarEarly(v) && isPasswordHash(v)) return 'sec.credential';
      break;
    default:
      break;
  }
  if (n === 9 || n === 11) {
    if (isPassport(v) || isHkMacauPermit(v)) return 'pi.passport';
  } else if (n === 18 && (c0 === 65 || c0 === 78 || c0 === 89) && isUscc(v)) {
    return 'org.uscc';
  }
  if (isHexLetter(c0) && ipv6Candidate(v)) return isIPv6(v) ? 'pi.ip_address' : null;
  const at = v.indexOf('@');
  if (at > 0) return isEmail(v) ? 'pi.email' : null;
  if (c0 >= 97 && n >= 24 && underscoreEarly(v) && isApiKey(v)) return 'sec.credential';
  return null;
}

/** Values that start with a symbol: `+86…`, `(021)…`, `$2b$…`, `-----BEGIN`, `{SSHA}`. */
export function recognizeSymbolLead(v: string, n: number, c0: number): LabelCode | null {
  switch (c0) {
    case 43: // +
      return isMobile(v) ? 'pi.mobile' : null;
    case 40: // (
      return isLandline(v) ? 'pi.landline' : null;
    case 36: // $
    case 123: // {
      return n >= 20 && isPasswordHash(v) ? 'sec.credential' : null;
    case 45: // -
      return isPrivateKeyPem(v) ? 'sec.credential' : null;
    case 58: // : (IPv6 such as ::1 or ::ffff:10.0.0.1)
      return isIPv6(v) ? 'pi.ip_address' : null;
    default:
      return null;
  }
}
