import type { SourceReader } from '@shuan/core';
import { parseSource } from './parse-source.ts';
import type { OpenSourceOptions } from './source-options.ts';

export type { OpenSourceOptions } from './source-options.ts';

/**
 * Opens a read-only {@link SourceReader} on a source string: `postgres://` / `postgresql://`,
 * `mysql://` / `mariadb://`, `sqlite:<path>`, or a path to a file or a folder of files. It
 * connects and authenticates (or opens the file) before returning, so a source that cannot
 * be read fails here with a `SourceError` whose `code` is stable and whose one-line message
 * never holds the password. Drivers load on first use: a CSV scan never loads `pg`.
 *
 * @example
 * const reader = await openSource('postgres://scan:secret@db:5432/erp', { concurrency: 4 });
 * try { await reader.listTables(); } finally { await reader.close(); }
 */
export async function openSource(
  source: string,
  options: OpenSourceOptions = {},
): Promise<SourceReader> {
  const parsed = parseSource(source);
  switch (parsed.kind) {
    case 'postgres': {
      const { openPostgres } = await import('./postgres/postgres-reader.ts');
      return openPostgres(parsed.target, options);
    }
    case 'mysql': {
      const { openMysql } = await import('./mysql/mysql-reader.ts');
      return openMysql(parsed.target, options);
    }
    case 'sqlite': {
      const { openSqlite } = await import('./sqlite/sqlite-reader.ts');
      return openSqlite(parsed.path, options);
    }
    case 'path': {
      const { openPathSource } = await import('./files/index.ts');
      return openPathSource(parsed.path, options);
    }
  }
}
