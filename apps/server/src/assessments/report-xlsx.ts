import ExcelJS from 'exceljs';
import { RISK_BANDS } from '@shuan/core';
import type { ReportContent } from './report-content.ts';

/** Excel sheet names may not exceed 31 characters or contain []:*?/\. */
function sheetName(index: number, title: string): string {
  return `${String(index + 1)} ${title}`.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
}

/**
 * Writes the assessment report as a workbook: a summary sheet with the risk distribution,
 * then one sheet per report section (its paragraphs, then its tables).
 */
export async function renderReportXlsx(content: ReportContent): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Shu’an 数安';
  const summary = workbook.addWorksheet('概况');
  summary.columns = [{ width: 24 }, { width: 60 }];
  summary.addRow([content.title]).font = { bold: true, size: 14 };
  summary.addRow([content.subtitle]);
  summary.addRow([]);
  summary.addRow(['风险等级', '数量']).font = { bold: true };
  for (const band of RISK_BANDS) {
    summary.addRow([`${content.bandNames[band]}风险`, content.distribution[band]]);
  }
  content.sections.forEach((section, index) => {
    const sheet = workbook.addWorksheet(sheetName(index, section.title));
    const widest = Math.max(2, ...section.tables.map((table) => table.columns.length));
    sheet.columns = Array.from({ length: widest }, () => ({ width: 28 }));
    sheet.addRow([section.title]).font = { bold: true, size: 13 };
    for (const paragraph of section.paragraphs) sheet.addRow([paragraph]);
    for (const table of section.tables) {
      sheet.addRow([]);
      const header = sheet.addRow(table.columns);
      header.font = { bold: true };
      header.eachCell((cell) => {
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6F0FA' } };
      });
      for (const row of table.rows)
        sheet.addRow(row).alignment = { wrapText: true, vertical: 'top' };
    }
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
