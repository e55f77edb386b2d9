import type { FastifySchema, RouteOptions } from 'fastify';
import type { ZodApp } from './zod-app.ts';

/** One mounted route: method, path pattern and its validation schemas (zod, as given). */
export interface MountedRoute {
  method: string;
  url: string;
  schema: FastifySchema | undefined;
}

const registries = new WeakMap<object, MountedRoute[]>();

/**
 * Records every route mounted on `app` from now on (an `onRoute` hook), so that tests can
 * derive their route list from the server itself and cover a new route automatically.
 * Call it before any route is registered.
 */
export function recordRoutes(app: ZodApp): void {
  const routes: MountedRoute[] = [];
  registries.set(app, routes);
  app.addHook('onRoute', (route: RouteOptions) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) routes.push({ method, url: route.url, schema: route.schema });
  });
}

/** The routes {@link recordRoutes} saw mounted on `app` (HEAD routes included). */
export function mountedRoutes(app: ZodApp): readonly MountedRoute[] {
  return registries.get(app) ?? [];
}
