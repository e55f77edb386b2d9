import type { CategoryCode, ColumnLabel, Level } from '@shuan/core';
import { maxLevel } from '@shuan/core/taxonomy';
import { matchColumn } from './categorize-table.ts';
import type { CompiledLevelRule, CompiledPack } from './compile-pack.ts';
import type { ColumnText, TableText } from './table-text.ts';

/** A level rule that fired, on the whole table or on some columns. */
export interface FiredLevelRule {
  rule: CompiledLevelRule;
  /** For column-scope rules: the columns (by index) it raised. */
  columns: number[];
}

/** The levels decided for a table and its columns, with the rules that decided them. */
export interface Grading {
  tableLevel: Level;
  columnLevels: Level[];
  /** Rules fired per column index (table-scope rules appear on every column). */
  columnRules: FiredLevelRule['rule'][][];
  fired: FiredLevelRule[];
}

/** What {@link gradeTable} looks at. */
export interface GradeInput {
  table: TableText;
  category: CategoryCode | undefined;
  rows: number;
  columns: { text: ColumnText; labels: readonly ColumnLabel[] }[];
}

/**
 * Applies the pack's level rules. Table-scope rules raise every column; column-scope rules
 * raise the columns that meet them; the table takes the highest level of its columns
 * (GB/T 43697-2024: a data set takes the highest level of its items). Nothing fired means
 * general data (Measures Art. 9).
 */
export function gradeTable(pack: CompiledPack, input: GradeInput): Grading {
  const columnLevels: Level[] = input.columns.map(() => 'general');
  const columnRules: CompiledLevelRule[][] = input.columns.map(() => []);
  const fired: FiredLevelRule[] = [];
  let tableLevel: Level = 'general';
  for (const rule of pack.levelRules) {
    if (!tableConditionsHold(rule, input)) continue;
    const hit: number[] = [];
    input.columns.forEach((column, index) => {
      if (rule.scope === 'column' && !columnConditionsHold(rule, column)) return;
      hit.push(index);
    });
    if (rule.scope === 'table' && !tableColumnConditionsHold(rule, input)) continue;
    if (hit.length === 0) continue;
    fired.push({ rule, columns: rule.scope === 'column' ? hit : [] });
    for (const index of hit) {
      columnLevels[index] = maxLevel(columnLevels[index] ?? 'general', rule.level);
      columnRules[index]?.push(rule);
    }
    tableLevel = maxLevel(tableLevel, rule.level);
  }
  return { tableLevel, columnLevels, columnRules, fired };
}

function tableConditionsHold(rule: CompiledLevelRule, input: GradeInput): boolean {
  if (rule.categories && (input.category === undefined || !rule.categories.has(input.category))) {
    return false;
  }
  if (rule.minRows !== undefined && input.rows < rule.minRows) return false;
  if (rule.table) {
    const { name, comment } = input.table;
    if (rule.table(name) === undefined && (!comment || rule.table(comment) === undefined)) {
      return false;
    }
  }
  return true;
}

/** For table-scope rules, column conditions hold when some column meets them. */
function tableColumnConditionsHold(rule: CompiledLevelRule, input: GradeInput): boolean {
  if (!rule.column && !rule.labelsAny) return true;
  return input.columns.some((column) => columnConditionsHold(rule, column));
}

function columnConditionsHold(
  rule: CompiledLevelRule,
  column: { text: ColumnText; labels: readonly ColumnLabel[] },
): boolean {
  if (rule.labelsAny) {
    const wanted = rule.labelsAny;
    if (!column.labels.some((label) => wanted.has(label.code))) return false;
  }
  if (rule.column && matchColumn(rule.column, column.text) === undefined) return false;
  return true;
}
