/** Encodings the file readers decode with `TextDecoder`. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** An encoding and how many bytes of byte-order mark to skip. */
export interface DetectedEncoding {
  encoding: TextEncodingName;
  bomLength: number;
}

/**
 * Detects the encoding of a file from its first bytes: a byte-order mark, else UTF-8 when the
 * prefix decodes as UTF-8 (a sequence cut by the end of the prefix is fine), else GB18030 —
 * Chinese spreadsheet exports are often GBK, which GB18030 contains.
 */
export function detectEncoding(prefix: Uint8Array): DetectedEncoding {
  if (prefix[0] === 0xef && prefix[1] === 0xbb && prefix[2] === 0xbf) {
    return { encoding: 'utf-8', bomLength: 3 };
  }
  if (prefix[0] === 0xff && prefix[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (prefix[0] === 0xfe && prefix[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  try {
    // stream: true keeps a multi-byte sequence cut at the end of the prefix pending, not fatal.
    new TextDecoder('utf-8', { fatal: true }).decode(prefix, { stream: true });
    return { encoding: 'utf-8', bomLength: 0 };
  } catch {
    return { encoding: 'gb18030', bomLength: 0 };
  }
}
