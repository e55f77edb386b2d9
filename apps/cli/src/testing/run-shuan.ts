import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

/** Path of the real `shuan` entry script. */
export const SHUAN_BIN = new URL('../../bin/shuan.js', import.meta.url).pathname;

/** What a finished `shuan` process left behind. */
export interface ShuanRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real `shuan` command in a child process (not a TTY), with `cwd` as given. */
export function runShuan(
  args: readonly string[],
  options: { cwd?: string } = {},
): Promise<ShuanRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env['SHUAN_DEBUG'];
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [SHUAN_BIN, ...args],
      { cwd: options.cwd, env, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** A fresh temporary folder and a function that removes it. */
export async function tempDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'shuan-cli-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** An invented resident ID number with a right GB 11643 check digit (ISO 7064 MOD 11-2). */
function idCard(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = first17.split('').reduce((acc, d, i) => acc + Number(d) * weights[i]!, 0);
  return first17 + '10X98765432'[sum % 11]!;
}

/**
 * Writes a small SQLite database with an employees table (names, ID-card numbers, mobile
 * numbers) and a PLC set-point table; returns its path.
 */
export function buildSqliteFixture(dir: string): string {
  const path = join(dir, 'plant.sqlite');
  const db = new DatabaseSync(path);
  db.exec(`
    CREATE TABLE employees (id INTEGER PRIMARY KEY, name TEXT, id_card TEXT, mobile TEXT);
    CREATE TABLE plc_setpoint (id INTEGER PRIMARY KEY, tag TEXT, setpoint REAL);
  `);
  const insert = db.prepare('INSERT INTO employees (name, id_card, mobile) VALUES (?, ?, ?)');
  const names = ['张伟', '王芳', '李娜'];
  for (let i = 0; i < 30; i++) {
    insert.run(
      names[i % 3]!,
      idCard(`32010619850301${String(100 + i)}`),
      `1380013${String(8000 + i).padStart(4, '0')}`,
    );
  }
  const plc = db.prepare('INSERT INTO plc_setpoint (tag, setpoint) VALUES (?, ?)');
  for (let i = 0; i < 10; i++) plc.run(`TIC-${100 + i}`, 180 + i);
  db.close();
  return path;
}

/** Writes a small CSV of customers; returns its path. */
export function csvFixture(): string {
  const rows = [
    '姓名,手机号,邮箱',
    ...Array.from(
      { length: 20 },
      (_, i) => `客户${i},1390013${String(1000 + i)},user${i}@example.com`,
    ),
  ];
  return rows.join('\n') + '\n';
}
