/**
 * Check characters of the formats the corpus plants (regulations.md §10), so that "valid"
 * values really validate and "invalid" ones fail only on their check character. The check
 * characters come from the validators of `@shuan/tools` (tested on the standards' vectors);
 * only the deliberately wrong one is the bench's own.
 */
export {
  USCC_CHARSET,
  idCardCheckChar as idCardCheck,
  luhnCheckDigit as luhnCheck,
  usccCheckChar as usccCheck,
} from '@shuan/tools';

/** A different check character from the same alphabet, to plant an invalid value. */
export function wrongCheck(right: string, alphabet: string): string {
  const index = alphabet.indexOf(right);
  return alphabet[(index + 1 + (index % 3)) % alphabet.length] as string;
}
