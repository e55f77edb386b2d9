import { open } from 'node:fs/promises';
import { detectEncoding, type DetectedEncoding } from './detect-encoding.ts';
import { splitLine, sniffDelimiter, fieldIndexAt } from './split-line.ts';
import { addHit, type ColumnHits, type FileSweeper } from './sweep-port.ts';
import { Reservoir } from './reservoir.ts';
import { readLineChunks } from './line-chunks.ts';

/** How a CSV/TSV or text file is laid out: `delimiter` is `null` for a text/log file. */
export interface TextFileLayout {
  encoding: DetectedEncoding;
  delimiter: string | null;
  columns: string[];
  estimatedRows: number;
  sizeBytes: number;
}

/** The sampled lines of a text file, the count of all its lines and the sweep's hits. */
export interface TextFileSample {
  lines: string[];
  lineCount: number;
  hits: ColumnHits;
}

const PREFIX_BYTES = 1 << 20;

/**
 * Reads the first megabyte of a delimited or text file: its encoding, delimiter, column
 * names (the header row; one `content` column for text) and an estimate of its rows.
 */
export async function readTextFileLayout(
  path: string,
  kind: 'csv' | 'tsv' | 'text',
): Promise<TextFileLayout> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const buffer = new Uint8Array(Math.min(PREFIX_BYTES, size));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const prefix = buffer.subarray(0, bytesRead);
    const encoding = detectEncoding(prefix);
    const text = new TextDecoder(encoding.encoding).decode(prefix.subarray(encoding.bomLength), {
      stream: true,
    });
    const lines = text.split('\n', 50).map((line) => line.replace(/\r$/, ''));
    const complete = text.lastIndexOf('\n') > 0 ? lines.slice(0, -1) : lines;
    const lineBytes = bytesRead / Math.max(1, text.split('\n').length - 1 || 1);
    const estimatedRows = Math.max(0, Math.round(size / lineBytes) - (kind === 'text' ? 0 : 1));
    if (kind === 'text') {
      return { encoding, delimiter: null, columns: ['content'], estimatedRows, sizeBytes: size };
    }
    const delimiter = sniffDelimiter(complete.slice(0, 20), kind === 'tsv' ? '\t' : ',');
    const columns = headerNames(splitLine(complete[0] ?? '', delimiter));
    return { encoding, delimiter, columns, estimatedRows, sizeBytes: size };
  } finally {
    await handle.close();
  }
}

function headerNames(raw: readonly string[]): string[] {
  const seen = new Set<string>();
  return raw.map((name, i) => {
    let base = name.trim();
    if (base.length === 0) base = `column_${i + 1}`;
    let unique = base;
    for (let n = 2; seen.has(unique); n++) unique = `${base}_${n}`;
    seen.add(unique);
    return unique;
  });
}

/**
 * Streams the whole file once: keeps `rows` lines spread through it (reservoir sampling,
 * building strings only for the lines it keeps) and sweeps every chunk with `sweeper`,
 * attributing each hit to its column by field index. Never holds the file in memory.
 */
export async function sampleTextFile(
  path: string,
  layout: TextFileLayout,
  rows: number,
  sweeper: FileSweeper | undefined,
): Promise<TextFileSample> {
  const reservoir = new Reservoir<string>(rows);
  const hits: ColumnHits = [];
  const delimiter = layout.delimiter;
  let lineCount = 0;

  const take = (body: string): void => {
    if (sweeper !== undefined) {
      sweeper.sweep(body, (code, start) => {
        const column =
          delimiter === null
            ? 0
            : fieldIndexAt(body, body.lastIndexOf('\n', start - 1) + 1, start, delimiter);
        addHit(hits, column, code);
      });
    }
    let pos = 0;
    while (pos < body.length) {
      let nl = body.indexOf('\n', pos);
      if (nl < 0) nl = body.length;
      const end = nl > pos && body.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      if (end > pos) {
        if (reservoir.wants(lineCount)) reservoir.offer(lineCount, ownCopy(body.slice(pos, end)));
        lineCount++;
      }
      pos = nl + 1;
    }
  };

  for await (const body of readLineChunks(path, layout.encoding, delimiter !== null)) take(body);
  return { lines: reservoir.items, lineCount, hits };
}

/**
 * A copy of `line` that owns its characters. `slice` may return a view (a V8 sliced string)
 * that keeps the whole decoded chunk alive for as long as the sampled line lives.
 */
function ownCopy(line: string): string {
  return Buffer.from(line).toString();
}
