/**
 * The fast whole-value recognizer: one call per sampled value, no regular expression before
 * the length and first character have narrowed the value down to one or two formats.
 */
import type { LabelCode } from '@shuan/core';
import { recognizeDigitLead, recognizeLetterLead, recognizeSymbolLead } from './ascii-values.ts';
import { recognizeHanLead } from './han-values.ts';
import { recognizeWithHint, type ValueHint } from './hint-values.ts';

/** Recognises whole values: which label, if any, a value carries on its own. */
export interface ValueRecognizer {
  /**
   * The label a whole value carries without context (ID number with valid check character,
   * mobile on a real segment, e-mail, bank card with Luhn …), or null. Leading and trailing
   * white space is ignored.
   */
  recognize(value: string): LabelCode | null;
  /** The label a value carries given what the column name says (see {@link ValueHint}). */
  recognizeWithHint(value: string, hint: ValueHint): LabelCode | null;
}

const isSpace = (c: number): boolean => c <= 32 || c === 0x3000 || c === 0xa0 || c === 0xfeff;

/**
 * Recognises one whole value. Dispatches on the first character: ideographs go to the
 * name/plate/organisation/address checks, digits to the number formats, letters to
 * passports, keys, e-mail and IPv6, symbols to `+86`, `(021)`, `$2b$`, PEM. ASCII values
 * shorter than 6 characters are rejected at once (no label format is that short).
 *
 * @example recognizeValue('13812345678') // 'pi.mobile'
 */
export function recognizeValue(value: string): LabelCode | null {
  const n = value.length;
  if (n < 2) return null;
  const c0 = value.charCodeAt(0);
  if (isSpace(c0) || isSpace(value.charCodeAt(n - 1))) {
    const t = value.trim();
    return t.length === n || t.length < 2 ? null : recognizeValue(t);
  }
  if (c0 >= 0x4e00) {
    if (c0 < 0xa000) return recognizeHanLead(value, n, c0);
    return c0 === 0xff08 ? recognizeSymbolLead(value, n, 40) : null;
  }
  if (n < 6) return null;
  if (c0 <= 57) {
    if (c0 >= 48) return recognizeDigitLead(value, n, c0);
    return recognizeSymbolLead(value, n, c0);
  }
  if ((c0 >= 97 && c0 <= 122) || (c0 >= 65 && c0 <= 90)) {
    return recognizeLetterLead(value, n, c0);
  }
  return recognizeSymbolLead(value, n, c0);
}

/**
 * Creates the whole-value recognizer. It holds no state; the factory exists so callers (the
 * classifier, the bench) depend on an interface they can swap.
 *
 * @example createValueRecognizer().recognize('11010519491231002X') // 'pi.id_card'
 */
export function createValueRecognizer(): ValueRecognizer {
  return {
    recognize: recognizeValue,
    recognizeWithHint(value, hint) {
      return recognizeWithHint(value.trim(), hint);
    },
  };
}
