/**
 * Splits a column name into lower-case word tokens: snake_case, kebab-case, dotted names,
 * camelCase and PascalCase (with acronyms: `lastLoginIP` → last, login, ip; `IPAddress` →
 * ip, address), and digit runs (`phone2` → phone, 2). Ideographs are left to the Chinese
 * matcher; they split ASCII tokens like any separator.
 *
 * @example tokenizeName('lastLoginIP') // ['last', 'login', 'ip']
 */
export function tokenizeName(name: string): string[] {
  const tokens: string[] = [];
  let start = -1;
  let kind = 0; // 1 lower, 2 upper, 3 digit
  const flush = (end: number): void => {
    if (start >= 0 && end > start) tokens.push(name.slice(start, end).toLowerCase());
    start = -1;
    kind = 0;
  };
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const k = c >= 97 && c <= 122 ? 1 : c >= 65 && c <= 90 ? 2 : c >= 48 && c <= 57 ? 3 : 0;
    if (k === 0) {
      flush(i);
      continue;
    }
    if (start < 0) {
      start = i;
      kind = k;
      continue;
    }
    if (k === kind) continue;
    if (kind === 2 && k === 1) {
      // "IPAddress": the last capital starts the next word when more than one came before
      if (i - start > 1) {
        flush(i - 1);
        start = i - 1;
      }
      kind = 1;
      continue;
    }
    flush(i);
    start = i;
    kind = k;
  }
  flush(name.length);
  return mergeKnownAlnum(tokens);
}

/** Words that end in digits and must stay whole (`md5`, `ipv4`), not `md` + `5`. */
const ALNUM_WORDS = new Set([
  'md5',
  'sha1',
  'sha256',
  'sha512',
  'ipv4',
  'ipv6',
  'base64',
  'sm2',
  'sm3',
  'sm4',
  'pbkdf2',
  'argon2',
  'x509',
  'utf8',
  'e164',
]);

function mergeKnownAlnum(tokens: string[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    const prev = out[out.length - 1];
    if (prev !== undefined && /^\d+$/.test(t) && ALNUM_WORDS.has(prev + t))
      out[out.length - 1] = prev + t;
    else out.push(t);
  }
  return out;
}

/** True when the text holds a CJK ideograph (then the Chinese matcher reads it). */
export function hasHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && c < 0xa000) return true;
  }
  return false;
}
