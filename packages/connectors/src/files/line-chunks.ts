import { open } from 'node:fs/promises';
import type { DetectedEncoding, TextEncodingName } from './detect-encoding.ts';

const CHUNK_BYTES = 4 << 20;
/**
 * Strings are handed out in pieces of whole lines up to this size: even decoded to two-byte
 * characters they stay under V8's large-object size (128 KB), so they are born and die in the
 * young generation instead of piling up as large objects until a full collection.
 */
const PIECE_BYTES = 48 << 10;
/** A line longer than this many chunks is handed out in pieces rather than held whole. */
const MAX_LINE_CHUNKS = 16;
const LF = 10;

/**
 * Reads a text file as strings of whole lines: each ends at a line break (the last one at the
 * end of the file) and is decoded from exactly its own bytes. So each string is flat — never
 * a concatenation of a carried partial line with the next chunk, nor a slice of one — which
 * is what makes `charCodeAt` loops over it (the whole-file sweep) fast. Two buffers take
 * turns: the next chunk is read while the caller works on this one. With `skipFirstLine` the
 * header row is dropped. `chunkBytes` (4 MB) is the read size; tests make it tiny.
 */
export async function* readLineChunks(
  path: string,
  encoding: DetectedEncoding,
  skipFirstLine: boolean,
  chunkBytes = CHUNK_BYTES,
): AsyncGenerator<string> {
  const name = encoding.encoding;
  const maxLineBytes = chunkBytes * MAX_LINE_CHUNKS;
  // UTF-16 cuts stay on even bytes (the BOM is 2 bytes, so buffer offsets are aligned).
  const unit = name === 'utf-8' || name === 'gb18030' ? 1 : 2;
  const decoder = new TextDecoder(name);
  const handle = await open(path, 'r');
  let position = encoding.bomLength;
  const readInto = async (target: Buffer, offset: number): Promise<number> => {
    const { bytesRead } = await handle.read(target, offset, target.length - offset, position);
    position += bytesRead;
    return bytesRead;
  };
  let buffer = Buffer.allocUnsafe(chunkBytes);
  let spare = Buffer.allocUnsafe(chunkBytes);
  let filled = 0;
  let skip = skipFirstLine;
  let reading = readInto(buffer, 0);
  try {
    for (;;) {
      const bytesRead = await reading;
      filled += bytesRead;
      const atEnd = bytesRead === 0;
      let start = 0;
      if (skip) {
        start = Math.max(0, lineBreakAfter(buffer, 0, filled, name));
        if (start > 0) {
          decoder.decode(buffer.subarray(0, start), { stream: true });
          skip = false;
        }
      }
      let cut = atEnd ? filled : skip ? -1 : lastLineBreakAfter(buffer, start, filled, name);
      if (cut < 0 && filled === buffer.length) {
        if (buffer.length < maxLineBytes) {
          // A line longer than the buffer: grow both buffers and read on.
          const bigger = Buffer.allocUnsafe(buffer.length * 2);
          buffer.copy(bigger, 0, 0, filled);
          buffer = bigger;
          spare = Buffer.allocUnsafe(bigger.length);
        } else {
          // A huge line: hand it out in pieces (the streaming decoder keeps a cut sequence).
          cut = filled - (filled % unit);
        }
      }
      if (cut < 0) {
        if (start > 0) {
          buffer.copyWithin(0, start, filled);
          filled -= start;
        }
        reading = readInto(buffer, filled);
        continue;
      }
      // Move the unfinished line to the other buffer and read on into it while this chunk
      // is decoded and handed out.
      const chunk = buffer;
      chunk.copy(spare, 0, cut, filled);
      [buffer, spare] = [spare, chunk];
      filled -= cut;
      if (!atEnd) reading = readInto(buffer, filled);
      if (!skip) {
        for (let from = start; from < cut;) {
          const to = pieceEnd(chunk, from, cut, name);
          yield decoder.decode(chunk.subarray(from, to), { stream: true });
          from = to;
        }
      }
      if (atEnd) {
        const rest = decoder.decode();
        if (!skip && rest.length > 0) yield rest;
        return;
      }
    }
  } finally {
    await reading.catch(() => 0);
    await handle.close();
  }
}

/**
 * Where the piece of `bytes[from, cut)` handed out next ends: after the last line break
 * within {@link PIECE_BYTES}, or after the first one beyond when a line is longer.
 */
function pieceEnd(bytes: Buffer, from: number, cut: number, name: TextEncodingName): number {
  if (cut - from <= PIECE_BYTES) return cut;
  const limit = from + PIECE_BYTES;
  const end = lastLineBreakAfter(bytes, from, limit, name);
  if (end > from) return end;
  const after = lineBreakAfter(bytes, limit, cut, name);
  return after > 0 ? after : cut;
}

/** Whether the byte at `i` is the `0x0A` of a line feed in `encoding` (UTF-16 aligned). */
function isLineFeedAt(bytes: Uint8Array, i: number, end: number, name: TextEncodingName): boolean {
  switch (name) {
    case 'utf-8':
    case 'gb18030':
      // Neither encoding uses 0x0A inside a multi-byte character.
      return true;
    case 'utf-16le':
      return i % 2 === 0 && i + 1 < end && bytes[i + 1] === 0;
    case 'utf-16be':
      return i % 2 === 1 && bytes[i - 1] === 0;
  }
}

/** The offset just after the first line feed in `bytes[from, end)`, or -1. */
export function lineBreakAfter(
  bytes: Buffer,
  from: number,
  end: number,
  name: TextEncodingName,
): number {
  let i = bytes.indexOf(LF, from);
  while (i >= 0 && i < end) {
    if (isLineFeedAt(bytes, i, end, name)) return i + (name === 'utf-16le' ? 2 : 1);
    i = bytes.indexOf(LF, i + 1);
  }
  return -1;
}

/** The offset just after the last line feed in `bytes[from, end)`, or -1. */
export function lastLineBreakAfter(
  bytes: Buffer,
  from: number,
  end: number,
  name: TextEncodingName,
): number {
  let i = end > 0 ? bytes.lastIndexOf(LF, end - 1) : -1;
  while (i >= from) {
    if (isLineFeedAt(bytes, i, end, name)) return i + (name === 'utf-16le' ? 2 : 1);
    i = i > 0 ? bytes.lastIndexOf(LF, i - 1) : -1;
  }
  return -1;
}
