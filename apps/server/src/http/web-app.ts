import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './app-error.ts';
import type { ZodApp } from './zod-app.ts';

/**
 * Serves the built web app (`apps/web/dist`) on the same port as the API when it exists.
 * Unknown non-API GET paths answer `index.html` so that client-side routes survive a reload;
 * unknown API paths answer the standard 404 error body.
 */
export async function mountWebApp(app: ZodApp, webDir: string): Promise<void> {
  const hasWeb = existsSync(join(webDir, 'index.html'));
  if (hasWeb)
    await app.register(fastifyStatic, { root: webDir, wildcard: false, index: ['index.html'] });
  app.setNotFoundHandler(async (request: FastifyRequest, reply: FastifyReply) => {
    const isApi = request.url.startsWith('/api/') || request.url === '/api';
    if (hasWeb && !isApi && (request.method === 'GET' || request.method === 'HEAD')) {
      return reply.type('text/html').sendFile('index.html');
    }
    throw new AppError(
      'NOT_FOUND',
      `未找到 ${request.method} ${request.url.split('?')[0] ?? ''} / not found`,
    );
  });
}
