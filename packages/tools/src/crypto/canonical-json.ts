/**
 * Canonical JSON, so the same value always hashes to the same SM3 digest: object keys sorted
 * by UTF-16 code units, no whitespace, strings and numbers written as `JSON.stringify` writes
 * them. For JSON-safe values this is the output of RFC 8785 (JCS).
 */

function unsupported(zh: string, en: string): TypeError {
  return new TypeError(`无法规范化为 JSON：${zh} / cannot canonicalize to JSON: ${en}`);
}

/** Mirrors JSON.stringify: values it would drop from objects (and write as null in arrays). */
function isDropped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

function write(value: unknown, ancestors: Set<object>): string {
  if (
    value !== null &&
    typeof value === 'object' &&
    'toJSON' in value &&
    typeof value.toJSON === 'function'
  ) {
    return write((value.toJSON as () => unknown).call(value), ancestors);
  }
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw unsupported('非有限数字', 'non-finite number');
      return JSON.stringify(value);
    case 'bigint':
      throw unsupported('BigInt（请先转为字符串）', 'BigInt (convert it to a string first)');
    case 'undefined':
    case 'function':
    case 'symbol':
      throw unsupported('顶层值不可序列化', 'top-level value is not serializable');
    case 'object':
      return value === null ? 'null' : writeContainer(value, ancestors);
  }
}

/**
 * True when JSON.stringify(value) is already canonical: every object's own keys are in
 * sorted order (and nothing inherited is enumerable), no toJSON, only finite numbers, no
 * undefined, function, symbol or BigInt anywhere, at most 64 levels deep (so a cycle ends
 * here and the careful path reports it). Received envelopes are sent in canonical order, so
 * their payloads take the native JSON.stringify instead of the walk below.
 */
function isOrdered(value: unknown, depth: number): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object':
      break;
    case 'bigint':
    case 'function':
    case 'symbol':
    case 'undefined':
      return false;
  }
  if (value === null) return true;
  if (depth > 64) return false;
  if (Array.isArray(value)) {
    for (const item of value as unknown[]) if (!isOrdered(item, depth + 1)) return false;
    return true;
  }
  if ('toJSON' in value) return false;
  let previous: string | undefined;
  for (const key in value) {
    if (!Object.hasOwn(value, key) || (previous !== undefined && !(previous < key))) return false;
    previous = key;
    if (!isOrdered((value as Record<string, unknown>)[key], depth + 1)) return false;
  }
  return true;
}

function writeContainer(value: object, ancestors: Set<object>): string {
  if (isOrdered(value, 0)) return JSON.stringify(value);
  if (ancestors.has(value)) throw unsupported('循环引用', 'circular reference');
  ancestors.add(value);
  let text: string;
  if (Array.isArray(value)) {
    const items: unknown[] = value;
    text = `[${items.map((item) => (isDropped(item) ? 'null' : write(item, ancestors))).join(',')}]`;
  } else {
    const record = value as Record<string, unknown>;
    const fields: string[] = [];
    for (const key of Object.keys(record).sort()) {
      const field = record[key];
      if (!isDropped(field)) fields.push(`${JSON.stringify(key)}:${write(field, ancestors)}`);
    }
    text = `{${fields.join(',')}}`;
  }
  ancestors.delete(value);
  return text;
}

/**
 * The canonical JSON text of `value`: sorted keys, no whitespace. Like JSON.stringify it
 * honours `toJSON` (dates become ISO strings) and drops undefined, functions and symbols from
 * objects; unlike it, it throws a TypeError for NaN/Infinity, BigInt, circular references and
 * an unserializable top-level value rather than writing something lossy.
 *
 * @example
 * canonicalJson({ b: 1, a: [true, null] }); // '{"a":[true,null],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  return write(value, new Set());
}
