/**
 * Calendar-date checks shared by the ID-number and birth-date validators. Dates are compared
 * as `YYYYMMDD` numbers so the hot path never builds a `Date`.
 */

const DAYS_IN_MONTH = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True for a real Gregorian date (29 February only in leap years). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  if (day > (DAYS_IN_MONTH[month] ?? 0)) return false;
  if (month === 2 && day === 29) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return true;
}

/** `YYYYMMDD` as a number, for range comparisons. */
export function ymd(year: number, month: number, day: number): number {
  return year * 10_000 + month * 100 + day;
}

/** Today (UTC) as a `YYYYMMDD` number; birth dates and ID numbers may not lie after it. */
export function todayYmd(now: Date = new Date()): number {
  return ymd(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate());
}

/** The earliest birth date the validators accept (1900-01-01). */
export const EARLIEST_BIRTH = 19_000_101;

/**
 * A plausible birth date: a real date between 1900-01-01 and `today` (a `YYYYMMDD` number).
 */
export function isPlausibleBirth(year: number, month: number, day: number, today: number): boolean {
  const n = ymd(year, month, day);
  return n >= EARLIEST_BIRTH && n <= today && isCalendarDate(year, month, day);
}

function digitsAt(value: string, start: number, count: number): number {
  let n = 0;
  for (let i = start; i < start + count; i++) {
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Reads 1–2 digits at `start`; returns `[value, next index]` or null. */
function smallNumberAt(value: string, start: number): [number, number] | null {
  const a = value.charCodeAt(start) - 48;
  if (a < 0 || a > 9) return null;
  const b = value.charCodeAt(start + 1) - 48;
  if (b >= 0 && b <= 9) return [a * 10 + b, start + 2];
  return [a, start + 1];
}

/** A time part after a date that keeps it a date: ` 00:00:00`, `T00:00:00Z`, `.000` … */
function isMidnightTail(value: string, start: number): boolean {
  if (start === value.length) return true;
  const sep = value.charCodeAt(start);
  if (sep !== 32 && sep !== 84) return false;
  const rest = value.slice(start + 1);
  return /^00:00(:00(\.0+)?)?(Z|[+-]\d\d:?\d\d)?$/.test(rest);
}

/**
 * Parses a date written as `YYYY-MM-DD`, `YYYY/MM/DD`, `YYYY.MM.DD`, `YYYYMMDD` or
 * `YYYY年M月D日`, optionally followed by a midnight time (`1990-05-01 00:00:00`, as dates come
 * out of DATETIME columns). Returns the `YYYYMMDD` number of a real date, or -1.
 *
 * @example parseDateValue('1990-05-01') // 19900501
 */
export function parseDateValue(value: string): number {
  const n = value.length;
  if (n < 8) return -1;
  const year = digitsAt(value, 0, 4);
  if (year < 0) return -1;
  const sep = value.charCodeAt(4);
  let month: number;
  let day: number;
  let end: number;
  if (sep >= 48 && sep <= 57) {
    month = digitsAt(value, 4, 2);
    day = digitsAt(value, 6, 2);
    end = 8;
    if (month < 0 || day < 0) return -1;
  } else {
    const m = smallNumberAt(value, 5);
    if (!m) return -1;
    const sep2 = value.charCodeAt(m[1]);
    const isHan = sep === 0x5e74; // 年
    if (isHan ? sep2 !== 0x6708 : sep2 !== sep || (sep !== 45 && sep !== 47 && sep !== 46)) {
      return -1;
    }
    const d = smallNumberAt(value, m[1] + 1);
    if (!d) return -1;
    month = m[0];
    day = d[0];
    end = d[1];
    if (isHan) {
      if (value.charCodeAt(end) !== 0x65e5) return -1; // 日
      end += 1;
    }
  }
  if (!isMidnightTail(value, end)) return -1;
  return isCalendarDate(year, month, day) ? ymd(year, month, day) : -1;
}

/**
 * A birth-date value: a date (see {@link parseDateValue}) between 1900-01-01 and today.
 * Only meaningful with context — an arbitrary date column is not a birth date — so the value
 * recognizer applies it only when the column name or comment says 出生/birth/csrq.
 */
export function isBirthDateValue(value: string, today: number = todayYmd()): boolean {
  const n = parseDateValue(value);
  return n >= EARLIEST_BIRTH && n <= today;
}
