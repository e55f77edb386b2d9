import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import type {
  ColumnSample,
  ScanError,
  SourceKind,
  SourceReader,
  TableRef,
  TableSample,
} from '@shuan/core';
import { readTextFileLayout, sampleTextFile, type TextFileLayout } from './delimited-file.ts';
import { SourceError } from '../errors/source-error.ts';
import { toFileError } from './file-errors.ts';
import { readJsonFile, type JsonTable } from './json-file.ts';
import { splitLine } from './split-line.ts';
import type { ColumnHits, FileSweeper } from './sweep-port.ts';
import { createTextFilePool, type TextFilePool } from './text-file-pool.ts';
import { fileKindOf, walkFolder, type FoundFile } from './walk-folder.ts';
import { readXlsxFile, type XlsxSheet } from './xlsx-file.ts';

/** Options of {@link openPathSource}. */
export interface PathSourceOptions {
  /** Tables sampled at once (default 2). */
  concurrency?: number;
  /** Whole-file sweeper (`createTextSweeper()` of `@shuan/tools`); without it no sweep. */
  sweeper?: FileSweeper;
  /**
   * Worker threads that sample and sweep large CSV/text files, one file each, beside the
   * calling thread, which takes a file whenever they are all busy; only when the sweeper
   * names a factory for them (`sweeper.worker`). Default: one less than the lesser of
   * `concurrency` and the cores (so 1 on two cores); 0 sweeps on the calling thread only.
   */
  workers?: number;
}

type Entry =
  | { file: FoundFile; layout: TextFileLayout }
  | { file: FoundFile; sheet: XlsxSheet; cachedRows: number }
  | { file: FoundFile; json: JsonTable; cachedRows: number };

const CACHED_ROWS = 1000;
/** Smaller text files are swept on the calling thread: a thread hop would cost more. */
const WORKER_MIN_BYTES = 1 << 20;
const MAX_TEXT_VALUE = 2000;

/**
 * Opens a file (`.csv`, `.tsv`, `.xlsx`, `.json`, `.log`, `.txt`) or a folder of such files as
 * a {@link SourceReader}. A missing path throws `SOURCE_NOT_FOUND`; a single file that cannot
 * be read throws; inside a folder, each bad file lands in `errors` and the scan goes on.
 *
 * @example
 * const reader = await openPathSource('./exports', { sweeper: createTextSweeper() });
 */
export async function openPathSource(
  path: string,
  options: PathSourceOptions = {},
): Promise<SourceReader> {
  let isFolder: boolean;
  try {
    isFolder = (await stat(path)).isDirectory();
  } catch (error) {
    throw toFileError(error, path);
  }
  const sweeper = options.sweeper;
  const entries = new Map<string, Entry>();
  const listErrors: ScanError[] = [];
  const tables: TableRef[] = [];
  let files: FoundFile[];
  if (isFolder) {
    files = await walkFolder(path, (rel, error) => listErrors.push(scanError(rel, error))).catch(
      (error: unknown) => {
        throw toFileError(error, path);
      },
    );
  } else {
    const kind = fileKindOf(path);
    if (kind === undefined) {
      throw new SourceError('SOURCE_UNSUPPORTED', { subject: path });
    }
    files = [{ path, relativePath: basename(path), kind }];
  }
  for (const file of files) {
    try {
      for (const [ref, entry] of await listFile(file, sweeper)) {
        tables.push(ref);
        entries.set(ref.name, entry);
      }
    } catch (error) {
      if (!isFolder) throw toFileError(error, path);
      listErrors.push(scanError(file.relativePath, error));
    }
  }

  const concurrency = Math.max(1, options.concurrency ?? 2);
  const cores = availableParallelism();
  const workers = Math.floor(options.workers ?? Math.min(concurrency, cores) - 1);
  const pool =
    sweeper?.worker !== undefined && workers > 0 ? createTextFilePool(workers) : undefined;

  return {
    kind: isFolder ? 'folder' : sourceKind(files[0]?.kind),
    name: basename(path),
    concurrency,
    listTables: () => Promise.resolve({ tables, errors: [...listErrors] }),
    async sampleTable(table, rows) {
      const entry = entries.get(table.name);
      if (entry === undefined) throw new Error(`unknown table ${table.name}`);
      try {
        return await sampleEntry(table, entry, rows, sweeper, pool);
      } catch (error) {
        throw toFileError(error, entry.file.relativePath, table.name);
      }
    },
    close: () => pool?.close() ?? Promise.resolve(),
  };
}

