// Runs the real `shuan` process against files it writes itself (SQLite, CSV); no database
// server needed. Database sources are in scan.cli.int.test.ts.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ScanReportSchema } from '@shuan/contracts';
import { XLSX_SHEETS } from './render/xlsx-report.ts';
import { buildSqliteFixture, csvFixture, runShuan, tempDir } from './testing/run-shuan.ts';

let dir = '';
let removeDir: () => Promise<void> = () => Promise.resolve();
let sqlite = '';

before(async () => {
  ({ dir, remove: removeDir } = await tempDir());
  sqlite = buildSqliteFixture(dir);
  await writeFile(join(dir, 'customers.csv'), csvFixture(), 'utf8');
});

after(async () => {
  await removeDir();
});

/** One line on stderr in the agreed shape, with the code given. */
function assertOneLineError(stderr: string, code: string): void {
  const lines = stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, stderr);
  assert.match(lines[0]!, new RegExp(`^错误 Error \\[${code}\\]: \\S`));
  assert.doesNotMatch(stderr, /\n\s+at /);
}

test('--help is bilingual and exits 0', async () => {
  const run = await runShuan(['--help']);
  assert.equal(run.code, 0);
  assert.match(run.stdout, /用法 Usage: shuan/);
  assert.match(run.stdout, /scan \[options\] <source>/);
  const scanHelp = await runShuan(['scan', '--help']);
  assert.equal(scanHelp.code, 0);
  assert.match(scanHelp.stdout, /--format <format>/);
  assert.match(scanHelp.stdout, /示例 Examples/);
});

test('--format json prints a report that matches the contract', async () => {
  const run = await runShuan(['scan', `sqlite:${sqlite}`, '--format', 'json', '--sample', '50']);
  assert.equal(run.code, 0, run.stderr);
  const report = ScanReportSchema.parse(JSON.parse(run.stdout));
  assert.equal(report.source.kind, 'sqlite');
  const columns = report.columns.map((c) => `${c.table}.${c.column}`);
  assert.ok(
    columns.some((c) => c.endsWith('employees.id_card')),
    columns.join(),
  );
  assert.equal(run.stderr, '');
});

test('--out writes the JSON report to a file and notes it on stderr', async () => {
  const out = join(dir, 'scan.json');
  const run = await runShuan([
    'scan',
    join(dir, 'customers.csv'),
    '--format',
    'json',
    '--out',
    out,
  ]);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stdout, '');
  const report = ScanReportSchema.parse(JSON.parse(await readFile(out, 'utf8')));
  assert.equal(report.source.kind, 'csv');
  assert.equal(report.columns.length, 3);
  assert.match(run.stderr, /报告已写入 .*scan\.json/);
});

test('--format xlsx writes a workbook with Chinese headers and a row per column', async () => {
  const out = join(dir, 'scan.xlsx');
  const run = await runShuan(['scan', `sqlite:${sqlite}`, '--format', 'xlsx', '--out', out]);
  assert.equal(run.code, 0, run.stderr);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(out);
  assert.deepEqual(
    workbook.worksheets.map((s) => s.name),
    Object.values(XLSX_SHEETS),
  );
  const columns = workbook.getWorksheet(XLSX_SHEETS.columns)!;
  assert.equal(columns.getRow(1).getCell(1).value, '表名 Table');
  assert.equal(columns.getRow(1).getCell(5).value, '标签 Labels');
  // employees (4 columns) + plc_setpoint (3 columns)
  assert.equal(columns.rowCount, 1 + 7);
  assert.equal(workbook.getWorksheet(XLSX_SHEETS.tables)!.rowCount, 1 + 2);
});

test('--format xlsx without --out writes a time-stamped workbook in the current folder', async () => {
  const { dir: cwd, remove } = await tempDir();
  try {
    const run = await runShuan(['scan', `sqlite:${sqlite}`, '--format', 'xlsx'], { cwd });
    assert.equal(run.code, 0, run.stderr);
    const files = await readdir(cwd);
    assert.equal(files.length, 1);
    assert.match(files[0]!, /^shuan-scan-\d{8}-\d{6}\.xlsx$/);
  } finally {
    await remove();
  }
});

test('an output file that cannot be written exits 1 with one line', async () => {
  const out = join(dir, 'no-such-folder', 'scan.json');
  const run = await runShuan(['scan', `sqlite:${sqlite}`, '--format', 'json', '--out', out]);
  assert.equal(run.code, 1);
  assertOneLineError(run.stderr, 'OUTPUT_WRITE_FAILED');
});

test('the default output is a terminal summary with Chinese headings', async () => {
  const run = await runShuan(['scan', `sqlite:${sqlite}`]);
  assert.equal(run.code, 0, run.stderr);
  for (const heading of ['数安扫描报告', '按级别 By level', '按类别 By category']) {
    assert.ok(run.stdout.includes(heading), heading);
  }
  assert.ok(!run.stdout.includes('\u001b['), 'no colours when stdout is not a terminal');
  const all = await runShuan(['scan', `sqlite:${sqlite}`, '--all']);
  assert.match(all.stdout, /全部字段 All columns/);
  assert.match(all.stdout, /表 Table/);
  assert.match(all.stdout, /plc_setpoint/);
});

test('a missing file exits 2 with one line and a code', async () => {
  const run = await runShuan(['scan', join(dir, 'nope.csv')]);
  assert.equal(run.code, 2);
  assertOneLineError(run.stderr, 'SOURCE_NOT_FOUND');
  assert.equal(run.stdout, '');
});

test('a bad URL exits 2 with one line', async () => {
  const run = await runShuan(['scan', 'postgres://u:topsecret@127.0.0.1:notaport/db']);
  assert.equal(run.code, 2);
  assertOneLineError(run.stderr, 'SOURCE_[A-Z_]+');
  assert.doesNotMatch(run.stdout + run.stderr, /topsecret/);
});

test('a refused connection exits 2 and never shows the password', async () => {
  const run = await runShuan(['scan', 'postgres://u:secret@127.0.0.1:1/db']);
  assert.equal(run.code, 2);
  assertOneLineError(run.stderr, 'SOURCE_UNREACHABLE');
  assert.doesNotMatch(run.stdout + run.stderr, /secret/);
});

test('an unknown industry exits 1 with RULE_PACK_UNKNOWN', async () => {
  const run = await runShuan(['scan', `sqlite:${sqlite}`, '--industry', 'no-such-industry']);
  assert.equal(run.code, 1);
  assertOneLineError(run.stderr, 'RULE_PACK_UNKNOWN');
});

test('bad options exit 1 with one line', async () => {
  for (const args of [
    ['scan', `sqlite:${sqlite}`, '--sample', 'lots'],
    ['scan', `sqlite:${sqlite}`, '--format', 'pdf'],
    ['scan', `sqlite:${sqlite}`, '--threshold', '2'],
    ['scan', `sqlite:${sqlite}`, '--no-such-option'],
    ['scan'],
  ]) {
    const run = await runShuan(args);
    assert.equal(run.code, 1, args.join(' '));
    assertOneLineError(run.stderr, 'CLI_BAD_USAGE');
  }
});

test('rule-packs lists the general pack', async () => {
  const run = await runShuan(['rule-packs']);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /general/);
  const json = await runShuan(['rule-packs', '--json']);
  const packs = JSON.parse(json.stdout) as { id: string }[];
  assert.ok(packs.some((p) => p.id === 'general'));
});
