import { readFile, stat } from 'node:fs/promises';
import { malformedFile } from './file-errors.ts';
import { addHit, type ColumnHits, type FileSweeper } from './sweep-port.ts';
import { Reservoir } from './reservoir.ts';

/** A JSON file read as a table: an array of objects with nested keys flattened by dots. */
export interface JsonTable {
  columns: string[];
  rows: Map<string, string | null>[];
  rowCount: number;
  hits: ColumnHits;
  sizeBytes: number;
}

/** Files above this size are refused with advice rather than parsed in memory. */
export const MAX_JSON_BYTES = 512 * 1024 * 1024;

/**
 * Reads a JSON file that holds an array of objects. Columns are the union of the (flattened)
 * keys; `rows` objects are kept by reservoir sampling and every value is swept. Anything else
 * throws a `SOURCE_READ_FAILED` error for this file.
 */
export async function readJsonFile(
  path: string,
  label: string,
  rows: number,
  sweeper: FileSweeper | undefined,
): Promise<JsonTable> {
  const { size } = await stat(path);
  if (size > MAX_JSON_BYTES) {
    throw malformedFile(
      label,
      `JSON file is ${Math.round(size / 1048576)} MB, over 512 MB; export it as CSV or JSON Lines`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse((await readFile(path, 'utf8')).replace(/^\uFEFF/, ''));
  } catch (error) {
    throw malformedFile(label, `invalid JSON: ${error instanceof Error ? error.message : ''}`);
  }
  if (!Array.isArray(data) || !data.every(isPlainObject)) {
    throw malformedFile(label, 'not an array of objects / JSON 不是对象数组');
  }
  const columns = new Map<string, number>();
  const hits: ColumnHits = [];
  const reservoir = new Reservoir<Map<string, string | null>>(rows);
  data.forEach((item, index) => {
    const row = new Map<string, string | null>();
    flatten(item, '', row);
    for (const [key, value] of row) {
      let column = columns.get(key);
      if (column === undefined) {
        column = columns.size;
        columns.set(key, column);
      }
      if (value !== null && sweeper !== undefined) {
        const at = column;
        sweeper.sweep(value, (code) => {
          addHit(hits, at, code);
        });
      }
    }
    if (reservoir.wants(index)) reservoir.offer(index, row);
  });
  return {
    columns: [...columns.keys()],
    rows: reservoir.items,
    rowCount: data.length,
    hits,
    sizeBytes: size,
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function flatten(
  value: Record<string, unknown>,
  prefix: string,
  out: Map<string, string | null>,
): void {
  for (const [key, item] of Object.entries(value)) {
    const name = prefix + key;
    if (isPlainObject(item)) flatten(item, `${name}.`, out);
    else if (item === null || item === undefined) out.set(name, null);
    else if (typeof item === 'string') out.set(name, item);
    else if (typeof item === 'object') out.set(name, JSON.stringify(item));
    else if (typeof item === 'number' || typeof item === 'boolean') out.set(name, String(item));
    else out.set(name, null);
  }
}
