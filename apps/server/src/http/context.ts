import type { PgBoss } from 'pg-boss';
import type pg from 'pg';
import type { Logger } from 'pino';
import type { UserRole } from '@shuan/db';
import type { ServerConfig } from '../config.ts';
import type { FederationRuntime } from '../federation/runtime.ts';
import type { ServerMetrics } from './metrics.ts';
import type { NodeCaches } from '../cache/node-caches.ts';

/** Everything the routes and jobs of one node need, passed explicitly. */
export interface NodeDeps {
  config: ServerConfig;
  pool: pg.Pool;
  boss: PgBoss;
  masterKey: Uint8Array;
  metrics: ServerMetrics;
  log: Logger;
  /** This node's federation identity and signature verifier. */
  federation: FederationRuntime;
  /** Response and session caches, kept true by the org change feed; null when turned off. */
  caches: NodeCaches | null;
}

/** Who is calling, resolved from the session cookie or the API token. */
export interface Principal {
  userId: string;
  orgId: string;
  orgName: string;
  username: string;
  displayName: string;
  role: UserRole;
  /** Set for cookie sessions; API tokens carry no CSRF token. */
  csrfToken: string | null;
  sessionHash: string | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
}
