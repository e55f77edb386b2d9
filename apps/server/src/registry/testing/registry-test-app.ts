import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import pg from 'pg';
import { migrate, organizationsRepository, sessionsRepository, usersRepository } from '@shuan/db';
import type { UserRole } from '@shuan/db';
import { createTestDatabase, type TestDatabase } from '@shuan/db/testing';
import { hashSecret, randomSecret, SESSION_COOKIE } from '../../accounts/secrets.ts';
import { createAuthenticate } from '../../http/authenticate.ts';
import type { NodeDeps } from '../../http/context.ts';
import { handleError } from '../../http/error-handler.ts';
import { rejectUnstorableText } from '../../http/text-guard.ts';
import type { ZodApp } from '../../http/zod-app.ts';
import { createLogger } from '../../node/logger.ts';
import { enterpriseRegistryGroup } from '../enterprises.routes.ts';

const ROLES: readonly UserRole[] = ['admin', 'officer', 'reviewer', 'auditor'];

/** The registry's routes on a fresh database, with signed-in headers per role. */
export interface RegistryTestApp {
  app: ZodApp;
  pool: pg.Pool;
  orgId: string;
  /** Cookie and CSRF headers of one user per role of the province's org. */
  as: Record<UserRole, Record<string, string>>;
  /** An admin of a second organisation on the same node. */
  foreignAdmin: Record<string, string>;
  close: () => Promise<void>;
}

async function signIn(pool: pg.Pool, orgId: string, username: string, role: UserRole) {
  const user = await usersRepository.create(pool, {
    orgId,
    username,
    displayName: username,
    role,
    // Never verified: the test signs in by creating the session itself.
    passwordHash: 'unused',
  });
  const sessionId = randomSecret();
  const csrfToken = randomSecret();
  await sessionsRepository.create(pool, {
    idHash: hashSecret(sessionId),
    orgId,
    userId: user.id,
    csrfToken,
    expiresAt: new Date(Date.now() + 3600_000),
  });
  return { cookie: `${SESSION_COOKIE}=${sessionId}`, 'x-csrf-token': csrfToken };
}

/**
 * Builds an API app the way `buildApp` does (zod validation and serialisation, the one error
 * handler, JSON only, sessions, the auth hook with the route × role table, the text guard)
 * with only the enterprise-registry group mounted under `/api/v1`: the registry is not
 * mounted by any role module yet, so `startTestNode` cannot serve it. The routes and the
 * auth hook read `pool` (and `caches`, null here) of the node's dependencies; nothing else
 * of them is built.
 */
export async function startRegistryTestApp(): Promise<RegistryTestApp> {
  const database: TestDatabase = await createTestDatabase();
  const pool = new pg.Pool({ connectionString: database.url, max: 5 });
  await migrate(pool);
  const org = await organizationsRepository.create(pool, '江苏省工业和信息化厅');
  const other = await organizationsRepository.create(pool, '浙江省经济和信息化厅');
  const as = {} as Record<UserRole, Record<string, string>>;
  for (const role of ROLES) as[role] = await signIn(pool, org.id, `js-${role}`, role);
  const foreignAdmin = await signIn(pool, other.id, 'zj-admin', 'admin');
  const deps = { pool, caches: null, log: createLogger('silent') } as unknown as NodeDeps;
  // Typed as Fastify's base logger, as buildApp does, so that the app is a ZodApp.
  const logger: FastifyBaseLogger = deps.log;
  const app = Fastify({ loggerInstance: logger }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.removeContentTypeParser('text/plain');
  app.decorateRequest('principal', null);
  await app.register(fastifyCookie);
  app.addHook('onRequest', createAuthenticate(deps));
  app.addHook('preValidation', rejectUnstorableText);
  await app.register(
    (api, _options, done) => {
      enterpriseRegistryGroup.register(api, deps);
      done();
    },
    { prefix: '/api/v1' },
  );
  await app.ready();
  return {
    app,
    pool,
    orgId: org.id,
    as,
    foreignAdmin,
    close: async () => {
      await app.close();
      await pool.end();
      await database.drop();
    },
  };
}
