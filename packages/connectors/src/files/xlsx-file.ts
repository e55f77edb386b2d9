import ExcelJS from 'exceljs';
import { addHit, type ColumnHits, type FileSweeper } from './sweep-port.ts';
import { Reservoir } from './reservoir.ts';

/** One sheet of a workbook, read in one streamed pass. */
export interface XlsxSheet {
  name: string;
  columns: string[];
  rows: (string | null)[][];
  rowCount: number;
  hits: ColumnHits;
}

/**
 * Streams a workbook with exceljs' `WorkbookReader` (never loads it whole): per sheet the
 * first row gives the column names, `rows` data rows are kept by reservoir sampling, and
 * every cell is swept. Rich text, formulas, hyperlinks and dates become text.
 */
export async function readXlsxFile(
  path: string,
  rows: number,
  sweeper: FileSweeper | undefined,
): Promise<XlsxSheet[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    entries: 'ignore',
  });
  const sheets: XlsxSheet[] = [];
  for await (const worksheet of reader) {
    const name = (worksheet as unknown as { name?: string }).name ?? `Sheet${sheets.length + 1}`;
    const sheet: XlsxSheet = { name, columns: [], rows: [], rowCount: 0, hits: [] };
    const reservoir = new Reservoir<(string | null)[]>(rows);
    let header: string[] | undefined;
    for await (const row of worksheet) {
      const cells = rowTexts(row.values);
      if (header === undefined) {
        header = cells.map((cell, i) => (cell ?? '').trim() || `column_${i + 1}`);
        continue;
      }
      if (cells.every((cell) => cell === null)) continue;
      if (sweeper !== undefined) {
        cells.forEach((cell, i) => {
          if (cell !== null)
            sweeper.sweep(cell, (code) => {
              addHit(sheet.hits, i, code);
            });
        });
      }
      if (reservoir.wants(sheet.rowCount)) reservoir.offer(sheet.rowCount, cells);
      sheet.rowCount++;
    }
    const width = Math.max(header?.length ?? 0, ...reservoir.items.map((r) => r.length));
    sheet.columns = Array.from({ length: width }, (_, i) => header?.[i] ?? `column_${i + 1}`);
    sheet.rows = reservoir.items;
    sheets.push(sheet);
  }
  return sheets;
}

function rowTexts(
  values: ExcelJS.CellValue[] | Record<string, ExcelJS.CellValue>,
): (string | null)[] {
  const list = Array.isArray(values) ? values.slice(1) : Object.values(values);
  return Array.from(list, (value) => cellText(value));
}

/** The text of one cell value as exceljs gives it. */
export function cellText(value: ExcelJS.CellValue | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.length === 0 ? null : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: ExcelJS.CellValue }).result;
    return cellText(result);
  }
  if ('hyperlink' in value) return value.text;
  if ('error' in value) return null;
  return null;
}
