/**
 * Travel documents of the People's Republic of China: passports (护照) and the permits for
 * travel between the mainland, Hong Kong, Macau and Taiwan (通行证). Formats follow the
 * Exit and Entry Administration's published numbering (none has a check character).
 */

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Capital letters used as the second character of new numbers (no I, no O). */
const isSerialLetter = (c: number): boolean => c >= 65 && c <= 90 && c !== 73 && c !== 79;

function allDigits(value: string, start: number): boolean {
  if (start >= value.length) return false;
  for (let i = start; i < value.length; i++) if (!isDigit(value.charCodeAt(i))) return false;
  return true;
}

/**
 * Whether the 8 digits at `start` read as a `YYYYMMDD` date (1900–2099) or a zero-padded
 * counter (`0000…`): shapes of order and batch codes such as `P20250315` or `S00001234`,
 * which a random document number takes less than once in a thousand.
 */
function looksLikeDateOrCounter(value: string, start: number): boolean {
  const d = (i: number): number => value.charCodeAt(start + i) - 48;
  if (d(0) === 0 && d(1) === 0 && d(2) === 0 && d(3) === 0) return true;
  const century = d(0) * 10 + d(1);
  const month = d(4) * 10 + d(5);
  const day = d(6) * 10 + d(7);
  return (century === 19 || century === 20) && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** Letter + 8 digits that are not date- or counter-shaped. */
function letterAndEightDigits(value: string): boolean {
  return allDigits(value, 1) && !looksLikeDateOrCounter(value, 1);
}

/**
 * A passport number: ordinary e-passports `E` + 8 digits (before 2017) or `E` + letter (not
 * I/O) + 7 digits; older ordinary `G` + 8 digits; diplomatic, service and public-affairs
 * `D`/`S`/`P` + 8 digits or `DE`/`SE`/`PE` + 7 digits; HKSAR `K` + 8 digits; MSAR `MA` + 7.
 * Letter + 8 digits forming a date or a zero-padded counter (`P20250315`, `S00001234`) are
 * taken for order codes.
 *
 * @example isPassport('EB1234567') // true
 */
export function isPassport(value: string): boolean {
  if (value.length !== 9) return false;
  const c0 = value.charCodeAt(0);
  const c1 = value.charCodeAt(1);
  switch (c0) {
    case 69: // E
      if (isDigit(c1)) return letterAndEightDigits(value);
      return isSerialLetter(c1) && allDigits(value, 2);
    case 71: // G
    case 75: // K
      return letterAndEightDigits(value);
    case 68: // D
    case 83: // S
    case 80: // P
      return c1 === 69 ? allDigits(value, 2) : letterAndEightDigits(value);
    case 77: // M
      return c1 === 65 && allDigits(value, 2);
    default:
      return false;
  }
}

/**
 * A permit between the mainland and Hong Kong/Macau: the mainland residents' exit-entry permit
 * (往来港澳通行证) `C` + 8 digits or `C` + letter + 7 digits, and the home-return permit of Hong
 * Kong and Macau residents (港澳居民来往内地通行证) `H`/`M` + 8 or 10 digits.
 *
 * @example isHkMacauPermit('H12345678') // true
 */
export function isHkMacauPermit(value: string): boolean {
  const n = value.length;
  const c0 = value.charCodeAt(0);
  if (c0 === 67) {
    // C
    if (n !== 9) return false;
    const c1 = value.charCodeAt(1);
    return isDigit(c1) ? letterAndEightDigits(value) : isSerialLetter(c1) && allDigits(value, 2);
  }
  if (c0 === 72 || c0 === 77) {
    return (n === 9 || n === 11) && allDigits(value, 1) && !looksLikeDateOrCounter(value, 1);
  }
  return false;
}

/**
 * A Taiwan compatriot permit number (台湾居民来往大陆通行证): 8 digits (card form) or 10 digits.
 * Plain 8-digit numbers are everywhere, so this is used only when the column name or comment
 * says 台胞证/通行证.
 */
export function isTaiwanPermit(value: string): boolean {
  return (value.length === 8 || value.length === 10) && allDigits(value, 0);
}
