/**
 * A value as a `jsonb` query parameter in PostgreSQL's binary format: the version byte 1,
 * then the JSON text in UTF-8 (jsonb_recv). The driver sends a Buffer as it is, so a big
 * batch's JSON is encoded to UTF-8 in one pass here instead of measured and then written by
 * the driver (two passes over the text), and the server parses it straight into jsonb.
 *
 * @example
 * await db.query('SELECT * FROM jsonb_to_recordset($1::jsonb) AS t(id uuid)', [jsonbParam(rows)]);
 */
export function jsonbParam(value: unknown): Buffer {
  return jsonbTextParam(JSON.stringify(value));
}

/**
 * {@link jsonbParam} of a JSON text already written (valid JSON: PostgreSQL refuses it
 * otherwise, and nothing is stored).
 */
export function jsonbTextParam(text: string): Buffer {
  // A UTF-16 unit is at most 3 UTF-8 bytes: write once into room for the worst case, and
  // measure first only for texts big enough that the spare room would matter.
  const room = text.length * 3 <= ONE_PASS_LIMIT ? text.length * 3 : Buffer.byteLength(text);
  const bytes = Buffer.allocUnsafe(1 + room);
  bytes[0] = 1;
  const written = bytes.write(text, 1);
  return bytes.subarray(0, 1 + written);
}

/** Texts up to this many bytes (worst case) are written in one pass (a push is ~0.3 MB). */
const ONE_PASS_LIMIT = 4 * 1024 * 1024;
