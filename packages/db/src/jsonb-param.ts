/**
 * A value as a `jsonb` query parameter in PostgreSQL's binary format: the version byte 1,
 * then the JSON text in UTF-8 (jsonb_recv). The driver sends a Buffer as it is, so a big
 * batch's JSON is encoded to UTF-8 once here instead of measured and then written by the
 * driver (two passes over the text), and the server parses it straight into jsonb.
 *
 * @example
 * await db.query('SELECT * FROM jsonb_to_recordset($1::jsonb) AS t(id uuid)', [jsonbParam(rows)]);
 */
export function jsonbParam(value: unknown): Buffer {
  // U+0001 is the byte 1 in UTF-8: one encoding pass writes the version and the text.
  return Buffer.from(`\u0001${JSON.stringify(value)}`);
}
