import {
  CreateTokenRequestSchema,
  CreateTokenResponseSchema,
  IdParamsSchema,
  LoginRequestSchema,
  MeResponseSchema,
  OkResponseSchema,
  TokenListResponseSchema,
} from '@shuan/contracts';
import { apiTokensRepository } from '@shuan/db';
import { login, logout } from '../accounts/login.ts';
import { createToken, deleteToken } from '../accounts/manage-tokens.ts';
import { SESSION_COOKIE } from '../accounts/secrets.ts';
import type { NodeDeps } from '../http/context.ts';
import { principalOf, type ZodApp } from '../http/zod-app.ts';
import { presentMe, presentToken } from '../presenters/account.presenter.ts';

/** Login, logout, the current user, and the caller's own API tokens. */
export function accountRoutes(app: ZodApp, deps: NodeDeps): void {
  app.post(
    '/auth/login',
    { schema: { tags: ['auth'], body: LoginRequestSchema, response: { 200: MeResponseSchema } } },
    async (request, reply) => {
      const result = await login(deps, request.body);
      void reply.setCookie(SESSION_COOKIE, result.sessionId, {
        httpOnly: true,
        sameSite: 'strict',
        path: '/',
        secure: deps.config.cookieSecure,
        expires: result.expiresAt,
      });
      return presentMe(result.principal);
    },
  );

  app.post(
    '/auth/logout',
    { schema: { tags: ['auth'], response: { 200: OkResponseSchema } } },
    async (request, reply) => {
      await logout(deps, principalOf(request));
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  app.get(
    '/auth/me',
    { schema: { tags: ['auth'], response: { 200: MeResponseSchema } } },
    (request) => presentMe(principalOf(request)),
  );

  app.get(
    '/tokens',
    { schema: { tags: ['tokens'], response: { 200: TokenListResponseSchema } } },
    async (request) => {
      const principal = principalOf(request);
      const rows = await apiTokensRepository.list(deps.pool, principal.orgId, principal.userId);
      return { items: rows.map(presentToken) };
    },
  );

  app.post(
    '/tokens',
    {
      schema: {
        tags: ['tokens'],
        body: CreateTokenRequestSchema,
        response: { 200: CreateTokenResponseSchema },
      },
    },
    async (request) => {
      const created = await createToken(deps, principalOf(request), request.body.name);
      return { token: presentToken(created.token), secret: created.secret };
    },
  );

  app.delete(
    '/tokens/:id',
    { schema: { tags: ['tokens'], params: IdParamsSchema, response: { 200: OkResponseSchema } } },
    async (request) => {
      await deleteToken(deps, principalOf(request), request.params.id);
      return { ok: true as const };
    },
  );
}
