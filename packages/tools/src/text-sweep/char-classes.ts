// Character classes of the sweep as bit flags in lookup tables, so that the hot loops pay one
// typed-array load per character instead of a chain of range comparisons.

/** Province abbreviations that open an ordinary licence plate (GA 36). */
export const PLATE_PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';

/** May continue a token: `0-9`, `A-Z`, `x` (ID check character) and `.` (IPv4). */
export const CONT = 1;
/** May open a token: `0-9`, `A-Z` (plate provinces open one too; see {@link PROVINCE}). */
export const START = 2;
/** ASCII letter or digit: may not touch a token on either side. */
export const WORD = 4;
/** `0-9`. */
export const DIGIT = 8;
/** `A-Z` without `I` and `O`: plate and passport letters. */
export const PLATE_LETTER = 16;
/** May appear in the local part of an e-mail address: `A-Za-z0-9._%+-`. */
export const EMAIL_LOCAL = 32;
/** `.`: counted while a token is read, to tell IPv4 addresses apart. */
export const DOT = 64;
/** A plate province character (flag of {@link FLAGS} for codes above ASCII). */
export const PROVINCE = 128;

/** Flags of every UTF-16 code unit: 64 KiB, of which the sweep mostly touches the first 128. */
export const FLAGS = new Uint8Array(65536);

/** Character values of a unified social credit code (GB 32100): index in this alphabet, else -1. */
export const USCC_VALUES = new Int8Array(128).fill(-1);

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

function mark(chars: string, flag: number): void {
  for (let i = 0; i < chars.length; i++) {
    const c = chars.charCodeAt(i);
    FLAGS[c] = (FLAGS[c] ?? 0) | flag;
  }
}

const DIGITS = '0123456789';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
mark(DIGITS + UPPER + 'x.', CONT);
mark(DIGITS + UPPER, START);
mark(DIGITS + UPPER + LOWER, WORD | EMAIL_LOCAL);
mark(DIGITS, DIGIT);
mark('ABCDEFGHJKLMNPQRSTUVWXYZ', PLATE_LETTER);
mark('._%+-', EMAIL_LOCAL);
mark('.', DOT);
mark(PLATE_PROVINCES, PROVINCE);
for (let i = 0; i < USCC_CHARS.length; i++) USCC_VALUES[USCC_CHARS.charCodeAt(i)] = i;
