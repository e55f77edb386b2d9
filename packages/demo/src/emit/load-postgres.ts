import pg from 'pg';
import { batches, demoData, DEFAULT_SEED, DEMO_TABLES } from '../generate.ts';
import type { DemoTable } from '../schema/index.ts';
import { columnDef } from '../sql-types.ts';
import type { BuildDemoOptions } from './build-sqlite.ts';

const q = (s: string): string => `"${s.replaceAll('"', '""')}"`;
const lit = (s: string): string => `'${s.replaceAll("'", "''")}'`;

/** Rows per multi-row INSERT: stays far below PostgreSQL's 65,535 parameters. */
const BATCH = 1000;

/** DDL (CREATE TABLE + COMMENT ON) of one demo table in PostgreSQL. */
export function postgresDdl(table: DemoTable): string[] {
  const name = `${q(table.schema)}.${q(table.name)}`;
  const out = [
    `DROP TABLE IF EXISTS ${name}`,
    `CREATE TABLE ${name} (\n  ${table.columns.map((c) => columnDef(c, 'postgres', q)).join(',\n  ')}\n)`,
  ];
  if (table.comment) out.push(`COMMENT ON TABLE ${name} IS ${lit(table.comment)}`);
  for (const c of table.columns) {
    if (c.comment) out.push(`COMMENT ON COLUMN ${name}.${q(c.name)} IS ${lit(c.comment)}`);
  }
  return out;
}

/**
 * Loads the demo database into the PostgreSQL database named by `url`: one schema per
 * business system (`hr`, `fin`, `erp`, `srm`, `mes`, `scada`, `plm`, `wms`, `srv`, `itam`,
 * `ext`, and `public`), comments via `COMMENT ON`, rows in 1,000-row INSERTs, then `ANALYZE`
 * so `pg_class.reltuples` holds the row counts. Existing demo tables are replaced.
 */
export async function loadDemoIntoPostgres(
  url: string,
  options: BuildDemoOptions = {},
): Promise<void> {
  const data = demoData(options.seed ?? DEFAULT_SEED);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const schemas = [...new Set(DEMO_TABLES.map((t) => t.schema))];
    for (const s of schemas) await client.query(`CREATE SCHEMA IF NOT EXISTS ${q(s)}`);
    for (const table of DEMO_TABLES) {
      await client.query('BEGIN');
      for (const sql of postgresDdl(table)) await client.query(sql);
      const cols = table.columns.map((c) => q(c.name)).join(', ');
      const width = table.columns.length;
      for (const batch of batches(data, table, BATCH)) {
        const values = batch
          .map((_, r) => `(${table.columns.map((__, k) => `$${r * width + k + 1}`).join(', ')})`)
          .join(', ');
        await client.query(
          `INSERT INTO ${q(table.schema)}.${q(table.name)} (${cols}) VALUES ${values}`,
          batch.flat(),
        );
      }
      await client.query('COMMIT');
    }
    await client.query('ANALYZE');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
