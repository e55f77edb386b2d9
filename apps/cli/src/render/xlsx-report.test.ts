import { test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { buildScanReport } from '../testing/build-scan-report.ts';
import { XLSX_SHEETS, buildXlsxReport } from './xlsx-report.ts';

async function roundTrip(): Promise<ExcelJS.Workbook> {
  const buffer = await buildXlsxReport(buildScanReport()).xlsx.writeBuffer();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer);
  return workbook;
}

function headers(sheet: ExcelJS.Worksheet): string[] {
  return (sheet.getRow(1).values as unknown[]).filter((v): v is string => typeof v === 'string');
}

test('the workbook has four sheets with Chinese-first headers', async () => {
  const workbook = await roundTrip();
  assert.deepEqual(
    workbook.worksheets.map((s) => s.name),
    Object.values(XLSX_SHEETS),
  );
  const columns = workbook.getWorksheet(XLSX_SHEETS.columns)!;
  assert.deepEqual(
    headers(columns).map((h) => h.split(' ')[0]),
    ['表名', '字段', '数据类型', '注释', '标签', '命中数', '置信度', '类别', '级别', '理由'],
  );
  assert.deepEqual(
    headers(workbook.getWorksheet(XLSX_SHEETS.tables)!).map((h) => h.split(' ')[0]),
    ['表名', '注释', '估计行数', '类别', '级别', '理由'],
  );
});

test('every column and table is a row; level cells are coloured', async () => {
  const workbook = await roundTrip();
  const columns = workbook.getWorksheet(XLSX_SHEETS.columns)!;
  assert.equal(columns.rowCount, 1 + 3);
  const idRow = columns.getRow(2);
  assert.equal(idRow.getCell(2).value, 'id_number');
  assert.equal(idRow.getCell(5).value, '居民身份证号 pi.id_card');
  assert.equal(idRow.getCell(6).value, 97);
  assert.equal(idRow.getCell(9).value, '重要数据');
  const fill = idRow.getCell(9).fill;
  assert.equal(fill.type === 'pattern' ? fill.fgColor?.argb : undefined, 'FFFFA940');
  const tables = workbook.getWorksheet(XLSX_SHEETS.tables)!;
  assert.equal(tables.getRow(3).getCell(5).value, '核心数据');
  assert.equal(tables.getRow(3).getCell(3).value, 1200);
  const errors = workbook.getWorksheet(XLSX_SHEETS.errors)!;
  assert.equal(errors.getRow(2).getCell(1).value, 'public.broken');
});

test('sheets keep the header row frozen and filtered', async () => {
  const workbook = await roundTrip();
  for (const sheet of workbook.worksheets) {
    const view = sheet.views[0];
    assert.equal(view?.state, 'frozen', sheet.name);
    assert.ok(sheet.autoFilter, sheet.name);
  }
});
