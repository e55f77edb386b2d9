/**
 * Motor-vehicle licence plates (机动车号牌), GA 36-2018: province abbreviation, issuing-
 * authority letter, then the serial — 5 characters for ordinary plates, 6 for new-energy
 * plates (`D`/`F` first for small vehicles, last for large ones), or 4 and a suffix
 * (挂 trailer, 学 learner, 警 police, 港/澳 cross-border, 领 consulate).
 */

/** The 31 province-level abbreviations that start a plate. */
export const PLATE_PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';

/** Suffix characters of special plates. */
export const PLATE_SUFFIXES = '挂学警港澳领';

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** Serial letters: A–Z without I and O. */
const isPlateLetter = (c: number): boolean => c >= 65 && c <= 90 && c !== 73 && c !== 79;

/**
 * A licence plate such as `沪A3K8M2`, `沪AD12345` (new energy, small), `沪A12345D` (new
 * energy, large) or `粤B1234学`; an optional `·`, space or dash may follow the authority
 * letter. Ordinary serials need at least two digits (GA 36 allows at most three letters).
 *
 * @example isLicensePlate('沪AD12345') // true
 */
export function isLicensePlate(value: string): boolean {
  const n = value.length;
  if (n < 7 || n > 9) return false;
  if (PLATE_PROVINCES.indexOf(value.charAt(0)) < 0) return false;
  if (!isPlateLetter(value.charCodeAt(1))) return false;
  let i = 2;
  const sep = value.charCodeAt(2);
  if (sep === 0xb7 || sep === 0x2022 || sep === 32 || sep === 45) i = 3;
  const len = n - i;
  if (len === 5) {
    const body = PLATE_SUFFIXES.indexOf(value.charAt(n - 1)) >= 0 ? n - 1 : n;
    let digits = 0;
    for (let k = i; k < body; k++) {
      const c = value.charCodeAt(k);
      if (isDigit(c)) digits += 1;
      else if (!isPlateLetter(c)) return false;
    }
    return digits >= 2;
  }
  if (len === 6) {
    const first = value.charCodeAt(i);
    const last = value.charCodeAt(n - 1);
    if (first === 68 || first === 70) {
      // small new-energy: D/F, one letter or digit, four digits
      const c = value.charCodeAt(i + 1);
      if (!isDigit(c) && !isPlateLetter(c)) return false;
      for (let k = i + 2; k < n; k++) if (!isDigit(value.charCodeAt(k))) return false;
      return true;
    }
    if (last === 68 || last === 70) {
      for (let k = i; k < n - 1; k++) if (!isDigit(value.charCodeAt(k))) return false;
      return true;
    }
  }
  return false;
}
