/**
 * The main proof: every column of the seeded demo database gets exactly the labels its
 * declared ground truth names, from the first 200 rows of each table.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- test only: the demo's declared ground truth is what this test checks against
import { DEMO_TABLES, demoData, demoGroundTruth } from '@shuan/demo';
import { labelColumn } from './label-column.ts';

const SAMPLE_ROWS = 200;

test('labelColumn reproduces the demo ground truth for every column', () => {
  const data = demoData();
  const truth = demoGroundTruth();
  const mismatches: string[] = [];
  let columns = 0;
  for (const table of DEMO_TABLES) {
    const tableTruth = truth.byTable.get(table.name);
    assert.ok(tableTruth, table.name);
    const rows: (string | number | null)[][] = [];
    for (const row of data.rows(table)) {
      rows.push(row);
      if (rows.length >= SAMPLE_ROWS) break;
    }
    table.columns.forEach((column, i) => {
      columns++;
      const values = rows.map((r) => (r[i] === null || r[i] === undefined ? null : String(r[i])));
      const labels = labelColumn({
        table: table.name,
        ...(table.comment ? { tableComment: table.comment } : {}),
        column: {
          name: column.name,
          dataType: column.type,
          ...(column.comment ? { comment: column.comment } : {}),
        },
        values,
      });
      const got = labels.map((l) => l.code).sort();
      const want = [...(tableTruth.columns[i]?.labels ?? [])].sort();
      if (got.join() !== want.join()) {
        mismatches.push(`${table.name}.${column.name}: want [${want.join()}], got [${got.join()}]`);
      }
    });
  }
  assert.ok(columns > 300, `${columns} columns`);
  assert.deepEqual(mismatches, []);
});
