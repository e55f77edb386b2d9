/**
 * @shuan/cli — the `shuan` command. Its renderers are exported so that the server can give
 * the same reports (the Excel workbook, the terminal summary) without the command line.
 */
export { buildXlsxReport, writeXlsxReport, XLSX_SHEETS } from './render/xlsx-report.ts';
export { renderSummary, type RenderSummaryOptions } from './render/summary-table.ts';
export { reportStats, type ReportStats } from './render/report-stats.ts';
export { redactSecrets } from './redact.ts';
export { runScan, type RunScanInput } from './commands/run-scan.ts';
