import type { LabelCode } from '@shuan/core';
import { DIGIT, FLAGS, PLATE_LETTER, PROVINCE } from './char-classes.ts';
import {
  isBankCardAt,
  isIdCardAt,
  isIpv4At,
  isMobileAt,
  isPassportAt,
  isUsccAt,
} from './token-checks.ts';

/**
 * Classifies the token `text[start, end)` found by the scan (already checked for clean
 * boundaries, trailing dots cut), which holds `digits` digits and `dots` dots: validates
 * check digits and returns the label, or `undefined`. Works on char codes, so a candidate
 * that fails costs no substring.
 */
export function classifyToken(
  text: string,
  start: number,
  end: number,
  digits: number,
  dots: number,
): LabelCode | undefined {
  const length = end - start;
  if (text.charCodeAt(start) >= 128) {
    return isPlateAt(text, start, length) ? 'pi.license_plate' : undefined;
  }
  if (length > 19) return undefined;
  if (dots > 0) {
    return dots === 3 && digits + dots === length && isIpv4At(text, start, end)
      ? 'pi.ip_address'
      : undefined;
  }
  switch (length) {
    case 9:
      return isPassportAt(text, start) ? 'pi.passport' : undefined;
    case 11:
      return digits === 11 && isMobileAt(text, start) ? 'pi.mobile' : undefined;
    case 18:
      if (digits >= 17 && isIdCardAt(text, start)) return 'pi.id_card';
      if (isUsccAt(text, start)) return 'org.uscc';
      break;
    default:
      break;
  }
  return digits === length && isBankCardAt(text, start, end) ? 'pi.bank_card' : undefined;
}

/** Ordinary licence plate (GA 36): province, a letter, then 5 (6 for new energy) letters/digits. */
function isPlateAt(text: string, start: number, length: number): boolean {
  if (length !== 7 && length !== 8) return false;
  if (((FLAGS[text.charCodeAt(start)] ?? 0) & PROVINCE) === 0) return false;
  if (((FLAGS[text.charCodeAt(start + 1)] ?? 0) & PLATE_LETTER) === 0) return false;
  for (let i = 2; i < length; i++) {
    if (((FLAGS[text.charCodeAt(start + i)] ?? 0) & (DIGIT | PLATE_LETTER)) === 0) return false;
  }
  return true;
}
