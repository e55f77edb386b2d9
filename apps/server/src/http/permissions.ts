import type { UserRole } from '@shuan/db';

/** Who may call a route: nobody signed in needed, any signed-in role, or a list of roles. */
export type Permission = 'public' | 'any' | readonly UserRole[];

const WRITE_SOURCES = ['admin', 'officer'] as const;
const REVIEW = ['officer', 'reviewer'] as const;
const AUDIT = ['admin', 'auditor'] as const;

/**
 * The route × role table of the API: one line per route (method and path pattern).
 * A route that is not listed answers 403 to everyone (deny by default), and a test checks
 * that every mounted route is listed.
 */
export const PERMISSIONS: Record<string, Permission> = {
  'POST /api/v1/auth/login': 'public',
  'POST /api/v1/auth/logout': 'any',
  'GET /api/v1/auth/me': 'any',
  'GET /api/v1/users': ['admin'],
  'POST /api/v1/users': ['admin'],
  'PATCH /api/v1/users/:id': ['admin'],
  'GET /api/v1/tokens': 'any',
  'POST /api/v1/tokens': 'any',
  'DELETE /api/v1/tokens/:id': 'any',
  'GET /api/v1/sources': 'any',
  'POST /api/v1/sources': WRITE_SOURCES,
  'GET /api/v1/sources/:id': 'any',
  'PATCH /api/v1/sources/:id': WRITE_SOURCES,
  'DELETE /api/v1/sources/:id': WRITE_SOURCES,
  'POST /api/v1/sources/:id/test': WRITE_SOURCES,
  'GET /api/v1/scans': 'any',
  'POST /api/v1/scans': WRITE_SOURCES,
  'GET /api/v1/scans/:id': 'any',
  'POST /api/v1/scans/:id/cancel': WRITE_SOURCES,
  'GET /api/v1/scans/:id/findings': 'any',
  'GET /api/v1/catalog/items': 'any',
  'GET /api/v1/catalog/items/:id': 'any',
  'PATCH /api/v1/catalog/items/:id': REVIEW,
  'POST /api/v1/catalog/items/:id/review': REVIEW,
  'POST /api/v1/catalog/items/bulk-review': REVIEW,
  'GET /api/v1/catalog/versions': 'any',
  'POST /api/v1/catalog/versions': ['officer'],
  'GET /api/v1/catalog/versions/:n': 'any',
  'GET /api/v1/catalog/versions/:a/diff/:b': 'any',
  'GET /api/v1/catalog/export.xlsx': 'any',
  'GET /api/v1/catalog/export.json': 'any',
  'GET /api/v1/audit': AUDIT,
  'GET /api/v1/audit/verify': AUDIT,
  'GET /api/v1/overview': 'any',
};

/** True when `role` may call the route `key` (`METHOD /path`). */
export function isAllowed(key: string, role: UserRole): boolean {
  const permission = PERMISSIONS[key];
  if (permission === undefined) return false;
  if (permission === 'public' || permission === 'any') return true;
  return permission.includes(role);
}
