// Runs the real `shuan` process against the real MariaDB and PostgreSQL of this machine
// (mysql://root@127.0.0.1:3306, postgres://postgres@127.0.0.1:5432). Each test run creates
// its own uniquely named databases and user and drops them afterwards.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { ScanReportSchema } from '@shuan/contracts';
import { SHUAN_BIN, runShuan } from './testing/run-shuan.ts';

const exec = promisify(execFile);
const suffix = randomBytes(4).toString('hex');
const name = `shuan_cli_${suffix}`;
const password = `Pw-${randomBytes(6).toString('hex')}`;

function mariadb(sql: string): Promise<unknown> {
  return exec('mariadb', ['-h', '127.0.0.1', '-P', '3306', '-u', 'root', '-e', sql]);
}

function psql(sql: string, database = 'postgres'): Promise<unknown> {
  return exec('psql', [
    '-h',
    '127.0.0.1',
    '-U',
    'postgres',
    '-d',
    database,
    '-v',
    'ON_ERROR_STOP=1',
    '-c',
    sql,
  ]);
}

const mobiles = Array.from({ length: 20 }, (_, i) => `('客户${i}', '1390013${1000 + i}')`).join(
  ',',
);

before(async () => {
  await mariadb(`
    CREATE DATABASE ${name} CHARACTER SET utf8mb4;
    CREATE TABLE ${name}.customers (id INT AUTO_INCREMENT PRIMARY KEY,
      contact_name VARCHAR(40) COMMENT '联系人', mobile VARCHAR(20) COMMENT '手机号');
    INSERT INTO ${name}.customers (contact_name, mobile) VALUES ${mobiles};
    CREATE USER '${name}'@'%' IDENTIFIED BY '${password}';
    CREATE USER '${name}'@'localhost' IDENTIFIED BY '${password}';
    GRANT SELECT ON ${name}.* TO '${name}'@'%';
    GRANT SELECT ON ${name}.* TO '${name}'@'localhost';`);
  await psql(`CREATE DATABASE ${name}`);
  await psql(
    `CREATE TABLE customers (id serial PRIMARY KEY, contact_name text, mobile text);
     COMMENT ON COLUMN customers.mobile IS '手机号';
     INSERT INTO customers (contact_name, mobile) VALUES ${mobiles};`,
    name,
  );
});

after(async () => {
  await mariadb(`DROP USER IF EXISTS '${name}'@'%'; DROP USER IF EXISTS '${name}'@'localhost';
    DROP DATABASE IF EXISTS ${name};`);
  await psql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
});

test('a wrong MariaDB password exits 2 with one line and shows neither password', async () => {
  const wrong = `Wrong-${suffix}-pw`;
  const run = await runShuan(['scan', `mysql://${name}:${wrong}@127.0.0.1:3306/${name}`]);
  assert.equal(run.code, 2);
  const lines = run.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, run.stderr);
  assert.match(lines[0]!, /^错误 Error \[SOURCE_AUTH_FAILED\]: /);
  assert.ok(!(run.stdout + run.stderr).includes(wrong));
  assert.ok(!(run.stdout + run.stderr).includes(password));
});

test('the right MariaDB password scans, and the password stays out of the report', async () => {
  const run = await runShuan([
    'scan',
    `mysql://${name}:${encodeURIComponent(password)}@127.0.0.1:3306/${name}`,
    '--format',
    'json',
  ]);
  assert.equal(run.code, 0, run.stderr);
  assert.ok(!(run.stdout + run.stderr).includes(password));
  const report = ScanReportSchema.parse(JSON.parse(run.stdout));
  assert.equal(report.source.kind, 'mysql');
  assert.deepEqual(
    report.columns.map((c) => `${c.table}.${c.column}`),
    [`${name}.customers.id`, `${name}.customers.contact_name`, `${name}.customers.mobile`],
  );
});

test('a PostgreSQL database scans to a report that matches the contract', async () => {
  const run = await runShuan([
    'scan',
    `postgres://postgres@127.0.0.1:5432/${name}`,
    '--format',
    'json',
    '--sample',
    '10',
    '--concurrency',
    '2',
  ]);
  assert.equal(run.code, 0, run.stderr);
  const report = ScanReportSchema.parse(JSON.parse(run.stdout));
  assert.equal(report.source.kind, 'postgres');
  const mobile = report.columns.find(
    (c) => c.table === 'public.customers' && c.column === 'mobile',
  );
  assert.equal(mobile?.rowsSampled, 10);
});

test('a missing PostgreSQL database exits 2', async () => {
  const run = await runShuan(['scan', `postgres://postgres@127.0.0.1:5432/${name}_missing`]);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /^错误 Error \[SOURCE_DB_NOT_FOUND\]: /);
});

test('`shuan scan demo` scans the bundled demo database', async () => {
  const run = await runShuan(['scan', 'demo', '--format', 'json']);
  assert.equal(run.code, 0, run.stderr);
  const report = ScanReportSchema.parse(JSON.parse(run.stdout));
  assert.ok(report.tables.length > 0);
  assert.ok(report.columns.some((c) => c.labels.length > 0));
});

test('a reader that closes the pipe early (`| head`) ends the command quietly', async () => {
  const child = spawn(process.execPath, [SHUAN_BIN, 'scan', 'demo', '--format', 'json'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  // Closed before the command writes anything, so its first write meets a closed pipe.
  child.stdout.destroy();
  const [code] = (await once(child, 'close')) as [number | null];
  assert.equal(code, 0, stderr);
  assert.equal(stderr, '');
});
