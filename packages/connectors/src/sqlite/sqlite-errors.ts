import { driverErrorFacts } from '../errors/classify-driver-error.ts';
import { SourceError } from '../errors/source-error.ts';
import type { SourceErrorCode } from '../errors/source-error.ts';

/** SQLite result codes (primary) we tell apart. */
const SQLITE_BUSY = 5;
const SQLITE_PERM = 3;
const SQLITE_AUTH = 23;
const SQLITE_CANTOPEN = 14;
const SQLITE_NOTADB = 26;

/**
 * Maps a file-system error (ENOENT, EACCES) or a `node:sqlite` error (`errcode`) to a
 * {@link SourceError} about `subject` (the path, or the table when `table` is set).
 */
export function sqliteSourceError(error: unknown, subject: string, table?: string): SourceError {
  if (error instanceof SourceError) return error;
  const facts = driverErrorFacts(error);
  const errcode = readErrcode(error);
  return new SourceError(sqliteErrorCode(facts.code, errcode), {
    subject,
    detail: facts.message,
    ...(table === undefined ? {} : { table }),
  });
}

/** The {@link SourceErrorCode} of a Node file-system code or a SQLite result code. */
export function sqliteErrorCode(
  code: string | undefined,
  errcode: number | undefined,
): SourceErrorCode {
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'SOURCE_NOT_FOUND';
    case 'EACCES':
    case 'EPERM':
      return 'SOURCE_PERMISSION_DENIED';
    case undefined:
    default:
      break;
  }
  // Extended result codes keep the primary code in the low byte.
  switch (errcode === undefined ? undefined : errcode & 0xff) {
    case SQLITE_NOTADB:
      return 'SOURCE_UNSUPPORTED';
    case SQLITE_CANTOPEN:
      return 'SOURCE_NOT_FOUND';
    case SQLITE_PERM:
    case SQLITE_AUTH:
      return 'SOURCE_PERMISSION_DENIED';
    case SQLITE_BUSY:
    case undefined:
    default:
      return 'SOURCE_READ_FAILED';
  }
}

function readErrcode(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'errcode' in error) {
    const errcode = error.errcode;
    if (typeof errcode === 'number') return errcode;
  }
  return undefined;
}
