/**
 * Bank card numbers (银行卡号): ISO/IEC 7812 issuer prefixes and the Luhn (mod 10) check.
 */

/**
 * Luhn (mod 10) check over a string of digits; false on any non-digit.
 *
 * @example luhnValid('6222021234567890128') // true
 */
export function luhnValid(digits: string): boolean {
  const n = digits.length;
  if (n < 2) return false;
  let sum = 0;
  let double = false;
  for (let i = n - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** The Luhn check digit to append to `payload` (digits only). */
export function luhnCheckDigit(payload: string): string {
  let sum = 0;
  let double = true;
  for (let i = payload.length - 1; i >= 0; i--) {
    let d = payload.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return String((10 - (sum % 10)) % 10);
}

/**
 * Whether the issuer prefix (BIN) fits the length: UnionPay 62 (16–19), domestic 60/65/95
 * (16–19), Visa 4 (16 or 19), Mastercard 51–55 and 2221–2720 (16), JCB 35 (16–19), American
 * Express 34/37 (15). Other prefixes (order numbers starting 1, 2, 7, 8 …) are not cards.
 */
export function isPlausibleCardPrefix(value: string): boolean {
  const n = value.length;
  const a = value.charCodeAt(0) - 48;
  const b = value.charCodeAt(1) - 48;
  const two = a * 10 + b;
  switch (a) {
    case 6:
      return (two === 62 || two === 60 || two === 65) && n >= 16 && n <= 19;
    case 9:
      return two === 95 && n >= 16 && n <= 19;
    case 4:
      return n === 16 || n === 19;
    case 5:
      return two >= 51 && two <= 55 && n === 16;
    case 3:
      if (two === 34 || two === 37) return n === 15;
      return two === 35 && n >= 16 && n <= 19;
    case 2: {
      if (n !== 16) return false;
      const four = two * 100 + (value.charCodeAt(2) - 48) * 10 + (value.charCodeAt(3) - 48);
      return four >= 2221 && four <= 2720;
    }
    default:
      return false;
  }
}

/**
 * A bank card number: 15–19 digits (no separators), a plausible issuer prefix for its length,
 * and a valid Luhn check digit. Numbers that fail Luhn never count, so 16-digit trace IDs and
 * 19-digit sequence numbers are rejected nine times in ten, and those with an implausible
 * prefix always.
 *
 * @example isBankCard('6222021234567890128') // true
 */
export function isBankCard(value: string): boolean {
  const n = value.length;
  if (n < 15 || n > 19) return false;
  return isPlausibleCardPrefix(value) && luhnValid(value);
}
