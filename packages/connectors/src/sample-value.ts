/**
 * A sampled value as the text the classifier reads: `null` for SQL NULL, strings as they are,
 * a marker for any bytes a driver still hands back (the bytes themselves never go further).
 */
export function sampleValueText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') {
    return value.toString();
  }
  if (value instanceof Uint8Array) return `<binary ${value.byteLength} bytes>`;
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value);
}
