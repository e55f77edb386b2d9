import type { CategoryCode, LabelCode, Level } from '@shuan/core';
import { DEMO_TABLES, type DemoSchema, type DemoTable } from './schema/index.ts';

/** Expected verdict on one column of the demo database. */
export interface DemoColumnTruth {
  column: string;
  comment?: string;
  labels: LabelCode[];
  category: CategoryCode | null;
  level: Level;
  /** What is planted in this column (hard negative, value-only column …). */
  note?: string;
}

/** Expected verdict on one table of the demo database. */
export interface DemoTableTruth {
  /** Bare table name (SQLite reports it as is). */
  table: string;
  /** PostgreSQL schema: the connectors report `schema.table` there, `db.table` in MySQL. */
  pgSchema: DemoSchema;
  comment?: string;
  /** Exact number of rows (the honest estimate). */
  rows: number;
  category: CategoryCode | null;
  level: Level;
  levelReason: string;
  columns: DemoColumnTruth[];
}

/** The ground truth of the whole demo database, following the general pack policy v2026.1. */
export interface DemoGroundTruth {
  ruleset: { id: 'general'; version: '2026.1' };
  tables: DemoTableTruth[];
  /** Look-up by bare table name. */
  byTable: ReadonlyMap<string, DemoTableTruth>;
}

function tableTruth(t: DemoTable): DemoTableTruth {
  return {
    table: t.name,
    pgSchema: t.schema,
    ...(t.comment ? { comment: t.comment } : {}),
    rows: t.rows,
    category: t.category,
    level: t.level,
    levelReason: t.levelReason,
    columns: t.columns.map((c) => ({
      column: c.name,
      ...(c.comment ? { comment: c.comment } : {}),
      labels: [...c.labels],
      // Policy: every column of a categorised table takes the table's category; the demo's
      // uncategorised tables have no column whose own name, comment or labels point anywhere.
      category: t.category,
      level: c.level ?? t.level,
      ...(c.note ? { note: c.note } : {}),
    })),
  };
}

/**
 * The declared ground truth of the demo database: for every table its category and level,
 * for every column its expected labels, category and level. It does not depend on the seed.
 *
 * @example demoGroundTruth().byTable.get('sis_interlock_config')?.level // 'core'
 */
export function demoGroundTruth(): DemoGroundTruth {
  const tables = DEMO_TABLES.map(tableTruth);
  return {
    ruleset: { id: 'general', version: '2026.1' },
    tables,
    byTable: new Map(tables.map((t) => [t.table, t])),
  };
}

/**
 * The name a connector reports for a demo table: `schema.table` for PostgreSQL, `db.table`
 * for MySQL/MariaDB, the bare name for SQLite.
 */
export function reportedTableName(
  truth: DemoTableTruth,
  dialect: 'sqlite' | 'postgres' | 'mysql',
  mysqlDatabase = 'shuan_demo',
): string {
  if (dialect === 'postgres') return `${truth.pgSchema}.${truth.table}`;
  if (dialect === 'mysql') return `${mysqlDatabase}.${truth.table}`;
  return truth.table;
}
