import { ConfigError, loadConfig } from './config.ts';
import { startNode } from './node/start-node.ts';

/**
 * `npm start`: validates the configuration, starts the node, and stops it gracefully on
 * SIGTERM / SIGINT (in-flight requests finish, jobs are released, embedded PostgreSQL stops).
 */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const node = await startNode(config);
  node.deps.log.info(
    { url: node.url, role: config.role },
    `数安节点已启动 / Shu'an node listening on ${node.url}`,
  );
  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    node.deps.log.info({ signal }, 'shutting down');
    node.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        node.deps.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => {
    shutdown('SIGTERM');
  });
  process.on('SIGINT', () => {
    shutdown('SIGINT');
  });
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`启动失败 / start failed: ${message}\n`);
  process.exit(1);
});
