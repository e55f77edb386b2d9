import ExcelJS from 'exceljs';
import {
  CATEGORY_NAMES,
  LABEL_NAMES,
  LEVEL_NAMES,
  type CategoryCode,
  type ColumnFinding,
  type Level,
  type ScanReport,
} from '@shuan/core';
import { reportStats } from './report-stats.ts';

/** Sheet names of the workbook, Chinese first. */
export const XLSX_SHEETS = {
  summary: '汇总 Summary',
  tables: '数据项 Tables',
  columns: '字段 Columns',
  errors: '错误 Errors',
} as const;

/** Fill colours of level cells (ARGB): 核心 red, 重要 orange. */
const LEVEL_FILL: Partial<Record<Level, string>> = { core: 'FFFF4D4F', important: 'FFFFA940' };

interface SheetColumn {
  header: string;
  key: string;
  width: number;
}

/**
 * Builds the Excel report of a scan with Chinese-first headers: 汇总 Summary (source,
 * ruleset, time, counts by level and category), 数据项 Tables, 字段 Columns and 错误 Errors.
 * Every sheet has a frozen header row and an autofilter; level cells are coloured. Pure
 * (no file I/O), so the server can stream the same workbook.
 */
export function buildXlsxReport(report: ScanReport): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '数安 Shu’an';
  workbook.created = new Date(report.finishedAt);
  addSummarySheet(workbook, report);
  addTablesSheet(workbook, report);
  addColumnsSheet(workbook, report);
  addErrorsSheet(workbook, report);
  return workbook;
}

/** Writes the Excel report of a scan to `file`. */
export async function writeXlsxReport(report: ScanReport, file: string): Promise<void> {
  await buildXlsxReport(report).xlsx.writeFile(file);
}

function addSummarySheet(workbook: ExcelJS.Workbook, report: ScanReport): void {
  const stats = reportStats(report);
  const sheet = addSheet(workbook, XLSX_SHEETS.summary, [
    { header: '项目 Item', key: 'item', width: 36 },
    { header: '表 Tables', key: 'tables', width: 12 },
    { header: '字段 Columns', key: 'columns', width: 14 },
    { header: '说明 Value', key: 'value', width: 40 },
  ]);
  const info: [string, string | number][] = [
    ['数据源 Source', `${report.source.name} (${report.source.kind})`],
    ['规则集 Ruleset', `${report.ruleset.id} ${report.ruleset.version}`],
    ['开始时间 Started', report.startedAt],
    ['结束时间 Finished', report.finishedAt],
    ['表数 Tables', stats.tables],
    ['字段数 Columns', stats.columns],
    ['已标记字段 Labelled columns', stats.labelledColumns],
    ['错误数 Errors', stats.errors],
  ];
  for (const [item, value] of info) sheet.addRow({ item, value });
  sheet.addRow({});
  sheet.addRow({ item: '按级别 By level' }).font = { bold: true };
  for (const { level, count } of stats.byLevel) {
    const row = sheet.addRow({ item: levelName(level), ...count });
    fillLevel(row.getCell('item'), level);
  }
  sheet.addRow({});
  sheet.addRow({ item: '按类别 By category' }).font = { bold: true };
  for (const { category, count } of stats.byCategory) {
    sheet.addRow({ item: categoryName(category), ...count });
  }
}

function addTablesSheet(workbook: ExcelJS.Workbook, report: ScanReport): void {
  const sheet = addSheet(workbook, XLSX_SHEETS.tables, [
    { header: '表名 Table', key: 'table', width: 32 },
    { header: '注释 Comment', key: 'comment', width: 28 },
    { header: '估计行数 Est. rows', key: 'rows', width: 16 },
    { header: '类别 Category', key: 'category', width: 28 },
    { header: '级别 Level', key: 'level', width: 14 },
    { header: '理由 Reasons', key: 'reasons', width: 80 },
  ]);
  for (const table of report.tables) {
    const row = sheet.addRow({
      table: table.table,
      comment: table.comment ?? '',
      rows: table.estimatedRows ?? null,
      category: categoryName(table.category),
      level: levelName(table.level),
      reasons: table.reasons.join('\n'),
    });
    fillLevel(row.getCell('level'), table.level);
  }
}

function addColumnsSheet(workbook: ExcelJS.Workbook, report: ScanReport): void {
  const sheet = addSheet(workbook, XLSX_SHEETS.columns, [
    { header: '表名 Table', key: 'table', width: 32 },
    { header: '字段 Column', key: 'column', width: 24 },
    { header: '数据类型 Data type', key: 'dataType', width: 20 },
    { header: '注释 Comment', key: 'comment', width: 24 },
    { header: '标签 Labels', key: 'labels', width: 32 },
    { header: '命中数 Hits', key: 'hits', width: 12 },
    { header: '置信度 Confidence', key: 'confidence', width: 16 },
    { header: '类别 Category', key: 'category', width: 28 },
    { header: '级别 Level', key: 'level', width: 14 },
    { header: '理由 Reasons', key: 'reasons', width: 80 },
  ]);
  for (const column of report.columns) {
    const top = topLabel(column);
    const row = sheet.addRow({
      table: column.table,
      column: column.column,
      dataType: column.dataType,
      comment: column.comment ?? '',
      labels: column.labels.map((l) => `${LABEL_NAMES[l.code].zh} ${l.code}`).join('\n'),
      hits: top?.hits ?? null,
      confidence: top?.confidence ?? null,
      category: categoryName(column.category),
      level: levelName(column.level),
      reasons: column.reasons.join('\n'),
    });
    fillLevel(row.getCell('level'), column.level);
  }
  sheet.getColumn('confidence').numFmt = '0.00';
}

function addErrorsSheet(workbook: ExcelJS.Workbook, report: ScanReport): void {
  const sheet = addSheet(workbook, XLSX_SHEETS.errors, [
    { header: '表名 Table', key: 'table', width: 32 },
    { header: '错误码 Code', key: 'code', width: 24 },
    { header: '错误信息 Message', key: 'message', width: 100 },
  ]);
  for (const error of report.errors) {
    sheet.addRow({ table: error.table, code: error.code ?? '', message: error.message });
  }
}

function addSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: SheetColumn[],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns;
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return sheet;
}

/** The label a single numeric cell speaks for: the most confident one. */
function topLabel(column: ColumnFinding): ColumnFinding['labels'][number] | undefined {
  return [...column.labels].sort((a, b) => b.confidence - a.confidence)[0];
}

function levelName(level: Level): string {
  return LEVEL_NAMES[level].zh;
}

function categoryName(category: CategoryCode | null): string {
  return category === null ? '' : `${CATEGORY_NAMES[category].zh} ${category}`;
}

function fillLevel(cell: ExcelJS.Cell, level: Level): void {
  const argb = LEVEL_FILL[level];
  if (argb === undefined) return;
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb } };
  cell.font = { bold: true, color: { argb: level === 'core' ? 'FFFFFFFF' : 'FF000000' } };
}
