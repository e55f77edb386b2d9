import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { SourceReader, TableRef, TableSample } from '@shuan/core';
import { SourceError } from '../errors/source-error.ts';
import { resolveSourceOptions } from '../source-options.ts';
import type { OpenSourceOptions } from '../source-options.ts';
import { sqliteSourceError } from './sqlite-errors.ts';
import { listSqliteTables } from './sqlite-catalog.ts';
import { sampleValueText } from '../sample-value.ts';

/** Longest text kept from one sampled value; enough for any recognizer, bounded for memory. */
export const MAX_VALUE_CHARS = 2000;

/**
 * Opens a SQLite file read-only with Node's built-in `node:sqlite` (`readOnly: true` and
 * `PRAGMA query_only`). Fails here with a `SourceError` when the file is missing
 * (`SOURCE_NOT_FOUND`), unreadable (`SOURCE_PERMISSION_DENIED`) or not a SQLite database
 * (`SOURCE_UNSUPPORTED`). SQLite calls are synchronous, so the reader samples one table at a
 * time; `statementTimeoutMs` bounds how long it waits on a locked file.
 *
 * @example
 * const reader = await openSqlite('./demo.sqlite');
 */
export async function openSqlite(
  path: string,
  options: OpenSourceOptions = {},
): Promise<SourceReader> {
  const settings = resolveSourceOptions(options);
  const full = resolve(path);
  try {
    const info = await stat(full);
    if (!info.isFile()) {
      throw new SourceError('SOURCE_UNSUPPORTED', { subject: path, detail: 'not a file' });
    }
  } catch (error) {
    throw sqliteSourceError(error, path);
  }
  let db: DatabaseSync;
  try {
    db = new DatabaseSync(full, { readOnly: true, timeout: settings.statementTimeoutMs });
    db.exec('PRAGMA query_only = ON');
    // Reading the schema is what fails on a file that is not a database.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    throw sqliteSourceError(error, path);
  }
  const database = db;

  return {
    kind: 'sqlite',
    name: basename(full),
    concurrency: 1,
    listTables() {
      try {
        return Promise.resolve({ tables: listSqliteTables(database), errors: [] });
      } catch (error) {
        return Promise.reject(sqliteSourceError(error, path));
      }
    },
    sampleTable(table, rows) {
      try {
        return Promise.resolve(sampleSqliteTable(database, table, rows));
      } catch (error) {
        return Promise.reject(sqliteSourceError(error, table.name, table.name));
      }
    },
    close() {
      if (database.isOpen) database.close();
      return Promise.resolve();
    },
  };
}

/** Quotes a SQLite identifier with double quotes. */
export function quoteSqliteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function sampleSqliteTable(db: DatabaseSync, table: TableRef, rows: number): TableSample {
  const wanted = Math.max(0, Math.floor(rows));
  if (table.columns.length === 0 || wanted === 0) {
    return {
      table,
      rowsSampled: 0,
      columns: table.columns.map((column) => ({ column, values: [] })),
    };
  }
  // typeof() per value: SQLite is dynamically typed, a TEXT column may still hold a blob.
  const select = table.columns
    .map((column, i) => {
      const id = quoteSqliteIdentifier(column.name);
      return `CASE WHEN typeof(${id}) = 'blob' THEN '<binary ' || length(${id}) || ' bytes>' ELSE substr(CAST(${id} AS TEXT), 1, ${MAX_VALUE_CHARS}) END AS c${i}`;
    })
    .join(', ');
  const statement = db.prepare(
    `SELECT ${select} FROM ${quoteSqliteIdentifier(table.name)} LIMIT ?`,
  );
  statement.setReturnArrays(true);
  const found = statement.all(wanted) as unknown as unknown[][];
  return {
    table,
    rowsSampled: found.length,
    columns: table.columns.map((column, i) => ({
      column,
      values: found.map((row) => sampleValueText(row[i])),
    })),
  };
}
