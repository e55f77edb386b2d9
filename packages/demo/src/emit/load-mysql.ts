import mysql from 'mysql2/promise';
import { batches, demoData, DEFAULT_SEED, DEMO_TABLES } from '../generate.ts';
import type { DemoTable } from '../schema/index.ts';
import { columnDef } from '../sql-types.ts';
import type { BuildDemoOptions } from './build-sqlite.ts';

const q = (s: string): string => `\`${s.replaceAll('`', '``')}\``;
const lit = (s: string): string => `'${s.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;

/** Rows per multi-row INSERT. */
const BATCH = 2000;

/** CREATE TABLE of one demo table in MySQL/MariaDB, with inline `COMMENT '…'`. */
export function mysqlDdl(table: DemoTable): string {
  const cols = table.columns.map(
    (c) => `${columnDef(c, 'mysql', q)}${c.comment ? ` COMMENT ${lit(c.comment)}` : ''}`,
  );
  const comment = table.comment ? ` COMMENT=${lit(table.comment)}` : '';
  return `CREATE TABLE ${q(table.name)} (\n  ${cols.join(',\n  ')}\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4${comment}`;
}

/**
 * Loads the demo database into the MySQL/MariaDB database named by `url` (all tables in that
 * one database, so connectors report `db.table`), in 2,000-row INSERTs, then `ANALYZE TABLE`
 * so `information_schema.TABLES.TABLE_ROWS` is close to the real counts. Existing demo tables
 * are replaced.
 */
export async function loadDemoIntoMysql(
  url: string,
  options: BuildDemoOptions = {},
): Promise<void> {
  const data = demoData(options.seed ?? DEFAULT_SEED);
  const conn = await mysql.createConnection({ uri: url, charset: 'utf8mb4' });
  try {
    for (const table of DEMO_TABLES) {
      await conn.query(`DROP TABLE IF EXISTS ${q(table.name)}`);
      await conn.query(mysqlDdl(table));
      const cols = table.columns.map((c) => q(c.name)).join(', ');
      for (const batch of batches(data, table, BATCH)) {
        await conn.query(`INSERT INTO ${q(table.name)} (${cols}) VALUES ?`, [batch]);
      }
      await conn.query(`ANALYZE TABLE ${q(table.name)}`);
    }
  } finally {
    await conn.end();
  }
}
