import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CRASH_ADMIN_PASSWORD, createCrashFixture } from './testing/crash-fixture.ts';
import { loginOverHttp, type HttpSession } from './testing/http-session.ts';

/**
 * Crash test of the embedded PostgreSQL: after a `kill -9` of the node, its PostgreSQL child
 * keeps running as an orphan on the data folder (holding the port and `postmaster.pid`), and
 * after a crash of the machine a stale `postmaster.pid` may name a pid now used by another
 * program. The next `npm start` must cope with both, and lose no data.
 */

const pidFileOf = (dataDir: string): string => join(dataDir, 'postgres', 'postmaster.pid');

async function postmasterPid(dataDir: string): Promise<number> {
  return Number((await readFile(pidFileOf(dataDir), 'utf8')).split('\n')[0]);
}

/** True while `pid` runs; a zombie (an orphan's exit that nobody reaps) counts as gone. */
async function alive(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = await readFile(`/proc/${String(pid)}/stat`, 'utf8').catch(() => undefined);
  return stat === undefined
    ? process.platform !== 'linux'
    : stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
}

/** Waits until `pid` is gone, polling; nothing is timed. */
async function gone(pid: number, signal: AbortSignal): Promise<void> {
  while (await alive(pid)) {
    signal.throwIfAborted();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function assertDataKept(session: HttpSession, sourceName: string): Promise<void> {
  const users = await session.ok<{ items: { username: string }[] }>('GET', '/users');
  assert.ok(
    users.items.some((user) => user.username === 'reviewer1'),
    'the user created before the crash is there',
  );
  const sources = await session.ok<{ items: { name: string }[] }>('GET', '/sources');
  assert.deepEqual(
    sources.items.map((source) => source.name),
    [sourceName],
  );
  const verdict = await session.ok<{ ok: boolean }>('GET', '/audit/verify');
  assert.equal(verdict.ok, true);
}

test(
  'embedded PostgreSQL: after kill -9 of the node (orphaned PostgreSQL) and after a stale postmaster.pid, npm start recovers with the data intact',
  { timeout: 10 * 60_000 },
  async (t) => {
    const fx = await createCrashFixture({ embedded: true, signal: t.signal });
    try {
      // Left over by a first start that crashed during initdb: must not stop the next start.
      await mkdir(join(fx.dataDir, 'postgres.init-abandoned'), { recursive: true });
      await writeFile(join(fx.dataDir, 'postgres.init-abandoned', 'PG_VERSION'), '18\n');

      let server = await fx.start();
      assert.equal(existsSync(join(fx.dataDir, 'postgres.init-abandoned')), false);
      let session = await loginOverHttp(server.url, 'admin', CRASH_ADMIN_PASSWORD);
      await session.ok('POST', '/users', {
        username: 'reviewer1',
        displayName: '审核员 Reviewer',
        role: 'reviewer',
        password: 'crash-test-reviewer-pw',
      });
      const sourceName = '车间库 Workshop DB';
      await session.ok('POST', '/sources', {
        name: sourceName,
        kind: 'sqlite',
        target: join(fx.dataDir, 'none.sqlite'),
      });

      // 1. kill -9 of the node: its PostgreSQL stays up as an orphan on our folder.
      await server.kill9();
      const orphan = await postmasterPid(fx.dataDir);
      assert.ok(await alive(orphan), 'the embedded PostgreSQL outlived the node');
      server = await fx.start();
      assert.match(
        server.output(),
        /embedded PostgreSQL crash recovery: PostgreSQL \(pid \d+\) is still running/,
      );
      assert.equal(await alive(orphan), false, 'the orphan was shut down');
      session = await loginOverHttp(server.url, 'admin', CRASH_ADMIN_PASSWORD);
      await assertDataKept(session, sourceName);

      // 2. As after a power cut: node and PostgreSQL both die, and the pid in the stale
      //    postmaster.pid now belongs to another program (here: this test process).
      await server.kill9();
      const postmaster = await postmasterPid(fx.dataDir);
      process.kill(postmaster, 'SIGKILL');
      await gone(postmaster, t.signal);
      const stale = (await readFile(pidFileOf(fx.dataDir), 'utf8')).split('\n');
      stale[0] = String(process.pid);
      await writeFile(pidFileOf(fx.dataDir), stale.join('\n'));
      server = await fx.start();
      assert.match(server.output(), /removed stale postmaster\.pid/);
      session = await loginOverHttp(server.url, 'admin', CRASH_ADMIN_PASSWORD);
      await assertDataKept(session, sourceName);

      // 3. A graceful stop still stops PostgreSQL cleanly (no pid file left behind).
      assert.equal(await server.stop(), 0);
      assert.equal(existsSync(pidFileOf(fx.dataDir)), false);
    } finally {
      await fx.cleanup();
    }
  },
);
