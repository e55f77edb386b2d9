import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFileAtomically } from './atomic-file.ts';
import { POSTMASTER_PID_FILE, recoverPostmaster } from './postmaster.ts';

/** A pid file as PostgreSQL writes it (pid, folder, start, port, socket dir, host, shmem, status). */
const pidFile = (pid: number, dir: string): string =>
  `${String(pid)}\n${dir}\n1795982104\n54329\n\n127.0.0.1\n  2228418     999999\nready   \n`;

async function withFolder(run: (dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'shuan-postmaster-'));
  try {
    await run(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A stand-in postmaster: a process whose working directory is the cluster folder. */
function fakePostmaster(dir: string, ignoreSigint: boolean): Promise<ChildProcess> {
  const script = `${ignoreSigint ? "process.on('SIGINT', () => {});" : ''} setInterval(() => {}, 1000); process.stdout.write('up');`;
  const child = spawn(process.execPath, ['-e', script], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return new Promise((resolve) => {
    child.stdout.once('data', () => {
      resolve(child);
    });
  });
}

function exited(child: ChildProcess): Promise<NodeJS.Signals | null> {
  if (child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve(child.signalCode);
  return new Promise((resolve) => {
    child.once('exit', (_code, signal) => {
      resolve(signal);
    });
  });
}

test('a clean folder needs nothing', async () => {
  await withFolder(async (dir) => {
    assert.equal(await recoverPostmaster(dir), 'none');
  });
});

test('an empty pid file (a crash while PostgreSQL wrote it) is removed', async () => {
  await withFolder(async (dir) => {
    await writeFile(join(dir, POSTMASTER_PID_FILE), '');
    assert.equal(await recoverPostmaster(dir), 'removed-stale-pid');
    assert.equal(existsSync(join(dir, POSTMASTER_PID_FILE)), false);
  });
});

test('a pid file naming another live program (pid reused after a reboot) is removed, and that program left alone', async () => {
  await withFolder(async (dir) => {
    await writeFile(join(dir, POSTMASTER_PID_FILE), pidFile(process.pid, dir));
    const lines: string[] = [];
    assert.equal(
      await recoverPostmaster(dir, { log: (line) => lines.push(line) }),
      'removed-stale-pid',
    );
    assert.equal(existsSync(join(dir, POSTMASTER_PID_FILE)), false);
    assert.match(lines.join('\n'), /no PostgreSQL running on this folder/);
  });
});

test('a pid file naming a dead process is removed', async () => {
  await withFolder(async (dir) => {
    const child = spawn(process.execPath, ['-e', '']);
    await exited(child);
    await writeFile(join(dir, POSTMASTER_PID_FILE), pidFile(child.pid ?? 0, dir));
    assert.equal(await recoverPostmaster(dir), 'removed-stale-pid');
  });
});

test('a process still running on the folder is shut down with SIGINT, or harder when it ignores that', async () => {
  await withFolder(async (dir) => {
    const polite = await fakePostmaster(dir, false);
    await writeFile(join(dir, POSTMASTER_PID_FILE), pidFile(polite.pid ?? 0, dir));
    assert.equal(await recoverPostmaster(dir), 'stopped');
    assert.equal(await exited(polite), 'SIGINT');

    const stubborn = await fakePostmaster(dir, true);
    await writeFile(join(dir, POSTMASTER_PID_FILE), pidFile(stubborn.pid ?? 0, dir));
    assert.equal(await recoverPostmaster(dir, { graceMs: 300 }), 'stopped');
    assert.equal(await exited(stubborn), 'SIGQUIT');
  });
});

test('createFileAtomically creates once with mode 0600, never overwrites, and leaves no scratch file', async () => {
  await withFolder(async (dir) => {
    const path = join(dir, 'master.key');
    assert.equal(await createFileAtomically(path, 'first\n'), true);
    assert.equal(await createFileAtomically(path, 'second\n'), false);
    assert.equal(await readFile(path, 'utf8'), 'first\n');
    assert.equal((await stat(path)).mode & 0o777, 0o600);
    assert.deepEqual(await readdir(dir), ['master.key']);
  });
});
