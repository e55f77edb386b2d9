// Runs the real `shuan` process over a folder of the files Chinese enterprises export: a GBK
// CSV, an XLSX workbook, a JSON array, an application log and a broken JSON file. Checks the
// labels of every column, the whole-file sweep of the log, and that the bad file is reported
// while the scan goes on.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ScanReportSchema, type ScanReportDto } from '@shuan/contracts';
import { idCardCheckChar } from '@shuan/tools';
import { encodeGbk } from './testing/gbk.ts';
import { runShuan, tempDir } from './testing/run-shuan.ts';

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '磊', '强', '军', '洋', '勇'];
const STREETS = ['浦东新区张江路', '徐汇区漕溪北路', '闵行区莘庄镇莘建路', '嘉定区安亭镇墨玉路'];

function idNumber(i: number): string {
  const body = `3101151985${String((i % 12) + 1).padStart(2, '0')}${String((i % 28) + 1).padStart(2, '0')}${String(100 + i).slice(-3)}`;
  return body + idCardCheckChar(body);
}

const rows = Array.from({ length: 40 }, (_, i) => ({
  name: `${SURNAMES[i % 10] ?? '王'}${GIVEN[(i * 3) % 10] ?? '伟'}${i % 2 === 0 ? (GIVEN[i % 10] ?? '') : ''}`,
  id: idNumber(i),
  mobile: `139${String(10_000_000 + i * 7919).slice(-8)}`,
  address: `上海市${STREETS[i % 4] ?? ''}${String(10 + i)}号${String(100 + i)}室`,
}));

let dir = '';
let removeDir: () => Promise<void> = () => Promise.resolve();
let report: ScanReportDto;

before(async () => {
  ({ dir, remove: removeDir } = await tempDir());
  const folder = join(dir, 'exports');
  await mkdir(folder);
  const csv = [
    '姓名,身份证号,手机号码,家庭住址',
    ...rows.map((r) => `${r.name},${r.id},${r.mobile},${r.address}`),
  ];
  await writeFile(join(folder, '员工花名册.csv'), encodeGbk(csv.join('\r\n') + '\r\n'));

  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('客户');
  sheet.addRow(['客户名称', '联系人', '联系邮箱', '备注']);
  rows.forEach((r, i) =>
    sheet.addRow([
      `上海华东精密机械${String(i)}号有限公司`,
      r.name,
      `buyer${String(i)}@example.cn`,
      '按月结算',
    ]),
  );
  await workbook.xlsx.writeFile(join(folder, 'crm_customers.xlsx'));

  const devices = rows.map((_, i) => ({
    hostname: `mes-node-${String(i)}`,
    ip: `10.12.${String(i % 4)}.${String(10 + i)}`,
    mac: `00:1a:2b:3c:4d:${(16 + i).toString(16)}`,
  }));
  await writeFile(join(folder, 'it_assets.json'), JSON.stringify(devices));

  const log = Array.from({ length: 5_000 }, (_, i) =>
    i % 50 === 0
      ? `2026-11-29 08:00:${String(i % 60).padStart(2, '0')} INFO order ${String(i)} contact ${rows[i % 40]?.mobile ?? ''}`
      : `2026-11-29 08:00:${String(i % 60).padStart(2, '0')} INFO heartbeat seq=${String(i)} trace=${String(9_000_000_000_000 + i)}`,
  );
  await writeFile(join(folder, 'order-service.log'), log.join('\n') + '\n');
  await writeFile(join(folder, 'broken.json'), '[{"a": 1},');

  const run = await runShuan(['scan', folder, '--format', 'json']);
  assert.equal(run.code, 0, run.stderr);
  report = ScanReportSchema.parse(JSON.parse(run.stdout));
});

after(async () => {
  await removeDir();
});

function labelsOf(table: string, column: string): string[] {
  const found = report.columns.find((c) => c.table.endsWith(table) && c.column === column);
  assert.ok(found, `${table}.${column} is in the report`);
  return found.labels.map((l) => l.code).sort();
}

test('a GBK CSV of employees: every personal column is labelled, the table is HR data', () => {
  assert.deepEqual(labelsOf('员工花名册.csv', '姓名'), ['pi.name']);
  assert.deepEqual(labelsOf('员工花名册.csv', '身份证号'), ['pi.id_card']);
  assert.deepEqual(labelsOf('员工花名册.csv', '手机号码'), ['pi.mobile']);
  assert.deepEqual(labelsOf('员工花名册.csv', '家庭住址'), ['pi.address']);
  const table = report.tables.find((t) => t.table.endsWith('员工花名册.csv'));
  assert.equal(table?.category, 'mgmt.hr');
});

test('an XLSX sheet: organisations, contacts and e-mails; a plain remark stays unlabelled', () => {
  assert.deepEqual(labelsOf('crm_customers.xlsx#客户', '客户名称'), ['org.name']);
  assert.deepEqual(labelsOf('crm_customers.xlsx#客户', '联系人'), ['pi.name']);
  assert.deepEqual(labelsOf('crm_customers.xlsx#客户', '联系邮箱'), ['pi.email']);
  assert.deepEqual(labelsOf('crm_customers.xlsx#客户', '备注'), []);
});

test('a JSON array: IP addresses are labelled, MAC addresses and host names are not', () => {
  assert.deepEqual(labelsOf('it_assets.json', 'ip'), ['pi.ip_address']);
  assert.deepEqual(labelsOf('it_assets.json', 'mac'), []);
  assert.deepEqual(labelsOf('it_assets.json', 'hostname'), []);
});

test('a log: the whole-file sweep finds the mobiles among trace ids and counts them all', () => {
  const log = report.columns.filter((c) => c.table.endsWith('order-service.log'));
  const mobile = log.flatMap((c) => c.labels).find((l) => l.code === 'pi.mobile');
  assert.ok(mobile, JSON.stringify(log.map((c) => c.labels)));
  assert.equal(mobile.hits, 100);
  assert.ok(!log.some((c) => c.labels.some((l) => l.code === 'pi.bank_card')));
});

test('a broken file is reported in errors and the other files are still scanned', () => {
  assert.ok(report.errors.some((e) => e.table.endsWith('broken.json')));
  assert.equal(report.tables.length, 4);
});
