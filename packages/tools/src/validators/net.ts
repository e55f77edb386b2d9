/**
 * Network identifiers: e-mail addresses (RFC 5321 practical subset), IPv4 (RFC 791 dotted
 * quad) and IPv6 (RFC 4291 text forms, incl. `::` compression).
 */
import { isIPv6 as nodeIsIPv6 } from 'node:net';

/** Characters allowed in the local part of an address (the practical subset). */
function isLocalChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    c === 46 ||
    c === 95 ||
    c === 45 ||
    c === 43 ||
    c === 37
  );
}

function isDomainChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/**
 * An e-mail address: one `@`, a local part of 1–64 characters from `A-Z a-z 0-9 . _ % + -`
 * without leading, trailing or doubled dots, and a domain of at least two dot-separated labels
 * (`A-Z a-z 0-9 -`, not starting or ending with `-`) whose last label is 2+ letters.
 *
 * @example isEmail('li.wei@example.com.cn') // true
 */
export function isEmail(value: string): boolean {
  const n = value.length;
  if (n < 6 || n > 254) return false;
  const at = value.indexOf('@');
  if (at < 1 || at > 64 || at > n - 5) return false;
  let prev = 46;
  for (let i = 0; i < at; i++) {
    const c = value.charCodeAt(i);
    if (!isLocalChar(c) || (c === 46 && prev === 46)) return false;
    prev = c;
  }
  if (prev === 46) return false;
  let labelStart = at + 1;
  let dots = 0;
  for (let i = at + 1; i <= n; i++) {
    const c = i < n ? value.charCodeAt(i) : 46;
    if (c === 46) {
      const len = i - labelStart;
      if (len === 0 || len > 63) return false;
      if (value.charCodeAt(labelStart) === 45 || value.charCodeAt(i - 1) === 45) return false;
      if (i < n) dots += 1;
      labelStart = i + 1;
    } else if (!isDomainChar(c)) {
      return false;
    }
  }
  if (dots === 0) return false;
  const tldStart = value.lastIndexOf('.') + 1;
  if (n - tldStart < 2) return false;
  for (let i = tldStart; i < n; i++) if (!isLetter(value.charCodeAt(i))) return false;
  return true;
}

/**
 * A dotted-quad IPv4 address: four decimal octets 0–255 without leading zeros (so `01.02.03.04`
 * and version strings with leading zeros fail) and a first octet other than 0 (`0.0.0.0` and
 * `0.x.x.x` are not host addresses).
 *
 * @example isIPv4('192.168.1.20') // true
 */
export function isIPv4(value: string): boolean {
  const n = value.length;
  if (n < 7 || n > 15) return false;
  let octets = 0;
  let num = 0;
  let digits = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? value.charCodeAt(i) : 46;
    if (c === 46) {
      if (digits === 0 || num > 255) return false;
      if (octets === 0 && num === 0) return false;
      octets += 1;
      num = 0;
      digits = 0;
    } else {
      const d = c - 48;
      if (d < 0 || d > 9) return false;
      if (digits === 1 && num === 0) return false; // leading zero
      num = num * 10 + d;
      digits += 1;
      if (digits > 3) return false;
    }
  }
  return octets === 4;
}

/**
 * An IPv6 address in any RFC 4291 text form (full, `::`-compressed, IPv4-suffixed), as Node's
 * `net.isIPv6` decides, except the unspecified address `::`. Zone suffixes (`%eth0`) are
 * allowed.
 *
 * @example isIPv6('fe80::1c2d:3e4f') // true
 */
export function isIPv6(value: string): boolean {
  if (value.length < 3 || value === '::') return false;
  return nodeIsIPv6(value);
}
