/**
 * Encodes text as GBK for test fixtures. Node decodes GBK but cannot encode it, so the table
 * is built once by decoding every two-byte GBK code; ASCII passes through.
 */
let table: Map<string, number[]> | undefined;

function gbkTable(): Map<string, number[]> {
  if (table) return table;
  const decoder = new TextDecoder('gbk', { fatal: true });
  const built = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      try {
        const char = decoder.decode(Uint8Array.of(lead, trail));
        if (!built.has(char)) built.set(char, [lead, trail]);
      } catch {
        // Not a GBK code.
      }
    }
  }
  table = built;
  return built;
}

/** The GBK bytes of `text`; throws for a character GBK lacks. */
export function encodeGbk(text: string): Buffer {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const pair = gbkTable().get(char);
    if (!pair) throw new Error(`no GBK code for ${char}`);
    bytes.push(...pair);
  }
  return Buffer.from(bytes);
}
