import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Principal } from './context.ts';
import { AppError, MESSAGES } from './app-error.ts';

/** The Fastify instance with the zod type provider, as route files receive it. */
export type ZodApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** The caller of a route behind the auth hook; throws when there is none (never for such routes). */
export function principalOf(request: { principal: Principal | null }): Principal {
  if (request.principal === null) throw new AppError('AUTH_REQUIRED', MESSAGES.authRequired);
  return request.principal;
}

/** The audit actor of a principal: `username`. */
export function actorOf(principal: Principal): string {
  return principal.username;
}
