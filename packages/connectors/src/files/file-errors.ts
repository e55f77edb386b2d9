import { SourceError } from '../errors/source-error.ts';

/** Turns a filesystem error on `subject` into a {@link SourceError} with a stable code. */
export function toFileError(error: unknown, subject: string, table?: string): SourceError {
  if (error instanceof SourceError) return error;
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : '';
  const detail = error instanceof Error ? error.message : String(error);
  const context = { subject, detail, ...(table === undefined ? {} : { table }) };
  if (code === 'ENOENT' || code === 'ENOTDIR') return new SourceError('SOURCE_NOT_FOUND', context);
  if (code === 'EACCES' || code === 'EPERM') {
    return new SourceError('SOURCE_PERMISSION_DENIED', context);
  }
  return new SourceError('SOURCE_READ_FAILED', context);
}

/** A file that is readable but not in the shape we expect (bad JSON, bad XLSX...). */
export function malformedFile(subject: string, detail: string): SourceError {
  return new SourceError('SOURCE_READ_FAILED', { subject, detail, table: subject });
}
