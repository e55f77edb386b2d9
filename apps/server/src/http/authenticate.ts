import type { FastifyReply, FastifyRequest } from 'fastify';
import { apiTokensRepository, sessionsRepository, type SessionRow } from '@shuan/db';
import { hashSecret, sameSecret, SESSION_COOKIE, TOKEN_PREFIX } from '../accounts/secrets.ts';
import { AppError, MESSAGES } from './app-error.ts';
import type { NodeDeps, Principal } from './context.ts';
import { isAllowed, PERMISSIONS } from './permissions.ts';

/** Methods that change nothing: no CSRF check, and no cache is retired by them. */
export const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * `onRequest` hook of every `/api/v1` route: resolves the caller from the bearer token or
 * the session cookie, checks CSRF for unsafe methods of cookie sessions, and applies the
 * route × role table. Runs before body validation, so an anonymous caller learns nothing
 * about a route's input.
 */
export function createAuthenticate(deps: NodeDeps) {
  return async function authenticate(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
    const url = request.routeOptions.url;
    if (url === undefined || !url.startsWith('/api/v1/')) return;
    const key = `${request.method} ${url}`;
    const permission = PERMISSIONS[key];
    if (permission === 'public') return;
    request.principal = await resolvePrincipal(deps, request);
    if (request.principal === null) throw new AppError('AUTH_REQUIRED', MESSAGES.authRequired);
    const csrf = request.principal.csrfToken;
    if (!SAFE_METHODS.has(request.method) && csrf !== null) {
      const header = request.headers['x-csrf-token'];
      if (typeof header !== 'string' || !sameSecret(header, csrf)) {
        throw new AppError('AUTH_CSRF_FAILED', MESSAGES.csrf);
      }
    }
    if (!isAllowed(key, request.principal.role))
      throw new AppError('FORBIDDEN', MESSAGES.forbidden);
  };
}

async function resolvePrincipal(deps: NodeDeps, request: FastifyRequest) {
  const authorization = request.headers.authorization;
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    const token = match?.[1];
    if (token === undefined || !token.startsWith(TOKEN_PREFIX)) return null;
    const found = await apiTokensRepository.findPrincipal(deps.pool, hashSecret(token));
    return found === undefined ? null : { ...found, csrfToken: null, sessionHash: null };
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (cookie === undefined || cookie.length === 0) return null;
  const sessionHash = hashSecret(cookie);
  const cached = deps.caches?.sessions.get(sessionHash);
  if (cached !== undefined) return sessionPrincipal(cached, sessionHash);
  const changeCount = deps.caches?.feed.changeCount() ?? null;
  const session = await sessionsRepository.find(deps.pool, sessionHash);
  if (session === undefined) return null;
  deps.caches?.sessions.set(sessionHash, session, changeCount);
  return sessionPrincipal(session, sessionHash);
}

function sessionPrincipal(session: SessionRow, sessionHash: string): Principal {
  const { userId, orgId, orgName, username, displayName, role, csrfToken } = session;
  return { userId, orgId, orgName, username, displayName, role, csrfToken, sessionHash };
}
