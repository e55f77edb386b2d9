/**
 * Byte helpers shared by the crypto toolkit: UTF-8 input, strict base64url and hex, and
 * copying Node Buffers out of Node's shared allocation pool before handing them to callers.
 */
import { Buffer } from 'node:buffer';

const utf8 = new TextEncoder();
const BASE64URL = /^[A-Za-z0-9_-]*$/;
const HEX = /^(?:[0-9a-fA-F]{2})*$/;

/** Strings are UTF-8 encoded; byte arrays are used as they are (not copied). */
export function toBytes(data: Uint8Array | string): Uint8Array {
  return typeof data === 'string' ? utf8.encode(data) : data;
}

/** A Buffer view of the same memory, for Node APIs that want Buffers (no copy). */
export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * A plain Uint8Array that owns its memory. Small Node Buffers live in a shared 8 KiB pool, and
 * `.buffer` of a view would expose the neighbours (possibly other keys or plaintexts), so a
 * pooled Buffer is copied; a Buffer that owns its whole ArrayBuffer is re-viewed for free.
 */
export function ownedBytes(buffer: Uint8Array): Uint8Array {
  if (buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength) {
    return new Uint8Array(buffer.buffer, 0, buffer.byteLength);
  }
  return new Uint8Array(buffer);
}

/** base64url without padding, the alphabet of RFC 4648 §5. */
export function encodeBase64url(bytes: Uint8Array): string {
  return asBuffer(bytes).toString('base64url');
}

/**
 * Decodes base64url, or returns undefined when the text is not the canonical unpadded
 * encoding of some bytes. Node's decoder silently skips bad characters and ignores stray
 * trailing bits; accepting that would let many different strings open to the same message.
 */
export function decodeBase64urlStrict(text: string): Buffer | undefined {
  if (!BASE64URL.test(text) || text.length % 4 === 1) return undefined;
  const bytes = Buffer.from(text, 'base64url');
  return bytes.toString('base64url') === text ? bytes : undefined;
}

/** True for an even-length string of hex digits (either case). */
export function isHex(text: string): boolean {
  return HEX.test(text);
}
