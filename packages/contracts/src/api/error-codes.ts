/**
 * Stable error codes of the HTTP API, declared per area. Every error body is
 * `{ error: { code, message, requestId } }`; clients translate by `code`. The server maps
 * every code to an HTTP status in one table that fails to compile when a code is missing.
 */
export const COMMON_ERROR_CODES = [
  'VALIDATION_FAILED',
  'PAYLOAD_TOO_LARGE',
  'NOT_FOUND',
  'INTERNAL_ERROR',
] as const;

/** Codes of login, sessions, CSRF and permissions. */
export const AUTH_ERROR_CODES = [
  'AUTH_REQUIRED',
  'AUTH_INVALID_CREDENTIALS',
  'AUTH_LOCKED',
  'AUTH_CSRF_FAILED',
  'FORBIDDEN',
] as const;

/** Codes of user and API-token management. */
export const USER_ERROR_CODES = [
  'USER_NOT_FOUND',
  'USER_EXISTS',
  'USER_SELF_LOCKOUT',
  'TOKEN_NOT_FOUND',
] as const;

/**
 * Codes of data sources. `SOURCE_*` codes other than these come from the connectors
 * (`SOURCE_UNREACHABLE`, `SOURCE_AUTH_FAILED` …) and answer 422.
 */
export const DATA_SOURCE_ERROR_CODES = [
  'DATA_SOURCE_NOT_FOUND',
  'DATA_SOURCE_TARGET_INVALID',
  'DATA_SOURCE_PATH_FORBIDDEN',
  'SOURCE_URL_INVALID',
  'SOURCE_UNREACHABLE',
  'SOURCE_AUTH_FAILED',
  'SOURCE_DB_NOT_FOUND',
  'SOURCE_NOT_FOUND',
  'SOURCE_PERMISSION_DENIED',
  'SOURCE_UNSUPPORTED',
  'SOURCE_READ_FAILED',
  'SECRET_UNREADABLE',
] as const;

/** Codes of scans. */
export const SCAN_ERROR_CODES = [
  'SCAN_NOT_FOUND',
  'SCAN_NOT_CANCELLABLE',
  'RULE_PACK_UNKNOWN',
] as const;

/** Codes of the catalog, its review and its versions. */
export const CATALOG_API_ERROR_CODES = [
  'CATALOG_ITEM_NOT_FOUND',
  'REVIEW_REASON_REQUIRED',
  'REVIEW_INVALID',
  'VERSION_NOT_FOUND',
] as const;

/** Every error code of the API. */
export const API_ERROR_CODES = [
  ...COMMON_ERROR_CODES,
  ...AUTH_ERROR_CODES,
  ...USER_ERROR_CODES,
  ...DATA_SOURCE_ERROR_CODES,
  ...SCAN_ERROR_CODES,
  ...CATALOG_API_ERROR_CODES,
] as const;

/** One of {@link API_ERROR_CODES}. */
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];
