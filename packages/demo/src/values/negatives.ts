import { idCardCheckChar, luhnCheckDigit } from '../checksums.ts';
import type { Rng } from '../rng.ts';
import { compact, randomDate } from './dates.ts';
import { REGIONS } from './regions.ts';

/**
 * Hard negatives: values that LOOK like personal data but are not. Each one is forced to fail
 * the checksum it could be mistaken for.
 */

/** Last digit that makes an 18-digit string fail both GB 11643 and Luhn. */
function failingLastDigit(first17: string, start: number): string {
  const id = idCardCheckChar(first17);
  const luhn = luhnCheckDigit(first17);
  for (let k = 0; k < 10; k++) {
    const d = String((start + k) % 10);
    if (d !== id && d !== luhn) return d;
  }
  return '0';
}

/** An 18-digit sales order number: `YYYYMMDDhhmmss` + 4-digit sequence (fails MOD 11-2 and Luhn). */
export function orderNumber(rng: Rng, date: string): string {
  const body =
    compact(date) +
    String(rng.int(7, 20)).padStart(2, '0') +
    rng.digits(4) +
    String(rng.int(0, 999)).padStart(3, '0');
  return body + failingLastDigit(body, rng.int(0, 9));
}

/**
 * An equipment factory serial number shaped exactly like a resident ID number (real county
 * code, real date, 3-digit sequence) whose check character is WRONG, and which fails Luhn too.
 */
export function fakeIdSerial(rng: Rng): string {
  const body =
    rng.pick(REGIONS).code + compact(randomDate(rng, '1998-01-01', '2025-12-31')) + rng.digits(3);
  return body + failingLastDigit(body, rng.int(0, 9));
}

/** An 11-digit production batch number: plant `1` + YYMMDD + line + sequence (no mobile segment). */
export function batchNumber(rng: Rng, date: string): string {
  return '1' + compact(date).slice(2) + String(rng.int(1, 12)).padStart(2, '0') + rng.digits(2);
}

const FAMILIES = ['BRK', 'HUB', 'KNK', 'CRK', 'CON', 'GER', 'SFT', 'ARM'];

/** A part number such as `HD-BRK-2231-A`. */
export function partNumber(rng: Rng): string {
  return `HD-${rng.pick(FAMILIES)}-${rng.int(1000, 9999)}-${rng.chars('ABCDE', 1)}`;
}
