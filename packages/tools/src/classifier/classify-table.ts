import type { ColumnFinding, ColumnLabel, TableFinding, TableSample } from '@shuan/core';
import { labelColumn, type LabelColumnOptions } from '../labeling/label-column.ts';
import { categorizeTable, type CategoryEvidence } from './categorize-table.ts';
import type { CompiledPack } from './compile-pack.ts';
import { gradeTable, type Grading } from './grade-table.ts';
import {
  categoryOf,
  categoryReason,
  columnsRaisedReason,
  defaultLevelReason,
  labelReason,
  levelReason,
} from './reasons.ts';
import { columnText, tableText, type ColumnText } from './table-text.ts';

interface LabelledColumn {
  name: string;
  text: ColumnText;
  labels: ColumnLabel[];
}

/**
 * Classifies one sampled table with a compiled pack: labels, then the table's category
 * (which its columns inherit), then levels. Pure and synchronous.
 */
export function classifyTable(
  pack: CompiledPack,
  labelOptions: LabelColumnOptions,
  sample: TableSample,
): { table: TableFinding; columns: ColumnFinding[] } {
  const ref = sample.table;
  const table = tableText(ref);
  const columns = labelColumns(sample, labelOptions);
  const category = categorizeTable(pack, { table, columns });
  const grading = gradeTable(pack, {
    table,
    category: category?.category,
    rows: ref.estimatedRows ?? sample.rowsSampled,
    columns,
  });
  const categoryText = categoryReason(category);
  return {
    table: tableFinding(sample, category, grading, categoryText),
    columns: sample.columns.map((column, index): ColumnFinding => {
      const labels = columns[index]?.labels ?? [];
      const rules = grading.columnRules[index] ?? [];
      return {
        table: ref.name,
        column: column.column.name,
        dataType: column.column.dataType,
        ...(column.column.comment !== undefined && { comment: column.column.comment }),
        rowsSampled: sample.rowsSampled,
        labels,
        category: categoryOf(category),
        level: grading.columnLevels[index] ?? 'general',
        reasons: [
          ...labels.map(labelReason),
          categoryText,
          ...(rules.length > 0 ? rules.map(levelReason) : [defaultLevelReason()]),
        ],
      };
    }),
  };
}

function labelColumns(sample: TableSample, options: LabelColumnOptions): LabelledColumn[] {
  const ref = sample.table;
  return sample.columns.map((column) => ({
    name: column.column.name,
    text: columnText(column),
    labels: labelColumn(
      {
        table: ref.name,
        ...(ref.comment !== undefined && { tableComment: ref.comment }),
        column: column.column,
        values: column.values,
        ...(column.sweepHits && { sweepHits: column.sweepHits }),
        ...(column.sweepValues !== undefined && { sweepValues: column.sweepValues }),
      },
      options,
    ),
  }));
}

function tableFinding(
  sample: TableSample,
  category: CategoryEvidence | undefined,
  grading: Grading,
  categoryText: string,
): TableFinding {
  const ref = sample.table;
  const reasons = [categoryText];
  for (const fired of grading.fired) {
    if (fired.rule.scope === 'table') {
      reasons.push(levelReason(fired.rule));
      continue;
    }
    const names = fired.columns.map((i) => sample.columns[i]?.column.name ?? String(i));
    reasons.push(`${levelReason(fired.rule)}; ${columnsRaisedReason(fired.rule.level, names)}`);
  }
  if (grading.fired.length === 0) reasons.push(defaultLevelReason());
  return {
    table: ref.name,
    ...(ref.comment !== undefined && { comment: ref.comment }),
    ...(ref.estimatedRows !== undefined && { estimatedRows: ref.estimatedRows }),
    ...(ref.sizeBytes !== undefined && { sizeBytes: ref.sizeBytes }),
    category: categoryOf(category),
    level: grading.tableLevel,
    reasons,
  };
}
