/**
 * Splitting a payload too large for one envelope into chunks, and joining them back. The
 * payload's JSON text is cut into slices at character boundaries (never inside a UTF-8
 * sequence or a surrogate pair); each slice travels as the string payload of its own signed
 * envelope with `chunk: { index, count, groupId }`. The receiver joins the slices and parses
 * the text once all have arrived.
 */
import type { EnvelopeChunk } from './envelope.ts';
import { MAX_CHUNKS, MAX_PAYLOAD_BYTES } from './envelope.ts';
import type { FederationErrorCode } from './errors.ts';
import { FEDERATION_ERROR_MESSAGES } from './errors.ts';

/** One part of a split payload: the envelope's `chunk` field and its string `payload`. */
export interface PayloadChunk {
  chunk: EnvelopeChunk;
  payload: string;
}

/** Smallest useful `maxBytes`: two quotes and one 4-byte character. */
export const MIN_CHUNK_BYTES = 6;

/**
 * The bytes one UTF-16 code unit (or pair) adds inside a JSON string: `"` and `\` are escaped
 * to two bytes. Text made by JSON.stringify holds no raw control characters or lone
 * surrogates, so no other escape can occur.
 */
function costAt(text: string, i: number): { bytes: number; units: number } {
  const unit = text.charCodeAt(i);
  if (unit === 0x22 || unit === 0x5c) return { bytes: 2, units: 1 };
  if (unit < 0x80) return { bytes: 1, units: 1 };
  if (unit < 0x800) return { bytes: 2, units: 1 };
  const next = text.charCodeAt(i + 1);
  if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
    return { bytes: 4, units: 2 };
  }
  return { bytes: 3, units: 1 };
}

/**
 * Splits `payload` into string chunks whose serialized form (JSON string with quotes and
 * escapes, UTF-8) is at most `maxBytes` each — so each chunk envelope stays under the
 * envelope limit when `maxBytes ≤ MAX_PAYLOAD_BYTES`. Always returns at least one part. The
 * caller supplies `groupId` (core has no randomness): a fresh UUID per split payload.
 * Throws a RangeError for a `maxBytes` outside [6, 4 MiB] or a split beyond 4,096 parts,
 * and a TypeError for a payload JSON cannot write.
 *
 * @example
 * const parts = splitIntoChunks(catalog, MAX_PAYLOAD_BYTES, randomUUID());
 * // one envelope per part: { …draft, payload: part.payload, chunk: part.chunk }
 */
export function splitIntoChunks(
  payload: unknown,
  maxBytes: number,
  groupId: string,
): PayloadChunk[] {
  if (!Number.isInteger(maxBytes) || maxBytes < MIN_CHUNK_BYTES || maxBytes > MAX_PAYLOAD_BYTES) {
    throw new RangeError(
      `分片大小须在 ${MIN_CHUNK_BYTES} 到 ${MAX_PAYLOAD_BYTES} 字节之间 / maxBytes must be an integer in [${MIN_CHUNK_BYTES}, ${MAX_PAYLOAD_BYTES}]`,
    );
  }
  const text = JSON.stringify(payload) as string | undefined;
  if (text === undefined) {
    throw new TypeError('负载无法序列化为 JSON / the payload cannot be written as JSON');
  }
  const budget = maxBytes - 2;
  const slices: string[] = [];
  let start = 0;
  let used = 0;
  for (let i = 0; i < text.length;) {
    const { bytes, units } = costAt(text, i);
    if (used + bytes > budget) {
      slices.push(text.slice(start, i));
      start = i;
      used = 0;
    }
    used += bytes;
    i += units;
  }
  slices.push(text.slice(start));
  if (slices.length > MAX_CHUNKS) {
    throw new RangeError(
      `分片数超过 ${MAX_CHUNKS} / more than ${MAX_CHUNKS} chunks: raise maxBytes`,
    );
  }
  return slices.map((slice, index) => ({
    chunk: { index, count: slices.length, groupId },
    payload: slice,
  }));
}

/** Codes {@link joinChunks} fails with. */
export type JoinChunksCode = Extract<
  FederationErrorCode,
  'FED_CHUNK_MISSING' | 'FED_CHUNK_INCONSISTENT' | 'FED_CHUNK_CORRUPT'
>;

/** The joined payload, or why the parts cannot be joined (`missing` lists absent indexes). */
export type JoinChunksResult =
  | { ok: true; payload: unknown }
  | { ok: false; code: JoinChunksCode; message: string; missing?: number[] };

/** A received part: the envelope's `chunk` and `payload` (extra fields are ignored). */
export interface ReceivedChunk {
  chunk?: EnvelopeChunk | undefined;
  payload: unknown;
}

function failure(code: JoinChunksCode, missing?: number[]): JoinChunksResult {
  return missing === undefined
    ? { ok: false, code, message: FEDERATION_ERROR_MESSAGES[code] }
    : { ok: false, code, message: FEDERATION_ERROR_MESSAGES[code], missing };
}

/** Puts the parts in index order, or says what is wrong with them. */
function orderParts(parts: readonly ReceivedChunk[]): string[] | JoinChunksResult {
  const first = parts[0]?.chunk;
  if (first === undefined) return failure('FED_CHUNK_MISSING', []);
  const { count, groupId } = first;
  if (!Number.isInteger(count) || count < 1 || count > MAX_CHUNKS) {
    return failure('FED_CHUNK_INCONSISTENT');
  }
  const slices = new Array<string | undefined>(count).fill(undefined);
  for (const { chunk, payload } of parts) {
    const bad =
      chunk === undefined ||
      chunk.groupId !== groupId ||
      chunk.count !== count ||
      !Number.isInteger(chunk.index) ||
      chunk.index < 0 ||
      chunk.index >= count ||
      typeof payload !== 'string';
    if (bad) return failure('FED_CHUNK_INCONSISTENT');
    const held = slices[chunk.index];
    // The same part delivered twice is harmless; two different parts at one index are not.
    if (held !== undefined && held !== payload) return failure('FED_CHUNK_INCONSISTENT');
    slices[chunk.index] = payload;
  }
  const missing = slices.flatMap((slice, index) => (slice === undefined ? [index] : []));
  if (missing.length > 0) return failure('FED_CHUNK_MISSING', missing);
  return slices as string[];
}

/**
 * Joins the parts of one split payload, in any order, and parses the text. Fails with
 * FED_CHUNK_INCONSISTENT when parts disagree on `groupId` or `count`, carry an index out of
 * range, a non-string payload or two different payloads at one index; FED_CHUNK_MISSING
 * (with the `missing` indexes) when parts are absent; FED_CHUNK_CORRUPT when the joined text
 * is not JSON. Never throws.
 *
 * @example
 * const joined = joinChunks(storedParts);
 * if (joined.ok) applyFiling(joined.payload);
 */
export function joinChunks(parts: readonly ReceivedChunk[]): JoinChunksResult {
  const ordered = orderParts(parts);
  if (!Array.isArray(ordered)) return ordered;
  try {
    return { ok: true, payload: JSON.parse(ordered.join('')) as unknown };
  } catch {
    return failure('FED_CHUNK_CORRUPT');
  }
}
