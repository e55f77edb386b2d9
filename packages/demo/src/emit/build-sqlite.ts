import { existsSync, rmSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { demoData, DEFAULT_SEED, DEMO_TABLES, DEMO_VERSION } from '../generate.ts';
import type { DemoTable } from '../schema/index.ts';
import { columnDef } from '../sql-types.ts';

/** Options of {@link buildDemoSqlite}. */
export interface BuildDemoOptions {
  /** Seed of the generator; the same seed gives a byte-identical file. */
  seed?: string;
}

/**
 * The CREATE TABLE text with comments as SQL `--` comments, the layout the SQLite connector
 * parses from `sqlite_master.sql`: the table comment at the end of the `CREATE TABLE name (`
 * line, each column comment at the end of its definition line (after the comma).
 */
export function sqliteCreateTable(table: DemoTable): string {
  const lines = [`CREATE TABLE ${table.name} (${table.comment ? ` -- ${table.comment}` : ''}`];
  table.columns.forEach((c, i) => {
    const comma = i < table.columns.length - 1 ? ',' : '';
    lines.push(
      `  ${columnDef(c, 'sqlite', (s) => s)}${comma}${c.comment ? ` -- ${c.comment}` : ''}`,
    );
  });
  lines.push(')');
  return lines.join('\n');
}

/**
 * Writes the demo database to a new SQLite file at `path` (replacing it). Runs `ANALYZE` so
 * `sqlite_stat1` holds each table's row count, then `VACUUM`. Deterministic: same seed,
 * same bytes.
 */
export function buildDemoSqlite(path: string, options: BuildDemoOptions = {}): void {
  if (existsSync(path)) rmSync(path);
  const data = demoData(options.seed ?? DEFAULT_SEED);
  const db = new DatabaseSync(path);
  try {
    db.exec('PRAGMA page_size = 4096; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;');
    for (const table of DEMO_TABLES) {
      db.exec(sqliteCreateTable(table));
      const names = table.columns.map((c) => c.name);
      const insert = db.prepare(
        `INSERT INTO ${table.name} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`,
      );
      db.exec('BEGIN');
      for (const row of data.rows(table)) insert.run(...row);
      db.exec('COMMIT');
    }
    db.exec(`ANALYZE; PRAGMA user_version = ${DEMO_VERSION};`);
    db.exec('VACUUM');
  } finally {
    db.close();
  }
}
