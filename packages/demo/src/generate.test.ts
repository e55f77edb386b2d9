import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { sqliteCreateTable } from './emit/build-sqlite.ts';
import { demoData, DEMO_TABLES } from './generate.ts';

function digest(seed: string): string {
  const h = createHash('sha256');
  const data = demoData(seed);
  for (const t of DEMO_TABLES) {
    let n = 0;
    for (const row of data.rows(t)) {
      assert.equal(row.length, t.columns.length);
      h.update(JSON.stringify(row));
      n++;
    }
    assert.equal(n, t.rows, t.name);
  }
  return h.digest('hex');
}

test('the same seed gives the same data; another seed gives other data', () => {
  const a = digest('s1');
  assert.equal(digest('s1'), a);
  assert.notEqual(digest('s2'), a);
});

test('rows have exactly the declared columns', () => {
  const data = demoData();
  for (const t of DEMO_TABLES) {
    const obj = t.row(
      {
        next: () => 0.5,
        int: (a) => a,
        pick: (xs) => xs[0]!,
        bool: () => true,
        digits: (n) => '1'.repeat(n),
        float: (a) => a,
        chars: (s, n) => s.charAt(0).repeat(n),
        bytes: (n) => new Uint8Array(n),
      },
      0,
      data.world,
    );
    assert.deepEqual(Object.keys(obj).sort(), t.columns.map((c) => c.name).sort(), t.name);
  }
});

test('SQLite DDL carries comments in the layout the connector parses', () => {
  const employee = DEMO_TABLES.find((t) => t.name === 'hr_employee')!;
  const lines = sqliteCreateTable(employee).split('\n');
  assert.equal(lines[0], 'CREATE TABLE hr_employee ( -- 员工档案');
  assert.equal(lines[1], '  id INTEGER PRIMARY KEY, -- 主键');
  assert.equal(lines.at(-2), '  status VARCHAR(8) -- 在职状态');
  assert.equal(lines.at(-1), ')');
  const tmp = DEMO_TABLES.find((t) => t.name === 'tmp_import_0315')!;
  const ddl = sqliteCreateTable(tmp);
  assert.match(
    ddl,
    /^CREATE TABLE tmp_import_0315 \(\n {2}id INTEGER PRIMARY KEY, -- 主键\n {2}col1 VARCHAR\(20\),\n/,
  );
});
