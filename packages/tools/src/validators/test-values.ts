/**
 * Test-data factories: valid identifiers whose check characters are computed here from the
 * published formulas (independently of the validators' tables), and the same identifiers
 * with the check character changed — right length, wrong checksum.
 */

/** GB 11643: weights 2^(17−i) mod 11, check (12 − S mod 11) mod 11, 10 written X. */
export function idCheck(first17: string): string {
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(first17[i]) * (2 ** (17 - i) % 11);
  const c = (12 - (s % 11)) % 11;
  return c === 10 ? 'X' : String(c);
}

/** A valid 18-character ID number for a division code, birth date `YYYYMMDD` and sequence. */
export function buildIdCard(division = '110105', birth = '19900307', seq = '123'): string {
  const body = division + birth + seq;
  return body + idCheck(body);
}

/** Replaces the last character by another from `alphabet`. */
export function withWrongCheck(value: string, alphabet = '0123456789X'): string {
  const last = value.slice(-1);
  const other = alphabet[(alphabet.indexOf(last) + 1) % alphabet.length] ?? '0';
  return value.slice(0, -1) + other;
}

/** Luhn check digit by the textbook "double every second digit from the right" rule. */
export function luhnDigit(payload: string): string {
  const digits = payload.split('').reverse().map(Number);
  const sum = digits.reduce(
    (acc, d, i) => acc + (i % 2 === 0 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d),
    0,
  );
  return String((10 - (sum % 10)) % 10);
}

/** A Luhn-valid card number: `prefix` padded with a counter to `length` digits. */
export function buildBankCard(prefix = '622202', length = 19, n = 0): string {
  const fill = String(n).padStart(length - prefix.length - 1, '0');
  const payload = prefix + fill.slice(-(length - prefix.length - 1));
  return payload + luhnDigit(payload);
}

/** GB 32100 charset and check: weights 3^(i−1) mod 31, C = 31 − (S mod 31), 31 → 0. */
export const USCC_SET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
export function usccCheck(first17: string): string {
  let s = 0;
  for (let i = 0; i < 17; i++) s += USCC_SET.indexOf(first17[i] ?? '0') * (3 ** i % 31);
  return USCC_SET[(31 - (s % 31)) % 31] ?? '0';
}

/** GB 11714 check: weights 3 7 9 10 5 8 4 2, C9 = 11 − (S mod 11), 10 → X, 11 → 0. */
export function orgCheck(first8: string): string {
  const w = [3, 7, 9, 10, 5, 8, 4, 2];
  let s = 0;
  for (let i = 0; i < 8; i++) s += parseInt(first8[i] ?? '0', 36) * (w[i] ?? 0);
  const c = 11 - (s % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/** A valid USCC: `91` + division + organisation code (with its own check) + check. */
export function buildUscc(division = '310115', org8 = 'MA1FL2K3'): string {
  const head = '91' + division + org8 + orgCheck(org8);
  return head + usccCheck(head);
}
