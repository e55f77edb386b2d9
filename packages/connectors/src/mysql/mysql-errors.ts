import type { DriverErrorContext } from '../errors/classify-driver-error.ts';
import { driverErrorFacts, sourceErrorFromDriver } from '../errors/classify-driver-error.ts';
import { SourceError } from '../errors/source-error.ts';
import type { SourceErrorCode } from '../errors/source-error.ts';

const AUTH = new Set([
  'ER_ACCESS_DENIED_ERROR',
  'ER_ACCESS_DENIED_NO_PASSWORD_ERROR',
  'ER_NOT_SUPPORTED_AUTH_MODE',
]);
const NO_DB = new Set(['ER_BAD_DB_ERROR']);
const DENIED = new Set([
  'ER_DBACCESS_DENIED_ERROR',
  'ER_TABLEACCESS_DENIED_ERROR',
  'ER_COLUMNACCESS_DENIED_ERROR',
  'ER_SPECIFIC_ACCESS_DENIED_ERROR',
  'ER_PROCACCESS_DENIED_ERROR',
]);
const UNREACHABLE = new Set([
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ER_CON_COUNT_ERROR',
  'ER_TOO_MANY_USER_CONNECTIONS',
  'ER_HOST_NOT_PRIVILEGED',
  'ER_HOST_IS_BLOCKED',
  'ER_SERVER_SHUTDOWN',
]);

/**
 * Maps a `mysql2` error (`code` such as ER_ACCESS_DENIED_ERROR) or a socket error to a
 * {@link SourceError}: wrong user or password → auth, ER_BAD_DB_ERROR → database not found,
 * table/column/database access denied → permission denied, lost or refused connections →
 * unreachable, everything else (including statement timeouts) → read failed.
 */
export function mysqlSourceError(error: unknown, context: DriverErrorContext): SourceError {
  if (error instanceof SourceError) return error;
  const facts = driverErrorFacts(error);
  return sourceErrorFromDriver(mysqlErrorCode(facts.code, facts.network), facts, context);
}

/** The {@link SourceErrorCode} of a mysql2 error code. */
export function mysqlErrorCode(code: string | undefined, network: boolean): SourceErrorCode {
  if (network || (code !== undefined && UNREACHABLE.has(code))) return 'SOURCE_UNREACHABLE';
  if (code === undefined) return 'SOURCE_READ_FAILED';
  if (AUTH.has(code)) return 'SOURCE_AUTH_FAILED';
  if (NO_DB.has(code)) return 'SOURCE_DB_NOT_FOUND';
  if (DENIED.has(code)) return 'SOURCE_PERMISSION_DENIED';
  return 'SOURCE_READ_FAILED';
}
