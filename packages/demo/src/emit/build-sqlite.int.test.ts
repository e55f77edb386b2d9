import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { DatabaseSync } from 'node:sqlite';
import { ensureDemoDatabase } from '../ensure-demo.ts';
import { demoGroundTruth } from '../ground-truth.ts';
import { buildDemoSqlite } from './build-sqlite.ts';

const dir = mkdtempSync(join(tmpdir(), 'shuan-demo-test-'));
after(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Comments read back from `sqlite_master.sql`, the way the SQLite connector does. */
function parseComments(sql: string): { table?: string; columns: Map<string, string | undefined> } {
  const lines = sql.split('\n');
  const table = /\(\s*--\s*(.+)$/.exec(lines[0]!)?.[1];
  const columns = new Map<string, string | undefined>();
  for (const line of lines.slice(1, -1)) {
    const m = /^\s*(\w+)\s[^-]*?(?:--\s*(.+))?$/.exec(line);
    if (m) columns.set(m[1]!, m[2]);
  }
  return { ...(table ? { table } : {}), columns };
}

test('two builds with the same seed are byte-identical; another seed differs', () => {
  const a = join(dir, 'a.sqlite');
  const b = join(dir, 'b.sqlite');
  const c = join(dir, 'c.sqlite');
  buildDemoSqlite(a);
  buildDemoSqlite(b);
  buildDemoSqlite(c, { seed: 'another seed' });
  assert.ok(readFileSync(a).equals(readFileSync(b)));
  assert.ok(!readFileSync(a).equals(readFileSync(c)));
  assert.ok(statSync(a).size < 20 * 1024 * 1024);
});

test('the file holds every table with its rows, comments and row statistics', () => {
  const path = join(dir, 'a.sqlite');
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    for (const t of demoGroundTruth().tables) {
      const { n } = db.prepare(`SELECT count(*) AS n FROM ${t.table}`).get() as { n: number };
      assert.equal(n, t.rows, t.table);
      const { sql } = db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(t.table) as {
        sql: string;
      };
      const parsed = parseComments(sql);
      assert.equal(parsed.table, t.comment, t.table);
      assert.deepEqual(
        [...parsed.columns.entries()],
        t.columns.map((c) => [c.column, c.comment]),
        t.table,
      );
      const stat = db.prepare('SELECT stat FROM sqlite_stat1 WHERE tbl = ?').get(t.table) as {
        stat: string;
      };
      assert.equal(Number(stat.stat.split(' ')[0]), t.rows, t.table);
    }
  } finally {
    db.close();
  }
});

test('ensureDemoDatabase builds once into SHUAN_DATA_DIR and reuses the file', async () => {
  const previous = process.env.SHUAN_DATA_DIR;
  process.env.SHUAN_DATA_DIR = join(dir, 'cache');
  try {
    const [p1, p2] = await Promise.all([ensureDemoDatabase(), ensureDemoDatabase()]);
    assert.equal(p1, join(dir, 'cache', 'demo', 'shuan-demo.sqlite'));
    assert.equal(p2, p1);
    const built = statSync(p1).mtimeMs;
    assert.equal(await ensureDemoDatabase(), p1);
    assert.equal(statSync(p1).mtimeMs, built);
    assert.ok(readFileSync(p1).equals(readFileSync(join(dir, 'a.sqlite'))));
  } finally {
    if (previous === undefined) delete process.env.SHUAN_DATA_DIR;
    else process.env.SHUAN_DATA_DIR = previous;
  }
});
