import pg from 'pg';
import type { SourceReader, TableRef, TableSample } from '@shuan/core';
import type { DatabaseTarget } from '../parse-source.ts';
import { SourceError } from '../errors/source-error.ts';
import { resolveSourceOptions } from '../source-options.ts';
import type { OpenSourceOptions, ResolvedSourceOptions } from '../source-options.ts';
import { POSTGRES_CATALOG_SQL, toPostgresTable } from './postgres-catalog.ts';
import type { PostgresCatalogRow, PostgresTableMeta } from './postgres-catalog.ts';
import { postgresSourceError } from './postgres-errors.ts';
import { postgresSampleQueries } from './postgres-sample.ts';
import { sampleValueText } from '../sample-value.ts';

/**
 * Opens a read-only {@link SourceReader} on a PostgreSQL database: connects and authenticates
 * before returning (so a wrong URL, password or database fails here with a `SourceError`),
 * keeps a pool of `concurrency` connections, and reads every table inside
 * `BEGIN READ ONLY` with `SET LOCAL statement_timeout`.
 *
 * @example
 * const reader = await openPostgres(parseTarget('postgres://scan@db/erp'), { concurrency: 4 });
 */
export async function openPostgres(
  target: DatabaseTarget,
  options: OpenSourceOptions = {},
): Promise<SourceReader> {
  const settings = resolveSourceOptions(options);
  const pool = new pg.Pool({
    connectionString: target.url,
    max: settings.concurrency,
    connectionTimeoutMillis: settings.connectTimeoutMs,
    idleTimeoutMillis: 10_000,
    application_name: 'shuan-scan',
    // Belt and braces: even a statement outside our transactions cannot write.
    options: '-c default_transaction_read_only=on',
  });
  // An idle client losing its connection must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  const secrets = [target.password];
  const fail = (error: unknown, table?: string): SourceError =>
    postgresSourceError(error, {
      subject: target.display,
      secrets,
      ...(table === undefined ? {} : { table }),
    });

  let name: string;
  try {
    const result = await pool.query<{ db: string }>('SELECT current_database() AS db');
    name = result.rows[0]?.db ?? target.database ?? '';
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw fail(error);
  }

  const known = new Map<string, PostgresTableMeta>();
  return {
    kind: 'postgres',
    name,
    concurrency: settings.concurrency,
    async listTables() {
      try {
        const rows = await inReadOnly(pool, settings, async (client) => {
          const result = await client.query<PostgresCatalogRow>(POSTGRES_CATALOG_SQL);
          return result.rows;
        });
        const tables = rows.map((row) => {
          const { ref, meta } = toPostgresTable(row);
          known.set(ref.name, meta);
          return ref;
        });
        return { tables, errors: [] };
      } catch (error) {
        throw fail(error);
      }
    },
    async sampleTable(table, rows) {
      try {
        return await samplePostgresTable(pool, settings, known, table, rows);
      } catch (error) {
        throw fail(error, table.name);
      }
    },
    async close() {
      await pool.end();
    },
  };
}

async function samplePostgresTable(
  pool: pg.Pool,
  settings: ResolvedSourceOptions,
  known: ReadonlyMap<string, PostgresTableMeta>,
  table: TableRef,
  rows: number,
): Promise<TableSample> {
  const meta = known.get(table.name) ?? splitName(table.name);
  const wanted = Math.max(0, Math.floor(rows));
  if (table.columns.length === 0 || wanted === 0) {
    return {
      table,
      rowsSampled: 0,
      columns: table.columns.map((column) => ({ column, values: [] })),
    };
  }
  const queries = postgresSampleQueries(
    meta.schema,
    meta.table,
    table.columns,
    table.estimatedRows,
    wanted,
  );
  const values = await inReadOnly(pool, settings, async (client) => {
    if (queries.sampled !== undefined) {
      const sampled = await client.query<unknown[]>({ ...queries.sampled, rowMode: 'array' });
      if (sampled.rows.length >= wanted) return sampled.rows;
    }
    const limited = await client.query<unknown[]>({ ...queries.limited, rowMode: 'array' });
    return limited.rows;
  });
  return {
    table,
    rowsSampled: values.length,
    columns: table.columns.map((column, i) => ({
      column,
      values: values.map((row) => sampleValueText(row[i])),
    })),
  };
}

/** Runs `work` in a read-only transaction with the statement timeout, on a pooled client. */
async function inReadOnly<T>(
  pool: pg.Pool,
  settings: ResolvedSourceOptions,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN TRANSACTION READ ONLY');
    await client.query(`SET LOCAL statement_timeout = ${settings.statementTimeoutMs}`);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollback: unknown) => {
      broken = rollback instanceof Error ? rollback : new Error(String(rollback));
    });
    throw error;
  } finally {
    client.release(broken);
  }
}

/** For a {@link TableRef} this reader did not list: `schema.table` split at the first dot. */
function splitName(name: string): PostgresTableMeta {
  const dot = name.indexOf('.');
  if (dot <= 0) {
    throw new SourceError('SOURCE_READ_FAILED', {
      subject: name,
      detail: 'expected schema.table',
      table: name,
    });
  }
  return { schema: name.slice(0, dot), table: name.slice(dot + 1) };
}
