import pg from 'pg';
import { PgBoss } from 'pg-boss';
import { migrate, startEmbeddedPostgres } from '@shuan/db';
import type { ServerConfig } from '../config.ts';
import { buildApp } from '../http/build-app.ts';
import type { NodeDeps } from '../http/context.ts';
import { createMetrics } from '../http/metrics.ts';
import type { ZodApp } from '../http/zod-app.ts';
import { roleModuleOf } from '../roles/index.ts';
import { bootstrapNode, FIRST_ADMIN, type BootstrapResult } from './bootstrap.ts';
import { startNodeCaches, type NodeCaches } from '../cache/node-caches.ts';
import type { FederationRuntime } from '../federation/runtime.ts';
import { createLogger } from './logger.ts';
import { loadMasterKey } from './master-key.ts';
import { createEnvelopeVerifier } from '@shuan/tools';
import { loadNodeIdentity } from './node-identity.ts';
import { installWorkCalendar } from './work-calendar.ts';

/**
 * How long an idle database connection is kept (node-postgres closes it after 10 s by
 * default). Syncs and job polls come every 0.5–30 s, so with the default nearly every one
 * opened a new connection: a PostgreSQL backend started and authenticated each time, which
 * with 32 nodes on one machine (bench:federation's country) was the bulk of its load.
 */
const POOL_IDLE_MS = 5 * 60_000;

/** A running node. */
export interface RunningNode {
  app: ZodApp;
  deps: NodeDeps;
  /** `http://host:port` it listens on. */
  url: string;
  bootstrap: BootstrapResult;
  /** Graceful stop: HTTP first (in-flight requests finish), then jobs, pool, embedded PG. */
  stop: () => Promise<void>;
}

/** Options of {@link startNode} beyond the configuration. */
export interface StartNodeOptions {
  /** Do not listen on a port (tests use `app.inject`). */
  listen?: boolean;
  /** Where the demo database is (default: `ensureDemoDatabase` of `@shuan/demo`). */
  demoPath?: () => Promise<string>;
  /** Called once with the generated admin password (default: printed to stdout). */
  onAdminPassword?: (password: string) => void;
}

/**
 * Starts one node: the database (external via `DATABASE_URL`, or embedded in the data
 * folder), migrations, the master key, the first-start bootstrap, the job queue, the HTTP
 * server, and the role's jobs.
 */
export async function startNode(
  config: ServerConfig,
  options: StartNodeOptions = {},
): Promise<RunningNode> {
  const log = createLogger(config.logLevel);
  // Every working-day deadline of this process reads the node calendar (work-calendar.ts).
  installWorkCalendar(config.workCalendar ?? {});
  const role = roleModuleOf(config.role);
  const embedded =
    config.databaseUrl === undefined
      ? await startEmbeddedPostgres({
          dataDir: config.dataDir,
          port: config.embeddedPgPort,
          onLog: (line) => {
            log.debug({ postgres: line });
          },
          onRecovery: (message) => {
            log.warn(
              { dataDir: config.dataDir },
              `内嵌 PostgreSQL 崩溃恢复 / embedded PostgreSQL crash recovery: ${message}`,
            );
          },
        })
      : undefined;
  const databaseUrl = config.databaseUrl ?? embedded?.url ?? '';
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: config.dbPoolMax,
    idleTimeoutMillis: POOL_IDLE_MS,
  });
  pool.on('error', (error) => {
    log.error({ err: error }, 'idle database client failed');
  });
  // pg-boss on a pool of ours: its own pool keeps node-postgres's 10 s idle timeout.
  const bossPool = new pg.Pool({
    connectionString: databaseUrl,
    max: 4,
    idleTimeoutMillis: POOL_IDLE_MS,
    connectionTimeoutMillis: 10_000,
    application_name: 'pgboss',
  });
  bossPool.on('error', (error) => {
    log.error({ err: error }, 'idle job queue database client failed');
  });
  const boss = new PgBoss({
    db: { executeSql: (text, values) => bossPool.query(text, values) },
    schema: 'pgboss',
  });
  boss.on('error', (error: unknown) => {
    log.error({ err: error }, 'job queue error');
  });
  let caches: NodeCaches | null = null;
  let federation: FederationRuntime | undefined;
  try {
    const migrated = await migrate(pool);
    if (migrated.applied.length > 0) log.info({ applied: migrated.applied }, 'migrations applied');
    const { key, created } = await loadMasterKey(config.dataDir);
    if (created) log.info({ dataDir: config.dataDir }, 'master key created');
    const loaded = await loadNodeIdentity(config.dataDir, config.role, config.nodeId);
    if (loaded.created) log.info({ nodeId: loaded.identity.nodeId }, 'node identity created');
    federation = {
      identity: loaded.identity,
      verifier: createEnvelopeVerifier({ workers: config.federationVerifyWorkers }),
    };
    caches = await startNodeCaches(databaseUrl, config.responseCacheMb, log);
    const deps: NodeDeps = {
      config,
      pool,
      boss,
      masterKey: key,
      metrics: createMetrics(),
      log,
      federation,
      caches,
    };
    const demoPath =
      options.demoPath ?? (async () => (await import('@shuan/demo')).ensureDemoDatabase());
    const print =
      options.onAdminPassword ??
      ((password: string) => {
        process.stdout.write(
          `\n首次启动：管理员账号 ${FIRST_ADMIN}，初始密码 ${password}（仅显示一次，请登录后修改）\n` +
            `First start: administrator ${FIRST_ADMIN}, initial password ${password} (shown once; change it after signing in)\n\n`,
        );
      });
    const bootstrap = await bootstrapNode(deps, demoPath, print);
    await boss.start();
    const app = await buildApp(deps);
    for (const job of role.jobs) await job.start(deps);
    for (const schedule of role.schedules)
      await deps.boss.schedule(schedule.queue, schedule.cron, null, { tz: 'UTC' });
    let url = '';
    if (options.listen !== false) url = await app.listen({ port: config.port, host: config.host });
    else await app.ready();
    const stop = async (): Promise<void> => {
      await app.close();
      await boss.stop({ graceful: true, timeout: 30_000, close: true });
      await federation?.verifier.close();
      await caches?.feed.stop();
      await bossPool.end();
      await pool.end();
      if (embedded !== undefined) await embedded.stop();
    };
    return { app, deps, url, bootstrap, stop };
  } catch (error) {
    await boss.stop({ graceful: false, close: true }).catch(() => undefined);
    await federation?.verifier.close().catch(() => undefined);
    await caches?.feed.stop();
    await bossPool.end().catch(() => undefined);
    await pool.end().catch(() => undefined);
    if (embedded !== undefined) await embedded.stop().catch(() => undefined);
    throw error;
  }
}
