import Table from 'cli-table3';
import pc from 'picocolors';
import type { ColumnFinding, Level, ScanReport } from '@shuan/core';
import {
  categoryText,
  isNotable,
  labelsText,
  levelText,
  reportStats,
  type ReportStats,
} from './report-stats.ts';

/** Terminal colours; pass `createColors(false)` for plain text. */
export type Colors = ReturnType<typeof pc.createColors>;

/** Options of {@link renderSummary}. */
export interface RenderSummaryOptions {
  /** List every column, not only the labelled and non-general ones. */
  all?: boolean;
  colors?: Colors;
}

/**
 * The human report printed by `shuan scan`: the source, counts by level and by category,
 * a table of labelled or non-general columns (every column with `all`), then the errors.
 * cli-table3 measures Chinese characters as two cells wide, so the columns line up.
 */
export function renderSummary(report: ScanReport, options: RenderSummaryOptions = {}): string {
  const c = options.colors ?? pc.createColors(false);
  const stats = reportStats(report);
  const seconds = (Date.parse(report.finishedAt) - Date.parse(report.startedAt)) / 1000;
  const lines = [
    c.bold('数安扫描报告 Shu’an scan report'),
    `数据源 Source: ${report.source.name} (${report.source.kind})   ` +
      `规则集 Ruleset: ${report.ruleset.id} ${report.ruleset.version}   ` +
      `用时 Took: ${seconds.toFixed(1)} s`,
    `表 Tables: ${stats.tables}   字段 Columns: ${stats.columns}   ` +
      `已标记字段 Labelled columns: ${stats.labelledColumns}   错误 Errors: ${stats.errors}`,
    '',
    c.bold('按级别 By level'),
    countsTable(
      stats.byLevel.map((row) => [colorLevel(row.level, levelText(row.level), c), row.count]),
    ),
    '',
    c.bold('按类别 By category'),
    countsTable(stats.byCategory.map((row) => [categoryText(row.category), row.count])),
    '',
    ...columnsSection(report, options.all === true, c),
    ...errorsSection(report, stats, c),
  ];
  return lines.join('\n') + '\n';
}

function countsTable(rows: [string, { tables: number; columns: number }][]): string {
  const table = plainTable(['', '表 Tables', '字段 Columns'], ['left', 'right', 'right']);
  for (const [name, count] of rows) table.push([name, count.tables, count.columns]);
  return table.toString();
}

function columnsSection(report: ScanReport, all: boolean, c: Colors): string[] {
  const columns = all ? report.columns : report.columns.filter(isNotable);
  const title = all
    ? '全部字段 All columns'
    : '已标记或非一般级别的字段 Labelled or non-general columns';
  if (columns.length === 0) {
    return [c.bold(title), '  无 none', ''];
  }
  const table = plainTable([
    '表 Table',
    '字段 Column',
    '标签 Labels',
    '类别 Category',
    '级别 Level',
  ]);
  for (const column of columns) table.push(columnRow(column, c));
  const hint = all ? [] : [c.dim('（全部字段用 --all  use --all for every column）')];
  return [c.bold(`${title} (${columns.length})`), table.toString(), ...hint, ''];
}

function columnRow(column: ColumnFinding, c: Colors): string[] {
  return [
    column.table,
    column.column,
    labelsText(column),
    categoryText(column.category),
    colorLevel(column.level, levelText(column.level), c),
  ];
}

function errorsSection(report: ScanReport, stats: ReportStats, c: Colors): string[] {
  if (stats.errors === 0) return [];
  return [
    c.bold(c.red(`错误 Errors (${stats.errors})`)),
    ...report.errors.map((e) => `  ${e.table}${e.code ? ` [${e.code}]` : ''}: ${e.message}`),
    '',
  ];
}

function colorLevel(level: Level, text: string, c: Colors): string {
  switch (level) {
    case 'core':
      return c.red(c.bold(text));
    case 'important':
      return c.yellow(text);
    case 'general':
      return text;
  }
}

function plainTable(head: string[], colAligns: Table.HorizontalAlignment[] = []): Table.Table {
  // cli-table3 colours headers and borders itself; colours here come from picocolors only.
  return new Table({ head, colAligns, style: { head: [], border: [], compact: true } });
}
