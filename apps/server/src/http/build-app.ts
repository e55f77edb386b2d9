import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { randomUUID } from 'node:crypto';
import { NODE_CHANGES } from '../cache/change-feed.ts';
import { roleModuleOf } from '../roles/index.ts';
import { createAuthenticate, SAFE_METHODS } from './authenticate.ts';
import type { NodeDeps } from './context.ts';
import { handleError } from './error-handler.ts';
import { opsRoutes } from './ops.routes.ts';
import { recordRoutes } from './route-registry.ts';
import { rejectUnstorableText } from './text-guard.ts';
import { mountWebApp } from './web-app.ts';
import type { ZodApp } from './zod-app.ts';

/** Request bodies above this answer 413 `PAYLOAD_TOO_LARGE`. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * Builds the HTTP server of a node: zod validation and serialisation, OpenAPI at
 * `/api/docs`, the auth hook, the guard against text PostgreSQL cannot store, the one error
 * handler (also for malformed URLs), the operations endpoints, the routes
 * the node's role mounts, and the web app.
 */
export async function buildApp(deps: NodeDeps): Promise<ZodApp> {
  // Typed as Fastify's base logger so that routes see the same instance type as ZodApp.
  const logger: FastifyBaseLogger = deps.log;
  const app = Fastify({
    loggerInstance: logger,
    bodyLimit: BODY_LIMIT_BYTES,
    genReqId: () => randomUUID(),
    return503OnClosing: true,
    // Malformed URLs and over-long path parameters fail before routing: give them the one error body too.
    frameworkErrors: (error, request, reply) => {
      void handleError(error, request, reply);
    },
  }).withTypeProvider<ZodTypeProvider>();
  recordRoutes(app);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  // The API speaks JSON only: without this, text/plain bodies (which cross-site forms can send) reach the routes as strings.
  app.removeContentTypeParser('text/plain');
  app.decorateRequest('principal', null);
  app.decorateRequest('cacheSlot', null);
  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: "数安 Shu'an API",
        version: '1.0.0',
        description: '企业节点 API / enterprise node API',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'shuan_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.addHook('onRequest', createAuthenticate(deps));
  app.addHook('preValidation', rejectUnstorableText);
  const caches = deps.caches;
  if (caches !== null) {
    app.addHook('preHandler', caches.responses.lookup);
    app.addHook('onSend', caches.responses.store);
    app.addHook('onResponse', caches.responses.release);
    // This instance's own writes retire its cached answers before the caller hears back,
    // so the caller's next read sees the write (the notification follows a moment later).
    // A user's write may also move node-level figures (a tenant's acknowledgement on a
    // province's warning tracking): node-scoped answers are retired too.
    app.addHook('onSend', async (request, _reply, payload) => {
      const orgId = request.principal?.orgId;
      if (orgId !== undefined && !SAFE_METHODS.has(request.method)) {
        caches.feed.bump(orgId);
        caches.feed.bump(NODE_CHANGES);
      }
      return payload;
    });
  }
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    deps.metrics.httpDuration.observe(
      { method: request.method, route, status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });
  opsRoutes(app, deps);
  const role = roleModuleOf(deps.config.role);
  await app.register(
    (api, _options, done) => {
      for (const group of role.routeGroups) group.register(api, deps);
      done();
    },
    { prefix: '/api/v1' },
  );
  // Node-to-node routes: outside /api/v1, so no cookie, CSRF or session applies; every
  // request is authenticated by the SM2 signatures it carries.
  await app.register(
    (federation, _options, done) => {
      for (const group of role.federationGroups) group.register(federation, deps);
      done();
    },
    { prefix: '/federation/v1' },
  );
  await mountWebApp(app, deps.config.webDir);
  return app;
}
