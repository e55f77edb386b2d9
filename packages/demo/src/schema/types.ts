import type { CategoryCode, LabelCode, Level } from '@shuan/core';
import type { Rng } from '../rng.ts';
import type { World } from '../world.ts';

/**
 * Portable column types, mapped per dialect by `sql-types.ts`: `varchar(n)`, `decimal(p,s)`,
 * `int`, `bigint`, `real`, `text`, `date`, `datetime`.
 */
export type ColumnType =
  | 'int'
  | 'bigint'
  | 'real'
  | 'text'
  | 'date'
  | 'datetime'
  | `varchar(${number})`
  | `decimal(${number},${number})`;

/** The PostgreSQL schema (business system) a table lives in. */
export type DemoSchema =
  | 'hr'
  | 'fin'
  | 'erp'
  | 'srm'
  | 'mes'
  | 'scada'
  | 'plm'
  | 'wms'
  | 'srv'
  | 'itam'
  | 'ext'
  | 'public';

/** One cell value: text, number or SQL NULL. */
export type Cell = string | number | null;

/** A column with its comment and its ground truth. */
export interface DemoColumn {
  name: string;
  type: ColumnType;
  comment?: string;
  /** Expected labels (ground truth). */
  labels: LabelCode[];
  /** Expected level when it differs from the table's level (only large-PI columns). */
  level?: Level;
  /** What is planted here (a hard negative, a value-only column …), for the docs. */
  note?: string;
}

/** A table of the demo database: definition, generator and ground truth in one place. */
export interface DemoTable {
  name: string;
  schema: DemoSchema;
  comment?: string;
  rows: number;
  /** Expected category of the table and of every column (policy: columns take the table's). */
  category: CategoryCode | null;
  /** Expected table level (the highest of its columns). */
  level: Level;
  /** Why that level, naming the policy rule. */
  levelReason: string;
  columns: DemoColumn[];
  /** Makes row `i` (0-based) keyed by column name. */
  row: (rng: Rng, i: number, world: World) => Record<string, Cell>;
}

/** Shorthand for a column definition. */
export function col(
  name: string,
  type: ColumnType,
  comment?: string,
  labels: LabelCode[] = [],
  extra: { level?: Level; note?: string } = {},
): DemoColumn {
  return { name, type, ...(comment ? { comment } : {}), labels, ...extra };
}

/** The usual surrogate key column. */
export const idCol = (): DemoColumn => col('id', 'int', '主键');

/** Level reasons, one per policy rule. */
export const REASON = {
  general: 'general: 默认一般数据 (Measures Art. 9)',
  control: 'important: prod.control 控制指令/设定值 (Measures Art. 10(3))',
  recipe: 'important: 配方/核心工艺参数 (Measures Art. 10(2))',
  sis: 'core: prod.control + 安全仪表/联锁/紧急停车 (Measures Art. 11(3))',
  largeSensitivePi: 'important: 敏感个人信息 ≥ 100,000 行 (GB/T 43697 Annex G)',
} as const;
