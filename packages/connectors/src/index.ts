/**
 * @shuan/connectors — read-only `SourceReader`s for PostgreSQL, MySQL/MariaDB, SQLite and
 * files, behind one entry point: {@link openSource}, which loads each driver on first use.
 * Errors are `SourceError`s with stable codes.
 */
export { openSource } from './open-source.ts';
export type { OpenSourceOptions } from './source-options.ts';
export type { FileSweeper } from './files/sweep-port.ts';
export { parseSource } from './parse-source.ts';
export type { DatabaseTarget, ParsedSource } from './parse-source.ts';
export { SOURCE_ERROR_CODES, SourceError } from './errors/source-error.ts';
export type { SourceErrorCode, SourceErrorContext } from './errors/source-error.ts';
export { redactSourceUrl } from './errors/redact-source-url.ts';
