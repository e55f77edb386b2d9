import type { ScanReport } from '@shuan/core';
import type { DemoGroundTruth } from '@shuan/demo';

/**
 * Compares a scan report of the demo database with its declared ground truth and returns
 * one line per difference (empty when they agree): every table's category and level, every
 * column's labels, category and level, and no table missing or reported twice.
 */
export function compareWithTruth(report: ScanReport, truth: DemoGroundTruth): string[] {
  const problems: string[] = [];
  const bare = (name: string): string => name.slice(name.lastIndexOf('.') + 1);
  const seen = new Set<string>();
  for (const table of report.tables) {
    const name = bare(table.table);
    const expected = truth.byTable.get(name);
    if (!expected) continue;
    seen.add(name);
    if (table.category !== expected.category || table.level !== expected.level) {
      problems.push(
        `${name}: ${String(table.category)}/${table.level}, expected ` +
          `${String(expected.category)}/${expected.level}`,
      );
    }
  }
  for (const expected of truth.tables) {
    if (!seen.has(expected.table)) problems.push(`${expected.table}: missing from the report`);
  }
  for (const column of report.columns) {
    const table = truth.byTable.get(bare(column.table));
    const expected = table?.columns.find((c) => c.column === column.column);
    if (!table || !expected) continue;
    const where = `${table.table}.${column.column}`;
    const got = column.labels.map((l) => l.code).sort();
    const want = [...expected.labels].sort();
    if (got.join() !== want.join()) {
      problems.push(`${where}: labels [${got.join()}], expected [${want.join()}]`);
    }
    if (column.category !== expected.category || column.level !== expected.level) {
      problems.push(
        `${where}: ${String(column.category)}/${column.level}, expected ` +
          `${String(expected.category)}/${expected.level}`,
      );
    }
  }
  return problems;
}
