// Check-digit validators over a span of a larger text (`isIdCardAt(text, start)`): the sweep
// runs them on the raw char codes of a file chunk so that it never builds a substring for a
// candidate that fails. Whole values are checked by `../validators/` instead; these span
// forms exist only because that allocation-free path is what keeps the sweep fast.
import { DIGIT, FLAGS, PLATE_LETTER, USCC_VALUES } from './char-classes.ts';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ZERO = 48;
const UPPER_X = 88;
const LOWER_X = 120;

/** A digit's value, or -1 when `c` is not `0-9`. */
function digitOf(c: number): number {
  const d = c - ZERO;
  return d >= 0 && d <= 9 ? d : -1;
}

/**
 * GB 11643 ID number in `text[start, start + 18)`: 17 digits (no leading zero), a birth date
 * in 1800–2099 with month 01–12 and day 01–31, and the ISO 7064 MOD 11-2 check (`X`/`x`).
 */
export function isIdCardAt(text: string, start: number): boolean {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const d = digitOf(text.charCodeAt(start + i));
    if (d < 0) return false;
    sum += d * (ID_WEIGHTS[i] ?? 0);
  }
  const at = (i: number): number => text.charCodeAt(start + i) - ZERO;
  const century = at(6) * 10 + at(7);
  const month = at(10) * 10 + at(11);
  const day = at(12) * 10 + at(13);
  if (at(0) === 0 || century < 18 || century > 20) return false;
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const check = (12 - (sum % 11)) % 11;
  const last = text.charCodeAt(start + 17);
  return check === 10 ? last === UPPER_X || last === LOWER_X : last === ZERO + check;
}

/**
 * GB 32100 unified social credit code in `text[start, start + 18)`: two code characters, a
 * six-digit region code, ten code characters and the MOD 31 check character.
 */
export function isUsccAt(text: string, start: number): boolean {
  let sum = 0;
  for (let i = 0; i < 18; i++) {
    const c = text.charCodeAt(start + i);
    const value = c < 128 ? (USCC_VALUES[c] ?? -1) : -1;
    if (value < 0 || (i >= 2 && i < 8 && value > 9)) return false;
    if (i < 17) sum += value * (USCC_WEIGHTS[i] ?? 0);
    else return value === (31 - (sum % 31)) % 31;
  }
  return false;
}

/** Luhn (mod 10) over `text[start, end)`, which must be all digits. */
export function isLuhnAt(text: string, start: number, end: number): boolean {
  let sum = 0;
  let double = false;
  for (let i = end - 1; i >= start; i--) {
    let d = digitOf(text.charCodeAt(i));
    if (d < 0) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return end > start && sum % 10 === 0;
}

/**
 * A bank card number in `text[start, end)` (all digits): a card scheme seen in China by its
 * leading digits (BIN) and length — UnionPay `62`, 16–19 digits; Visa `4` and Mastercard
 * `51`–`55`, 16 digits — and the Luhn check. The BIN test keeps 16-digit trace and order ids
 * that happen to pass Luhn (one in ten) out.
 */
export function isBankCardAt(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length < 16 || length > 19) return false;
  const first = text.charCodeAt(start);
  const second = text.charCodeAt(start + 1);
  const plausible =
    first === ZERO + 6
      ? second === ZERO + 2
      : length === 16 &&
        (first === ZERO + 4 || (first === ZERO + 5 && second >= 49 && second <= 53));
  return plausible && isLuhnAt(text, start, end);
}

/** Mainland mobile number in `text[start, start + 11)`: 11 digits starting 13–19. */
export function isMobileAt(text: string, start: number): boolean {
  if (text.charCodeAt(start) !== ZERO + 1) return false;
  const second = text.charCodeAt(start + 1);
  if (second < ZERO + 3 || second > ZERO + 9) return false;
  for (let i = 2; i < 11; i++) if (digitOf(text.charCodeAt(start + i)) < 0) return false;
  return true;
}

/**
 * Passport number in `text[start, start + 9)`: `E` + a letter (not I/O) or digit + 7 digits,
 * or `E`/`G`/`K` + 8 digits.
 */
export function isPassportAt(text: string, start: number): boolean {
  const first = text.charCodeAt(start);
  const second = FLAGS[text.charCodeAt(start + 1)] ?? 0;
  if (first === 69 /* E */) {
    if ((second & (DIGIT | PLATE_LETTER)) === 0) return false;
  } else if (first !== 71 /* G */ && first !== 75 /* K */) return false;
  else if ((second & DIGIT) === 0) return false;
  for (let i = 2; i < 9; i++) if (digitOf(text.charCodeAt(start + i)) < 0) return false;
  return true;
}

/** IPv4 dotted quad in `text[start, end)`: four parts of 1–3 digits, each 0–255. */
export function isIpv4At(text: string, start: number, end: number): boolean {
  let parts = 0;
  let digits = 0;
  let value = 0;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 46;
    if (c === 46) {
      if (digits === 0 || value > 255) return false;
      parts++;
      digits = 0;
      value = 0;
    } else if (digits < 3 && digitOf(c) >= 0) {
      digits++;
      value = value * 10 + c - ZERO;
    } else {
      return false;
    }
  }
  return parts === 4;
}
