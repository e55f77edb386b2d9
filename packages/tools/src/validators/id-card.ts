/**
 * Resident identity card numbers (居民身份证号), GB 11643-1999: 6-digit division code
 * (GB/T 2260), 8-digit birth date, 3-digit sequence, and an ISO 7064 MOD 11-2 check
 * character (`X` for 10). The 15-digit pre-1999 form has no check character.
 */
import { isPlausibleBirth, todayYmd } from './dates.ts';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK_CHARS = '10X98765432';

/**
 * Province-level division codes (the first two digits): 11–15, 21–23, 31–37, 41–46, 50–54,
 * 61–65, 71 (Taiwan), 81/82 (Hong Kong/Macau) and 83 (residence permits of Taiwan residents,
 * which use the same 18-character layout).
 */
export const ID_PROVINCE_CODES: readonly number[] = [
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
  53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83,
];

const PROVINCE = new Uint8Array(100);
for (const code of ID_PROVINCE_CODES) PROVINCE[code] = 1;

/** True when `code` (0–99) is a province-level division code of GB/T 2260. */
export function isProvinceCode(code: number): boolean {
  return PROVINCE[code] === 1;
}

/**
 * The ISO 7064 MOD 11-2 check character of the first 17 digits of an 18-digit ID number.
 *
 * @example idCardCheckChar('11010519491231002') // 'X'
 */
export function idCardCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * (ID_WEIGHTS[i] ?? 0);
  return ID_CHECK_CHARS[sum % 11] ?? '';
}

const today = todayYmd();

/**
 * An 18-character resident ID number: 17 digits and a check character (`X`/`x` allowed), a
 * real province code, a real birth date between 1900 and today, and a correct MOD 11-2 check
 * character. Right length with a wrong check character is rejected — that is what keeps
 * 18-digit order and serial numbers out.
 *
 * @example isIdCard('11010519491231002X') // true
 */
export function isIdCard(value: string, todayYmdNumber: number = today): boolean {
  if (value.length !== 18) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    sum += d * (ID_WEIGHTS[i] ?? 0);
  }
  const last = value.charCodeAt(17);
  const expected = ID_CHECK_CHARS.charCodeAt(sum % 11);
  if (last !== expected && !(expected === 88 && last === 120)) return false;
  const d = (i: number): number => value.charCodeAt(i) - 48;
  if (!isProvinceCode(d(0) * 10 + d(1))) return false;
  const year = d(6) * 1000 + d(7) * 100 + d(8) * 10 + d(9);
  return isPlausibleBirth(year, d(10) * 10 + d(11), d(12) * 10 + d(13), todayYmdNumber);
}

/**
 * A 15-digit ID number of the first generation (before 1999): division code, `YYMMDD` birth
 * date in the 1900s, 3-digit sequence, no check character. Weak on its own (any 15-digit
 * number with a plausible date passes), so the value recognizer does not use it; labelColumn
 * applies it only when the column name or comment says ID card.
 */
export function isLegacyIdCard(value: string): boolean {
  if (value.length !== 15) return false;
  for (let i = 0; i < 15; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  const d = (i: number): number => value.charCodeAt(i) - 48;
  if (!isProvinceCode(d(0) * 10 + d(1))) return false;
  return isPlausibleBirth(1900 + d(6) * 10 + d(7), d(8) * 10 + d(9), d(10) * 10 + d(11), today);
}
