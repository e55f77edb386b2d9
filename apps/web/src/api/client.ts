/**
 * The one way the web app talks to the server: JSON over `/api/v1` with the session cookie.
 * Unsafe methods carry the session's CSRF token in `x-csrf-token`; a 401 tells the app to
 * show the login page; any other failure throws an {@link ApiError} carrying the server's
 * stable error code so the caller can translate it.
 */

export const API_BASE = '/api/v1';

/** A failed API call: HTTP status plus the server's `{ error: { code, message } }`. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly requestId: string | undefined;

  constructor(status: number, code: string, message: string, requestId?: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.requestId = requestId;
  }
}

type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue>;

let csrfToken: string | undefined;
let unauthorizedHandler: (() => void) | undefined;

/** Remember the session's CSRF token (from login or GET /auth/me); `undefined` on logout. */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** Called on every 401 answer, so the app can drop the session and show the login page. */
export function onUnauthorized(handler: (() => void) | undefined): void {
  unauthorizedHandler = handler;
}

/** Path plus query string; empty and undefined values are left out. */
export function apiUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return `${API_BASE}${path}${qs ? `?${qs}` : ''}`;
}

function isErrorBody(
  value: unknown,
): value is { error: { code: string; message: string; requestId?: string } } {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error: unknown = value.error;
  return (
    typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
  );
}

async function readBody(res: Response): Promise<unknown> {
  const text = await res.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Send one request; resolves with the parsed JSON body (typed by the caller). */
export async function apiRequest<T>(
  method: string,
  path: string,
  options: { query?: Query; body?: unknown } = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (UNSAFE.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;
  const res = await fetch(apiUrl(path, options.query), {
    method,
    headers,
    credentials: 'same-origin',
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const body = await readBody(res);
  if (res.ok) return body as T;
  if (res.status === 401 && !path.startsWith('/auth/login')) unauthorizedHandler?.();
  if (isErrorBody(body))
    throw new ApiError(res.status, body.error.code, body.error.message, body.error.requestId);
  throw new ApiError(
    res.status,
    `HTTP_${res.status}`,
    typeof body === 'string' && body ? body : res.statusText,
  );
}

/** Shorthands for the four verbs the app uses. */
export const api = {
  get: <T>(path: string, query?: Query) => apiRequest<T>('GET', path, { query }),
  post: <T>(path: string, body?: unknown) => apiRequest<T>('POST', path, { body: body ?? {} }),
  patch: <T>(path: string, body: unknown) => apiRequest<T>('PATCH', path, { body }),
  del: <T>(path: string) => apiRequest<T>('DELETE', path),
};
