// The scan of the demo database is checked against its declared ground truth
// (`demoGroundTruth()` of @shuan/demo): the bundled SQLite file, and the same data loaded into
// the machine's real PostgreSQL and MariaDB (fresh databases, dropped afterwards). Every
// table's category and level and every column's labels, category and level must agree.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, test } from 'node:test';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { demoGroundTruth, loadDemoIntoMysql, loadDemoIntoPostgres } from '@shuan/demo';
import { runScan } from './commands/run-scan.ts';
import { compareWithTruth } from './testing/compare-with-truth.ts';

const exec = promisify(execFile);
const name = `shuan_truth_${randomBytes(4).toString('hex')}`;
const truth = demoGroundTruth();
const cleanups: (() => Promise<void>)[] = [];

after(async () => {
  for (const cleanup of cleanups) await cleanup();
});

async function pgAdmin(sql: string): Promise<void> {
  await exec('psql', [
    '-h',
    '127.0.0.1',
    '-U',
    'postgres',
    '-d',
    'postgres',
    '-v',
    'ON_ERROR_STOP=1',
    '-c',
    sql,
  ]);
}

async function myAdmin(sql: string): Promise<void> {
  await exec('mariadb', ['-h', '127.0.0.1', '-P', '3306', '-u', 'root', '-e', sql]);
}

test('the bundled SQLite demo scans exactly to its ground truth', async () => {
  const report = await runScan({ source: 'demo', sampleRows: 200 });
  assert.deepEqual(report.errors, []);
  assert.equal(report.tables.length, truth.tables.length);
  assert.deepEqual(compareWithTruth(report, truth), []);
});

test('the demo loaded into PostgreSQL scans exactly to its ground truth', async () => {
  await pgAdmin(`CREATE DATABASE ${name}`);
  cleanups.push(() => pgAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  const url = `postgres://postgres@127.0.0.1:5432/${name}`;
  await loadDemoIntoPostgres(url);
  const report = await runScan({ source: url, sampleRows: 200 });
  assert.deepEqual(report.errors, []);
  assert.deepEqual(compareWithTruth(report, truth), []);
});

test('the demo loaded into MariaDB scans exactly to its ground truth', async () => {
  await myAdmin(`CREATE DATABASE ${name} CHARACTER SET utf8mb4`);
  cleanups.push(() => myAdmin(`DROP DATABASE IF EXISTS ${name}`));
  const url = `mysql://root@127.0.0.1:3306/${name}`;
  await loadDemoIntoMysql(url);
  const report = await runScan({ source: url, sampleRows: 200 });
  assert.deepEqual(report.errors, []);
  assert.deepEqual(compareWithTruth(report, truth), []);
});
