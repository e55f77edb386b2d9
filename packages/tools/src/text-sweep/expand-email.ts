import { EMAIL_LOCAL, FLAGS, WORD } from './char-classes.ts';

const DOT = 46;
const HYPHEN = 45;
const UPPER_A = 65;
const UPPER_Z = 90;
const LOWER_A = 97;
const LOWER_Z = 122;
const MAX_LOCAL = 64;

/**
 * Expands the `@` at `at` to the whole e-mail address around it: a local part of 1–64
 * characters `A-Za-z0-9._%+-` before it, and a domain of letters, digits, `-` and dots after
 * it whose last label is 2+ letters. Returns `[start, end)`, or `undefined` when the text
 * around is not an address (`a@b`, `@x.com`, `foo@bar`).
 */
export function expandEmail(text: string, at: number): [number, number] | undefined {
  let start = at;
  while (start > 0 && ((FLAGS[text.charCodeAt(start - 1)] ?? 0) & EMAIL_LOCAL) !== 0) start--;
  if (start === at || start < at - MAX_LOCAL) return undefined;
  let end = at + 1;
  while (end < text.length && isDomainCode(text.charCodeAt(end))) end++;
  while (end > at + 1 && text.charCodeAt(end - 1) === DOT) end--;
  // The top-level label: 2+ letters after the last dot, which must not follow the `@` at once.
  let tld = end;
  while (tld > at + 1 && isLetter(text.charCodeAt(tld - 1))) tld--;
  if (end - tld < 2 || tld <= at + 2 || text.charCodeAt(tld - 1) !== DOT) return undefined;
  return [start, end];
}

function isLetter(c: number): boolean {
  return (c >= UPPER_A && c <= UPPER_Z) || (c >= LOWER_A && c <= LOWER_Z);
}

/** Letters, digits, `-` and `.`: what a domain is made of. */
function isDomainCode(c: number): boolean {
  return ((FLAGS[c] ?? 0) & WORD) !== 0 || c === DOT || c === HYPHEN;
}
