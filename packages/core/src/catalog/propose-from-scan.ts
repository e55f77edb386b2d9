import type { ColumnFinding, TableFinding } from '../scan/index.ts';
import { SENSITIVE_PI_LABELS, type LabelCode } from '../taxonomy/index.ts';
import type { CatalogItem, Proposal, ReviewState, ScannedFacts } from './catalog-item.ts';

/** Input of {@link proposeFromScan}: one scan's findings for one source. */
export interface ProposeFromScanInput {
  scanId: string;
  sourceId: string;
  tables: TableFinding[];
  columns: ColumnFinding[];
  /** The source's current catalog items, keyed by nothing: matched by table name here. */
  existing: Pick<CatalogItem, 'id' | 'table' | 'category' | 'level' | 'status'>[];
}

/** A new item: pending, with the proposal as its current value. */
export interface NewCatalogItem extends ScannedFacts, ReviewState {
  sourceId: string;
  table: string;
  proposed: Proposal;
}

/** An update of an existing item: new facts and proposal; the decision only when pending. */
export interface CatalogItemRescan extends ScannedFacts {
  id: string;
  proposed: Proposal;
  hasProposalDiff: boolean;
  /** Set only for items nobody has reviewed yet; a reviewed decision is never overwritten. */
  decision?: { category: Proposal['category']; level: Proposal['level'] };
}

/** What {@link proposeFromScan} decided. */
export interface CatalogProposals {
  inserts: NewCatalogItem[];
  updates: CatalogItemRescan[];
}

/**
 * Turns a scan into catalog proposals. New tables become `pending` items whose current
 * value is the proposal. For known tables the scanned facts and the proposal are refreshed;
 * a pending item follows the proposal, while a reviewed item keeps its decision and gets
 * `hasProposalDiff` when the scanner now proposes a different category or level
 * (human decisions win; a rescan proposes). Tables the scan did not see are left alone.
 *
 * @example
 * const { inserts, updates } = proposeFromScan({ scanId, sourceId, tables, columns, existing: [] });
 */
export function proposeFromScan(input: ProposeFromScanInput): CatalogProposals {
  const existing = new Map(input.existing.map((item) => [item.table, item]));
  const columnsByTable = groupColumns(input.columns);
  const inserts: NewCatalogItem[] = [];
  const updates: CatalogItemRescan[] = [];
  for (const table of input.tables) {
    const facts = factsOf(table, columnsByTable.get(table.table) ?? []);
    const proposed: Proposal = {
      category: table.category,
      level: table.level,
      reasons: [...table.reasons],
      scanId: input.scanId,
    };
    const known = existing.get(table.table);
    if (known === undefined) {
      inserts.push({
        sourceId: input.sourceId,
        table: table.table,
        ...facts,
        proposed,
        category: proposed.category,
        level: proposed.level,
        status: 'pending',
        hasProposalDiff: false,
        reviewedBy: null,
        reviewedAt: null,
        reviewReason: null,
      });
    } else if (known.status === 'pending') {
      const decision = { category: proposed.category, level: proposed.level };
      updates.push({ id: known.id, ...facts, proposed, hasProposalDiff: false, decision });
    } else {
      const differs = known.category !== proposed.category || known.level !== proposed.level;
      updates.push({ id: known.id, ...facts, proposed, hasProposalDiff: differs });
    }
  }
  return { inserts, updates };
}

function groupColumns(columns: ColumnFinding[]): Map<string, ColumnFinding[]> {
  const byTable = new Map<string, ColumnFinding[]>();
  for (const column of columns) {
    const list = byTable.get(column.table);
    if (list === undefined) byTable.set(column.table, [column]);
    else list.push(column);
  }
  return byTable;
}

function factsOf(table: TableFinding, columns: ColumnFinding[]): ScannedFacts {
  const labels = new Set<LabelCode>();
  for (const column of columns) for (const label of column.labels) labels.add(label.code);
  const labelList = [...labels].sort();
  return {
    comment: table.comment ?? null,
    pi: labelList.some((code) => code.startsWith('pi.')),
    sensitivePi: labelList.some((code) => SENSITIVE_PI_LABELS.includes(code)),
    labels: labelList,
    rows: table.estimatedRows ?? null,
    sizeBytes: table.sizeBytes ?? null,
    columns: columns.map((column) => ({
      name: column.column,
      dataType: column.dataType,
      ...(column.comment !== undefined && { comment: column.comment }),
      labels: column.labels.map((label) => label.code),
      category: column.category,
      level: column.level,
    })),
  };
}
