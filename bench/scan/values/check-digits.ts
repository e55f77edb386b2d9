/**
 * Check characters of the formats the corpus plants (regulations.md §10), so that "valid"
 * values really validate and "invalid" ones fail only on their check character.
 */

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** ISO 7064 MOD 11-2 check character of the first 17 digits of a resident ID number. */
export function idCardCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += (first17.charCodeAt(i) - 48) * (ID_WEIGHTS[i] as number);
  return ID_CHECK[sum % 11] as string;
}

/** Luhn check digit of a card number without its last digit. */
export function luhnCheck(payload: string): string {
  let sum = 0;
  for (let i = payload.length - 1, double = true; i >= 0; i -= 1, double = !double) {
    let d = payload.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** The 31 symbols of a unified social credit code, valued 0–30. */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Check character of the first 17 characters of a unified social credit code. */
export function usccCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    sum += USCC_CHARSET.indexOf(first17[i] as string) * (USCC_WEIGHTS[i] as number);
  }
  const check = 31 - (sum % 31);
  return USCC_CHARSET[check === 31 ? 0 : check] as string;
}

/** A different check character from the same alphabet, to plant an invalid value. */
export function wrongCheck(right: string, alphabet: string): string {
  const index = alphabet.indexOf(right);
  return alphabet[(index + 1 + (index % 3)) % alphabet.length] as string;
}
