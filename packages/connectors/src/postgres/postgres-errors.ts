import type { DriverErrorContext } from '../errors/classify-driver-error.ts';
import { driverErrorFacts, sourceErrorFromDriver } from '../errors/classify-driver-error.ts';
import { SourceError } from '../errors/source-error.ts';
import type { SourceErrorCode } from '../errors/source-error.ts';

/**
 * Maps a `pg` error (SQLSTATE in `code`) or a socket error to a {@link SourceError}:
 * 28P01 / 28000 → auth, 3D000 → database not found, 42501 → permission denied, class 08,
 * 53300, 57P03 and socket errors → unreachable, everything else → read failed.
 */
export function postgresSourceError(error: unknown, context: DriverErrorContext): SourceError {
  if (error instanceof SourceError) return error;
  const facts = driverErrorFacts(error);
  return sourceErrorFromDriver(
    postgresErrorCode(facts.code, facts.message, facts.network),
    facts,
    context,
  );
}

/** The {@link SourceErrorCode} of a PostgreSQL SQLSTATE or socket error code. */
export function postgresErrorCode(
  code: string | undefined,
  message: string,
  network: boolean,
): SourceErrorCode {
  if (network) return 'SOURCE_UNREACHABLE';
  switch (code) {
    case '28P01':
    case '28000':
      return 'SOURCE_AUTH_FAILED';
    case '3D000':
      return 'SOURCE_DB_NOT_FOUND';
    case '42501':
      return 'SOURCE_PERMISSION_DENIED';
    case '53300':
    case '57P03':
      return 'SOURCE_UNREACHABLE';
    case undefined:
      // pg's own connect timeout and dropped connections carry no code.
      return /timeout|terminated|connect/i.test(message)
        ? 'SOURCE_UNREACHABLE'
        : 'SOURCE_READ_FAILED';
    default:
      return code.startsWith('08') ? 'SOURCE_UNREACHABLE' : 'SOURCE_READ_FAILED';
  }
}
