import { PERMISSIONS } from '../http/permissions.ts';
import {
  hasBody,
  urlOf,
  type Expectation,
  type Probe,
  type RouteUnderTest,
} from './hardening-cases.ts';
import { SIGNED_IN_ROLES, type HardeningFixtures } from './hardening-fixtures.ts';

const JSON_TYPE = { 'content-type': 'application/json' };
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Auth is checked before the body is parsed or validated: every probe here carries a
 * malformed body too, and must still answer the auth error (an anonymous or forbidden
 * caller learns nothing about a route's input).
 */
function probeOf(
  route: RouteUnderTest,
  name: string,
  headers: Record<string, string>,
  expect: Expectation,
): Probe {
  const body = hasBody(route)
    ? { payload: '{"malformed":', headers: { ...headers, ...JSON_TYPE } }
    : { headers };
  return { name, method: route.method, url: urlOf(route.path, route.spec.params), expect, ...body };
}

/** Missing, forged, expired and malformed credentials: 401 `AUTH_REQUIRED` on every non-public route. */
export function credentialProbes(route: RouteUnderTest, f: HardeningFixtures): Probe[] {
  if (PERMISSIONS[route.key] === 'public') return [];
  const expect: Expectation = { kind: 'error', status: 401, code: 'AUTH_REQUIRED' };
  const variants: [string, Record<string, string>][] = [
    ['no credentials', {}],
    ['forged session cookie', { cookie: 'shuan_session=forged-session-id' }],
    ['expired session cookie', { cookie: f.expiredCookie }],
    ['empty session cookie', { cookie: 'shuan_session=' }],
    ['badly encoded cookie', { cookie: 'shuan_session=%E0%A4%A' }],
    ['bare Bearer', { authorization: 'Bearer' }],
    ['Bearer and spaces', { authorization: 'Bearer   ' }],
    ['Basic auth', { authorization: 'Basic YWRtaW46cGFzc3dvcmQ=' }],
    ['forged token', { authorization: 'Bearer shuan_pat_forged' }],
    ['foreign token format', { authorization: 'Bearer eyJhbGciOiJub25lIn0.e30.' }],
    ['two tokens', { authorization: 'Bearer shuan_pat_a shuan_pat_b' }],
    ['huge token', { authorization: `Bearer shuan_pat_${'x'.repeat(10_000)}` }],
    ['deleted token', { authorization: `Bearer ${f.deletedToken}` }],
    // A bad token never falls back to a valid cookie sent alongside it.
    [
      'forged token with a valid cookie',
      { ...f.as.admin, authorization: 'Bearer shuan_pat_forged' },
    ],
  ];
  return variants.map(([name, headers]) => probeOf(route, name, headers, expect));
}

/** Unsafe methods of a cookie session without the right `x-csrf-token`: 403 `AUTH_CSRF_FAILED`. */
export function csrfProbes(route: RouteUnderTest, f: HardeningFixtures): Probe[] {
  if (PERMISSIONS[route.key] === 'public' || !UNSAFE.has(route.method)) return [];
  const role =
    route.spec.as === 'adminToken' || route.spec.as === 'anonymous' ? 'admin' : route.spec.as;
  const own = f.as[role];
  const other = f.as[role === 'admin' ? 'officer' : 'admin']['x-csrf-token'] ?? '';
  const cookie = { cookie: own.cookie ?? '' };
  const expect: Expectation = { kind: 'error', status: 403, code: 'AUTH_CSRF_FAILED' };
  return [
    probeOf(route, 'missing CSRF header', cookie, expect),
    probeOf(route, 'empty CSRF header', { ...cookie, 'x-csrf-token': '' }, expect),
    probeOf(
      route,
      'forged CSRF header',
      { ...cookie, 'x-csrf-token': 'x'.repeat(other.length) },
      expect,
    ),
    probeOf(route, "another session's CSRF token", { ...cookie, 'x-csrf-token': other }, expect),
  ];
}

/** Every signed-in role the permission table refuses: 403 `FORBIDDEN`, even with a malformed body. */
export function forbiddenProbes(route: RouteUnderTest, f: HardeningFixtures): Probe[] {
  const permission = PERMISSIONS[route.key];
  if (!Array.isArray(permission)) return [];
  return SIGNED_IN_ROLES.filter((role) => !permission.includes(role)).map((role) =>
    probeOf(route, `forbidden ${role}`, f.as[role], {
      kind: 'error',
      status: 403,
      code: 'FORBIDDEN',
    }),
  );
}

/**
 * The same role of another organisation asking for this organisation's rows by their real
 * ids: 404, never the row and never a 500.
 */
export function foreignProbes(route: RouteUnderTest, f: HardeningFixtures): Probe[] {
  if (route.spec.params === undefined) return [];
  const as = route.spec.as;
  if (as !== 'admin' && as !== 'officer' && as !== 'reviewer') return [];
  const payload = hasBody(route) ? { payload: JSON.stringify(route.spec.body ?? {}) } : {};
  return [
    {
      name: 'other organisation, real ids',
      method: route.method,
      url: urlOf(route.path, route.spec.params),
      headers: { ...f.foreign[as], ...JSON_TYPE },
      expect: { kind: 'error', status: 404 },
      ...payload,
    },
  ];
}
