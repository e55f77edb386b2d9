import { scrubSecrets, SourceError } from './source-error.ts';
import type { SourceErrorCode } from './source-error.ts';

/** Node socket error codes that mean "the server cannot be reached". */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ECONNRESET',
  'EPIPE',
]);

/** A driver error boiled down to what the mappers need. */
export interface DriverErrorFacts {
  code: string | undefined;
  message: string;
  /** Whether a Node socket error code says the server is unreachable. */
  network: boolean;
}

/** Reads `code` and `message` of any thrown value, looking inside an `AggregateError`. */
export function driverErrorFacts(error: unknown): DriverErrorFacts {
  const inner =
    error instanceof AggregateError && error.errors.length > 0
      ? (error.errors[0] as unknown)
      : error;
  const code = readCode(error) ?? readCode(inner);
  const message = inner instanceof Error && inner.message !== '' ? inner.message : String(inner);
  return { code, message, network: code !== undefined && NETWORK_CODES.has(code) };
}

/** Where a driver error happened, for {@link SourceError}'s subject. */
export interface DriverErrorContext {
  /** `user@host:port/db`, or the table name when `table` is set. */
  subject: string;
  /** Passwords to remove from driver messages. */
  secrets: readonly string[];
  table?: string;
}

/** Builds a {@link SourceError} from a code and a driver message scrubbed of secrets. */
export function sourceErrorFromDriver(
  code: SourceErrorCode,
  facts: DriverErrorFacts,
  context: DriverErrorContext,
): SourceError {
  return new SourceError(code, {
    subject: context.table ?? context.subject,
    detail: scrubSecrets(facts.message, context.secrets),
    ...(context.table === undefined ? {} : { table: context.table }),
  });
}

function readCode(value: unknown): string | undefined {
  if (typeof value === 'object' && value !== null && 'code' in value) {
    const code = value.code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}
