import { migrationsUpToDate } from '@shuan/db';
import type { NodeDeps } from './context.ts';
import type { ZodApp } from './zod-app.ts';

/**
 * Operations endpoints outside `/api`: liveness (`/healthz`: the process answers),
 * readiness (`/readyz`: the database answers and every migration is applied) and
 * Prometheus metrics (`/metrics`). They are left out of the OpenAPI document.
 */
export function opsRoutes(app: ZodApp, deps: NodeDeps): void {
  app.get('/healthz', { schema: { hide: true } }, () => ({ status: 'ok' }));

  app.get('/readyz', { schema: { hide: true } }, async (_request, reply) => {
    try {
      await deps.pool.query('SELECT 1');
      const migrated = await migrationsUpToDate(deps.pool);
      if (!migrated) return await reply.status(503).send({ status: 'migrations pending' });
      return { status: 'ready' };
    } catch {
      return reply.status(503).send({ status: 'database unavailable' });
    }
  });

  app.get('/metrics', { schema: { hide: true } }, async (_request, reply) => {
    const body = await deps.metrics.registry.metrics();
    return reply.type(deps.metrics.registry.contentType).send(body);
  });
}
