import type { ApiErrorCode } from '@shuan/contracts';

/**
 * The one HTTP status of every API error code. `satisfies` makes this table fail to
 * compile when an area adds a code without a status.
 */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  PAYLOAD_TOO_LARGE: 413,
  NOT_FOUND: 404,
  INTERNAL_ERROR: 500,
  AUTH_REQUIRED: 401,
  AUTH_INVALID_CREDENTIALS: 401,
  AUTH_LOCKED: 429,
  AUTH_CSRF_FAILED: 403,
  FORBIDDEN: 403,
  USER_NOT_FOUND: 404,
  USER_EXISTS: 409,
  USER_SELF_LOCKOUT: 409,
  TOKEN_NOT_FOUND: 404,
  DATA_SOURCE_NOT_FOUND: 404,
  DATA_SOURCE_TARGET_INVALID: 400,
  DATA_SOURCE_PATH_FORBIDDEN: 403,
  SOURCE_URL_INVALID: 422,
  SOURCE_UNREACHABLE: 422,
  SOURCE_AUTH_FAILED: 422,
  SOURCE_DB_NOT_FOUND: 422,
  SOURCE_NOT_FOUND: 422,
  SOURCE_PERMISSION_DENIED: 422,
  SOURCE_UNSUPPORTED: 422,
  SOURCE_READ_FAILED: 422,
  SECRET_UNREADABLE: 422,
  SCAN_NOT_FOUND: 404,
  SCAN_NOT_CANCELLABLE: 409,
  RULE_PACK_UNKNOWN: 400,
  CATALOG_ITEM_NOT_FOUND: 404,
  REVIEW_REASON_REQUIRED: 400,
  REVIEW_INVALID: 400,
  VERSION_NOT_FOUND: 404,
} as const satisfies Record<ApiErrorCode, number>;

/** An error with a stable code; the error handler turns it into the standard body. */
export class AppError extends Error {
  readonly code: ApiErrorCode;

  constructor(code: ApiErrorCode, message: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/** Bilingual messages of the codes raised by the server itself. */
export const MESSAGES = {
  notFound: (zh: string, en: string): string => `${zh}不存在 / ${en} not found`,
  authRequired: '请先登录 / please sign in',
  forbidden: '无权执行此操作 / you are not allowed to do this',
  csrf: 'CSRF 校验失败，请刷新页面后重试 / CSRF check failed, reload the page and retry',
} as const;