async function listFile(
  file: FoundFile,
  sweeper: FileSweeper | undefined,
): Promise<[TableRef, Entry][]> {
  const name = file.relativePath;
  switch (file.kind) {
    case 'csv':
    case 'tsv':
    case 'text': {
      const layout = await readTextFileLayout(file.path, file.kind);
      const ref = {
        name,
        estimatedRows: layout.estimatedRows,
        sizeBytes: layout.sizeBytes,
        columns: textColumns(layout.columns),
      };
      return [[ref, { file, layout }]];
    }
    case 'xlsx': {
      const sheets = await readXlsxFile(file.path, CACHED_ROWS, sweeper);
      return sheets.map((sheet) => [
        {
          name: `${name}#${sheet.name}`,
          estimatedRows: sheet.rowCount,
          columns: textColumns(sheet.columns),
        },
        { file, sheet, cachedRows: CACHED_ROWS },
      ]);
    }
    case 'json': {
      const json = await readJsonFile(file.path, name, CACHED_ROWS, sweeper);
      const ref = {
        name,
        estimatedRows: json.rowCount,
        sizeBytes: json.sizeBytes,
        columns: textColumns(json.columns),
      };
      return [[ref, { file, json, cachedRows: CACHED_ROWS }]];
    }
  }
}

async function sampleEntry(
  table: TableRef,
  entry: Entry,
  rows: number,
  sweeper: FileSweeper | undefined,
  pool: TextFilePool | undefined,
): Promise<TableSample> {
  if ('layout' in entry) {
    const layout = entry.layout;
    const factory = sweeper?.worker;
    const sample =
      pool?.hasRoom() === true && factory !== undefined && layout.sizeBytes >= WORKER_MIN_BYTES
        ? await pool.sample(entry.file.path, layout, rows, factory)
        : await sampleTextFile(entry.file.path, layout, rows, sweeper);
    const delimiter = entry.layout.delimiter;
    const cells =
      delimiter === null
        ? sample.lines.map((line) => [
            line.length > MAX_TEXT_VALUE ? line.slice(0, MAX_TEXT_VALUE) : line,
          ])
        : sample.lines.map((line) => splitLine(line, delimiter));
    return build(
      table,
      cells.map((row) => (i: number) => emptyToNull(row[i])),
      sample.lineCount,
      sample.hits,
      sweeper,
    );
  }
  if ('sheet' in entry) {
    let sheet = entry.sheet;
    if (rows > entry.cachedRows) {
      const fresh = await readXlsxFile(entry.file.path, rows, sweeper);
      sheet = fresh.find((s) => s.name === sheet.name) ?? sheet;
    }
    const picked = sheet.rows.slice(0, rows);
    return build(
      table,
      picked.map((row) => (i: number) => row[i] ?? null),
      sheet.rowCount,
      sheet.hits,
      sweeper,
    );
  }
  let json = entry.json;
  if (rows > entry.cachedRows)
    json = await readJsonFile(entry.file.path, table.name, rows, sweeper);
  const names = table.columns.map((c) => c.name);
  const picked = json.rows.slice(0, rows);
  return build(
    table,
    picked.map((row) => (i: number) => row.get(names[i] ?? '') ?? null),
    json.rowCount,
    json.hits,
    sweeper,
  );
}

function build(
  table: TableRef,
  rows: ((column: number) => string | null)[],
  total: number,
  hits: ColumnHits,
  sweeper: FileSweeper | undefined,
): TableSample {
  const columns: ColumnSample[] = table.columns.map((column, i) => ({
    column,
    values: rows.map((cell) => cell(i)),
    ...(sweeper === undefined ? {} : { sweepHits: hits[i] ?? {}, sweepValues: total }),
  }));
  return { table, rowsSampled: rows.length, columns };
}

function emptyToNull(value: string | undefined): string | null {
  return value === undefined || value.length === 0 ? null : value;
}

function textColumns(names: readonly string[]): TableRef['columns'] {
  return names.map((name) => ({ name, dataType: 'text' }));
}

function sourceKind(kind: FoundFile['kind'] | undefined): SourceKind {
  if (kind === 'tsv' || kind === undefined) return 'csv';
  return kind;
}

function scanError(table: string, error: unknown): ScanError {
  const failure = toFileError(error, table, table);
  return { table, message: failure.message, code: failure.code };
}
