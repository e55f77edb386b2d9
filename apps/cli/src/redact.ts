/** Shortest password that is also replaced wherever it appears as plain text. */
const MIN_LITERAL_SECRET = 4;

/**
 * Removes credentials from text before it is printed: the `user:pass@` part of any URL
 * becomes `user:***@`, and each of `secrets` (passwords taken from the source URL) is
 * replaced wherever it appears, raw or percent-encoded.
 *
 * @example redactSecrets('postgres://u:secret@h/db refused') // 'postgres://u:***@h/db refused'
 */
export function redactSecrets(text: string, secrets: readonly string[] = []): string {
  let out = text.replace(/(\/\/[^/\s:@]*):[^\s/]*@/g, '$1:***@');
  for (const secret of secrets) {
    if (secret.length < MIN_LITERAL_SECRET) continue;
    for (const form of new Set([secret, encodeURIComponent(secret)])) {
      out = out.split(form).join('***');
    }
  }
  return out;
}

/**
 * The password of a source given as a URL (`postgres://u:pass@…`), decoded, so that it can
 * be kept out of every message; an empty list for anything else.
 */
export function secretsOfSource(source: string): string[] {
  try {
    const url = new URL(source);
    if (url.password === '') return [];
    return [...new Set([url.password, safeDecode(url.password)])];
  } catch {
    return [];
  }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
