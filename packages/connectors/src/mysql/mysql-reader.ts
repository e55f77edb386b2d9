import mysql from 'mysql2/promise';
import type { PoolConnection, RowDataPacket } from 'mysql2/promise';
import type { SourceReader, TableRef, TableSample } from '@shuan/core';
import type { DatabaseTarget } from '../parse-source.ts';
import { SourceError } from '../errors/source-error.ts';
import { resolveSourceOptions } from '../source-options.ts';
import type { OpenSourceOptions } from '../source-options.ts';
import { mysqlCatalogSql, toMysqlTables } from './mysql-catalog.ts';
import type { MysqlCatalogRow, MysqlTableMeta } from './mysql-catalog.ts';
import { mysqlSourceError } from './mysql-errors.ts';
import { mysqlSampleSql, mysqlTimeoutSql } from './mysql-sample.ts';
import type { MysqlFlavour } from './mysql-sample.ts';
import { sampleValueText } from '../sample-value.ts';

/**
 * Opens a read-only {@link SourceReader} on a MySQL or MariaDB server: connects and
 * authenticates before returning (so a wrong URL, password or database fails here with a
 * `SourceError`), detects the flavour for its statement timeout, keeps a pool of
 * `concurrency` connections and reads inside `START TRANSACTION READ ONLY`.
 * Tables are named `db.table`; a URL without a database scans every non-system database.
 *
 * @example
 * const reader = await openMysql(target, { statementTimeoutMs: 30_000 });
 */
export async function openMysql(
  target: DatabaseTarget,
  options: OpenSourceOptions = {},
): Promise<SourceReader> {
  const settings = resolveSourceOptions(options);
  const pool = mysql.createPool({
    host: target.host,
    port: target.port,
    user: target.user,
    password: target.password,
    ...(target.database === undefined ? {} : { database: target.database }),
    connectionLimit: settings.concurrency,
    connectTimeout: settings.connectTimeoutMs,
    charset: 'utf8mb4',
    dateStrings: true,
    supportBigNumbers: true,
    bigNumberStrings: true,
  });
  const secrets = [target.password];
  const fail = (error: unknown, table?: string): SourceError =>
    mysqlSourceError(error, {
      subject: target.display,
      secrets,
      ...(table === undefined ? {} : { table }),
    });

  let flavour: MysqlFlavour;
  try {
    const [rows] = await pool.query<RowDataPacket[]>('SELECT VERSION() AS version');
    flavour = String(rows[0]?.version ?? '')
      .toLowerCase()
      .includes('mariadb')
      ? 'mariadb'
      : 'mysql';
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw fail(error);
  }

  const timeoutSql = mysqlTimeoutSql(flavour, settings.statementTimeoutMs);
  const inReadOnly = async <T>(work: (conn: PoolConnection) => Promise<T>): Promise<T> => {
    const conn = await pool.getConnection();
    try {
      await conn.query(timeoutSql);
      await conn.query('START TRANSACTION READ ONLY');
      const result = await work(conn);
      await conn.query('COMMIT');
      return result;
    } catch (error) {
      await conn.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      conn.release();
    }
  };

  const known = new Map<string, MysqlTableMeta>();
  return {
    kind: 'mysql',
    name: target.database ?? `${target.host}:${target.port}`,
    concurrency: settings.concurrency,
    async listTables() {
      try {
        const { sql, values } = mysqlCatalogSql(target.database);
        const rows = await inReadOnly(async (conn) => {
          const [result] = await conn.query<RowDataPacket[]>(sql, values);
          return result as MysqlCatalogRow[];
        });
        const tables = toMysqlTables(rows).map(({ ref, meta }) => {
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
        const meta = known.get(table.name) ?? splitName(table.name);
        return await sampleMysqlTable(inReadOnly, meta, table, rows);
      } catch (error) {
        throw fail(error, table.name);
      }
    },
    async close() {
      await pool.end();
    },
  };
}

async function sampleMysqlTable(
  inReadOnly: <T>(work: (conn: PoolConnection) => Promise<T>) => Promise<T>,
  meta: MysqlTableMeta,
  table: TableRef,
  rows: number,
): Promise<TableSample> {
  const wanted = Math.max(0, Math.floor(rows));
  if (table.columns.length === 0 || wanted === 0) {
    return {
      table,
      rowsSampled: 0,
      columns: table.columns.map((column) => ({ column, values: [] })),
    };
  }
  const sql = mysqlSampleSql(meta.schema, meta.table, table.columns);
  const result = await inReadOnly(async (conn) => {
    const [found] = await conn.query<RowDataPacket[]>(sql, [wanted]);
    return found;
  });
  return {
    table,
    rowsSampled: result.length,
    columns: table.columns.map((column, i) => ({
      column,
      values: result.map((row) => sampleValueText(row[`c${i}`])),
    })),
  };
}

/** For a {@link TableRef} this reader did not list: `db.table` split at the first dot. */
function splitName(name: string): MysqlTableMeta {
  const dot = name.indexOf('.');
  if (dot <= 0) {
    throw new SourceError('SOURCE_READ_FAILED', {
      subject: name,
      detail: 'expected db.table',
      table: name,
    });
  }
  return { schema: name.slice(0, dot), table: name.slice(dot + 1) };
}
