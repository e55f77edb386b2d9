import type { CategoryCode, LabelCode, Level } from '../taxonomy/index.ts';

/** The kinds of source the scanner reads; `name` of the source never holds a password. */
export type SourceKind =
  'postgres' | 'mysql' | 'sqlite' | 'csv' | 'xlsx' | 'json' | 'text' | 'folder';

/** A column as the source describes it. `comment` is the database comment, if any. */
export interface ColumnInfo {
  name: string;
  dataType: string;
  comment?: string;
}

/**
 * A table-like unit of a source: a database table (`schema.table`, or `db.table` for MySQL),
 * a CSV or JSON file, or one sheet of a spreadsheet (`file.xlsx#Sheet`). Row counts and sizes
 * come from the source's statistics where it keeps them; nothing runs a full `COUNT(*)`.
 */
export interface TableRef {
  name: string;
  comment?: string;
  estimatedRows?: number;
  sizeBytes?: number;
  columns: ColumnInfo[];
}

/**
 * Values sampled from one column, as text (`null` for SQL NULL or an empty cell). Readers
 * that sweep a whole file may add `sweepHits`: label hits found over every row, beyond the
 * sample, which the classifier counts as value evidence.
 */
export interface ColumnSample {
  column: ColumnInfo;
  values: (string | null)[];
  sweepHits?: Partial<Record<LabelCode, number>>;
  /** How many values `sweepHits` were counted over (the whole file), when present. */
  sweepValues?: number;
}

/** What a reader returns for one table: the sample of every column. */
export interface TableSample {
  table: TableRef;
  rowsSampled: number;
  columns: ColumnSample[];
}

/** A table or file the scan could not read; the scan goes on without it. */
export interface ScanError {
  table: string;
  message: string;
  code?: string;
}

/**
 * Port: a read-only reader of one data source. Implementations (in `@shuan/connectors`)
 * open read-only transactions with statement timeouts, keep their own concurrency bounds,
 * and never put a password in `name`, in an error message or in a log.
 */
export interface SourceReader {
  readonly kind: SourceKind;
  /** Display name: database or file name, never a credential. */
  readonly name: string;
  /** How many tables the reader is willing to sample at once. */
  readonly concurrency: number;
  listTables(): Promise<{ tables: TableRef[]; errors: ScanError[] }>;
  sampleTable(table: TableRef, rows: number): Promise<TableSample>;
  close(): Promise<void>;
}

/** Where the evidence for a label came from. */
export type LabelEvidence = 'values' | 'name' | 'comment';

/** A label on a column, with its evidence and the number of sampled values that matched. */
export interface ColumnLabel {
  code: LabelCode;
  confidence: number;
  hits: number;
  evidence: LabelEvidence[];
}

/** The verdict on one column: labels, category, level and the reasons that decided them. */
export interface ColumnFinding {
  table: string;
  column: string;
  dataType: string;
  comment?: string;
  rowsSampled: number;
  labels: ColumnLabel[];
  category: CategoryCode | null;
  level: Level;
  reasons: string[];
}

/** The verdict on a whole table: the highest level of its columns, raised by table rules. */
export interface TableFinding {
  table: string;
  comment?: string;
  estimatedRows?: number;
  sizeBytes?: number;
  category: CategoryCode | null;
  level: Level;
  reasons: string[];
}

/** The rule pack that decided categories and levels. */
export interface RulesetRef {
  id: string;
  version: string;
}

/**
 * Port: labels, categorises and grades the columns of one sampled table. Implemented by the
 * rule-pack classifier of `@shuan/tools`; pure and synchronous, so it is cheap to call.
 */
export interface TableClassifier {
  readonly ruleset: RulesetRef;
  classifyTable(sample: TableSample): { table: TableFinding; columns: ColumnFinding[] };
}

/** Port: the clock. */
export interface Clock {
  now(): Date;
}
