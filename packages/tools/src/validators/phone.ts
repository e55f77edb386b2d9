/**
 * Telephone numbers of mainland China: mobile numbers (手机号, 11 digits on a 13x–19x segment
 * of the MIIT numbering plan) and fixed-line numbers (固定电话, area code + local number).
 */

/**
 * Three-digit mobile segments in use (MIIT 电信网码号资源): 13x, 145–149, 150–153, 155–159,
 * 162, 165–167, 170–178, 18x, 190–193, 195–199. Segments 10x–12x do not exist, so 11-digit
 * batch and order numbers starting 10/11/12 are never mobiles.
 */
export const MOBILE_SEGMENTS: readonly number[] = [
  130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 145, 146, 147, 148, 149, 150, 151, 152, 153,
  155, 156, 157, 158, 159, 162, 165, 166, 167, 170, 171, 172, 173, 174, 175, 176, 177, 178, 180,
  181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 195, 196, 197, 198, 199,
];

const SEGMENT = new Uint8Array(200);
for (const s of MOBILE_SEGMENTS) SEGMENT[s] = 1;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** 11 plain digits at `start` on a real segment. */
function isMobileDigitsAt(value: string, start: number): boolean {
  for (let i = start; i < start + 11; i++) if (!isDigit(value.charCodeAt(i))) return false;
  const seg =
    (value.charCodeAt(start) - 48) * 100 +
    (value.charCodeAt(start + 1) - 48) * 10 +
    (value.charCodeAt(start + 2) - 48);
  return SEGMENT[seg] === 1;
}

/**
 * A mainland mobile number: 11 digits on a real segment, optionally prefixed by `+86`,
 * `0086` or `86` (with or without a space or dash), and optionally grouped 3-4-4 with spaces
 * or dashes (`138 1234 5678`, `138-1234-5678`).
 *
 * @example isMobile('+86 138-1234-5678') // true
 */
export function isMobile(value: string): boolean {
  let start = 0;
  const n = value.length;
  if (n === 11) return isMobileDigitsAt(value, 0);
  const c0 = value.charCodeAt(0);
  if (c0 === 43)
    start = 3; // +86
  else if (value.startsWith('0086')) start = 4;
  else if (value.startsWith('86') && n > 12) start = 2;
  if (start > 0) {
    if (c0 === 43 && !value.startsWith('+86')) return false;
    const sep = value.charCodeAt(start);
    if (sep === 32 || sep === 45) start += 1;
  }
  const rest = n - start;
  if (rest === 11) return isMobileDigitsAt(value, start);
  if (rest !== 13) return false;
  const s1 = value.charCodeAt(start + 3);
  const s2 = value.charCodeAt(start + 8);
  if (s1 !== s2 || (s1 !== 32 && s1 !== 45)) return false;
  const digits =
    value.slice(start, start + 3) + value.slice(start + 4, start + 8) + value.slice(start + 9);
  return isMobileDigitsAt(digits, 0);
}

/**
 * Length of a valid area code at `start` (`010`, `02x`, `0[3-9]xx`), or 0. `start` points
 * at the leading 0.
 */
function areaCodeLength(value: string, start: number): number {
  if (value.charCodeAt(start) !== 48) return 0;
  const a = value.charCodeAt(start + 1);
  const b = value.charCodeAt(start + 2);
  if (a === 49) return b === 48 ? 3 : 0; // 010
  if (a === 50) return isDigit(b) ? 3 : 0; // 02x
  if (a >= 51 && a <= 57) return isDigit(b) && isDigit(value.charCodeAt(start + 3)) ? 4 : 0;
  return 0;
}

/** Whether `value.slice(from)` is an extension: `-123`, `转123`, `#123`, ` ext 123`. */
function isExtension(value: string, from: number): boolean {
  return /^(?:-|转|#|\s*(?:ext\.?|x)\s*)\d{1,6}$/i.test(value.slice(from));
}

/**
 * A fixed-line number: area code (`010`, `02x`, `0[3-9]xx`) then a 7–8 digit local number
 * not starting with 0 or 1 (older 7-digit numbers still sit in many tables), separated by `-` or a space or
 * with the code in parentheses (`(021)62345678`, `（0755）2345678`), optionally followed by
 * an extension. Without any separator, `0` + area code + local number (11–12 digits) counts.
 *
 * @example isLandline('021-62345678') // true
 */
export function isLandline(value: string): boolean {
  const n = value.length;
  if (n < 10 || n > 24) return false;
  const c0 = value.charCodeAt(0);
  const areaStart = c0 === 40 || c0 === 0xff08 ? 1 : 0; // ( or （
  const area = areaCodeLength(value, areaStart);
  if (area === 0) return false;
  let i = areaStart + area;
  if (areaStart === 1) {
    const close = value.charCodeAt(i);
    if (close !== 41 && close !== 0xff09) return false;
    i += 1;
    if (value.charCodeAt(i) === 32) i += 1;
  } else {
    const sep = value.charCodeAt(i);
    if (sep === 45 || sep === 32) i += 1;
  }
  const first = value.charCodeAt(i);
  if (first < 50 || first > 57) return false;
  let end = i + 1;
  while (end < n && isDigit(value.charCodeAt(end))) end++;
  const len = end - i;
  if (len !== 7 && len !== 8) return false;
  return end === n || isExtension(value, end);
}
