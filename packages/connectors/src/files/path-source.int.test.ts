import assert from 'node:assert/strict';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { SourceReader, TableSample } from '@shuan/core';
import ExcelJS from 'exceljs';
import { openPathSource } from './index.ts';
import type { FileSweeper } from './sweep-port.ts';

// A tiny sweeper with the same shape as @shuan/tools' createTextSweeper (connectors may not
// import tools): it reports every 18-character ID-like token with clean boundaries.
const idSweeper: FileSweeper = {
  sweep(text, onHit) {
    for (const m of text.matchAll(/(?<![0-9A-Za-z])\d{17}[\dX](?![0-9A-Za-z])/g)) {
      onHit('pi.id_card', m.index, m.index + m[0].length);
    }
  },
};
const ID = '11010519491231002X';
let dir = '';

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'shuan-files-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function sampleAll(reader: SourceReader, rows = 10): Promise<TableSample[]> {
  const { tables } = await reader.listTables();
  return Promise.all(tables.map((t) => reader.sampleTable(t, rows)));
}

test('UTF-8 CSV with BOM, quoted fields and a sweep attributed by column', async () => {
  const path = join(dir, 'people.csv');
  await writeFile(path, `\uFEFFname,id_no,note\n"Zhang, San",${ID},"said ""hi"""\n李四,x,${ID}\n`);
  const reader = await openPathSource(path, { sweeper: idSweeper });
  assert.equal(reader.kind, 'csv');
  const sample = (await sampleAll(reader))[0]!;
  assert.deepEqual(
    sample.table.columns.map((c) => c.name),
    ['name', 'id_no', 'note'],
  );
  assert.deepEqual(sample.columns[0]?.values.sort(), ['Zhang, San', '李四']);
  assert.deepEqual(sample.columns[1]?.sweepHits, { 'pi.id_card': 1 });
  assert.deepEqual(sample.columns[2]?.sweepHits, { 'pi.id_card': 1 });
  assert.equal(sample.columns.at(2)?.sweepValues, 2);
});

test('GBK CSV is decoded as GB18030', async () => {
  const path = join(dir, 'gbk.csv');
  const bytes = Buffer.concat([
    Buffer.from('name,id\n'),
    Buffer.from([0xd5, 0xc5, 0xc8, 0xfd]),
    Buffer.from(`,${ID}\n`),
  ]);
  await writeFile(path, bytes);
  const sample = (await sampleAll(await openPathSource(path)))[0]!;
  assert.deepEqual(sample.columns[0]?.values, ['张三']);
  assert.equal(sample.columns.at(0)?.sweepHits, undefined);
});

test('semicolon CSV: the delimiter is sniffed', async () => {
  const path = join(dir, 'semi.csv');
  await writeFile(path, 'a;b;c\n1;2;3\n4;5;6\n');
  const sample = (await sampleAll(await openPathSource(path)))[0]!;
  assert.deepEqual(
    sample.table.columns.map((c) => c.name),
    ['a', 'b', 'c'],
  );
  assert.deepEqual(sample.columns[2]?.values.sort(), ['3', '6']);
});

test('a log file: the sweep counts ids far beyond the sample', async () => {
  const path = join(dir, 'app.log');
  const lines = Array.from({ length: 20000 }, (_, i) => `line ${i} ok ref=${'9'.repeat(25)}`);
  lines[19990] = `line deep inside idcard=${ID} done`;
  lines[15000] = `another ${ID}`;
  await writeFile(path, lines.join('\n'));
  const reader = await openPathSource(path, { sweeper: idSweeper });
  const sample = (await sampleAll(reader, 5))[0]!;
  assert.equal(reader.kind, 'text');
  assert.equal(sample.rowsSampled, 5);
  assert.equal(sample.columns[0]?.column.name, 'content');
  assert.deepEqual(sample.columns.at(0)?.sweepHits, { 'pi.id_card': 2 });
  assert.equal(sample.columns.at(0)?.sweepValues, 20000);
});

test('XLSX: one table per sheet, rich text and dates as text', async () => {
  const path = join(dir, 'book.xlsx');
  const workbook = new ExcelJS.Workbook();
  const staff = workbook.addWorksheet('Staff');
  staff.addRow(['姓名', '身份证', '入职']);
  staff.addRow([
    { richText: [{ text: '张' }, { text: '三' }] },
    ID,
    new Date('2020-01-02T00:00:00Z'),
  ]);
  workbook.addWorksheet('Empty').addRow(['only']);
  await workbook.xlsx.writeFile(path);
  const reader = await openPathSource(path, { sweeper: idSweeper });
  const samples = await sampleAll(reader);
  assert.deepEqual(
    samples.map((s) => s.table.name),
    ['book.xlsx#Staff', 'book.xlsx#Empty'],
  );
  const staffSample = samples[0]!;
  assert.deepEqual(staffSample.columns[0]?.values, ['张三']);
  assert.match(staffSample.columns[2]?.values[0] ?? '', /^2020-01-02/);
  assert.deepEqual(staffSample.columns[1]?.sweepHits, { 'pi.id_card': 1 });
});

test('JSON: array of objects flattened; a bad JSON file in a folder is an error, scan goes on', async () => {
  const folder = join(dir, 'folder');
  await mkdir(join(folder, 'sub'), { recursive: true });
  await writeFile(join(folder, 'ok.json'), JSON.stringify([{ a: 1, p: { id: ID } }, { b: 'x' }]));
  await writeFile(join(folder, 'bad.json'), '{"not": "an array"}');
  await writeFile(join(folder, 'broken.json'), '[{"a": ');
  await writeFile(join(folder, 'sub', 'bad.xlsx'), 'this is not a zip');
  await writeFile(join(folder, 'sub', 'c.csv'), 'x\n1\n');
  await writeFile(join(folder, 'skip.bin'), 'ignored');
  const reader = await openPathSource(folder, { sweeper: idSweeper });
  assert.equal(reader.kind, 'folder');
  assert.equal(reader.name, 'folder');
  const { tables, errors } = await reader.listTables();
  assert.deepEqual(
    tables.map((t) => t.name),
    ['ok.json', 'sub/c.csv'],
  );
  assert.deepEqual(errors.map((e) => e.table).sort(), ['bad.json', 'broken.json', 'sub/bad.xlsx']);
  assert.ok(errors.every((e) => e.code === 'SOURCE_READ_FAILED'));
  const json = await reader.sampleTable(tables[0]!, 10);
  assert.deepEqual(
    json.table.columns.map((c) => c.name),
    ['a', 'p.id', 'b'],
  );
  assert.deepEqual(json.columns[1]?.sweepHits, { 'pi.id_card': 1 });
  assert.deepEqual(json.columns[2]?.values, [null, 'x']);
});

test('an unreadable file in a folder is reported, a missing path throws SOURCE_NOT_FOUND', async (t) => {
  await assert.rejects(openPathSource(join(dir, 'nope')), { code: 'SOURCE_NOT_FOUND' });
  await assert.rejects(openPathSource(join(dir, 'folder', 'bad.json')), {
    code: 'SOURCE_READ_FAILED',
  });
  if (process.getuid?.() === 0) {
    t.diagnostic('running as root: permission checks cannot fail, skipped');
    return;
  }
  const folder = join(dir, 'locked');
  await mkdir(folder);
  await writeFile(join(folder, 'secret.csv'), 'a\n1\n');
  await chmod(join(folder, 'secret.csv'), 0o000);
  const { errors } = await (await openPathSource(folder)).listTables();
  assert.equal(errors[0]?.code, 'SOURCE_PERMISSION_DENIED');
});
