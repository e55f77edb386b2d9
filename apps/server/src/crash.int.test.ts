import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PgBoss } from 'pg-boss';
import { INTERRUPTED_REASON } from './scans/import-scan.ts';
import { SCAN_QUEUE } from './scans/start-scan.ts';
import { createBigSqlite } from './testing/big-sqlite.ts';
import { catalogViolations } from './testing/catalog-invariants.ts';
import { runCatalogWorkload, type WorkloadItem } from './testing/catalog-workload.ts';
import { CRASH_ADMIN_PASSWORD, createCrashFixture } from './testing/crash-fixture.ts';
import { loginOverHttp, type HttpSession } from './testing/http-session.ts';
import {
  catalogSnapshot,
  scanFootprint,
  waitForScanEnd,
  waitUntilMidScan,
  type ScanView,
} from './testing/scan-crash.ts';

/**
 * Crash tests: the real server program (`node apps/server/src/main.ts`) runs as a child
 * process on a fresh database and is killed with SIGKILL at the worst moments; after a
 * restart nothing may be corrupt. Every test cleans up its processes and database in
 * `finally`, whatever happened.
 */

/** Big enough that a scan of it takes seconds, so a kill lands while it runs. */
const BIG = { tables: 240, rows: 3000 };
const SAMPLE_ROWS = 3000;
const OFFICER_PASSWORD = 'crash-test-officer-pw';
/** Only a guard against a hang (a wait aborts, `finally` cleans up); nothing is timed. */
const TEST_TIMEOUT_MS = 10 * 60_000;

let bigDir = '';
let bigPath = '';

before(async () => {
  bigDir = await mkdtemp(join(tmpdir(), 'shuan-crash-src-'));
  bigPath = join(bigDir, 'big.sqlite');
  createBigSqlite(bigPath, BIG);
});

after(async () => {
  await rm(bigDir, { recursive: true, force: true });
});

async function assertAuditVerifies(session: HttpSession): Promise<void> {
  const verdict = await session.ok<{ ok: boolean; checked: number; firstBroken?: unknown }>(
    'GET',
    '/audit/verify',
  );
  assert.equal(verdict.ok, true, `audit chain broken: ${JSON.stringify(verdict)}`);
}

test(
  'kill -9 during a scan: at restart the scan is failed (or finished), the catalog untouched, the audit chain intact, and a new scan succeeds',
  { timeout: TEST_TIMEOUT_MS },
  async (t) => {
    const fx = await createCrashFixture({ signal: t.signal });
    try {
      let server = await fx.start();
      let session = await loginOverHttp(server.url, 'admin', CRASH_ADMIN_PASSWORD);
      const source = await session.ok<{ id: string }>('POST', '/sources', {
        name: '大库 big',
        kind: 'sqlite',
        target: bigPath,
      });
      const sql = await fx.sql();
      // Round 1 kills the very first scan (empty catalog); round 2 kills a rescan of a full one.
      for (const round of ['empty catalog', 'populated catalog']) {
        const catalogBefore = await catalogSnapshot(sql);
        const scan = await session.ok<ScanView>('POST', '/scans', {
          sourceId: source.id,
          sampleRows: SAMPLE_ROWS,
        });
        const seen = await waitUntilMidScan(session, scan.id, t.signal);
        assert.equal(
          seen.status,
          'running',
          `${round}: the scan ended (${seen.status}) before it could be killed; the source is too small`,
        );
        await server.kill9();

        server = await fx.start();
        session = await loginOverHttp(server.url, 'admin', CRASH_ADMIN_PASSWORD);
        const ended = await waitForScanEnd(session, scan.id, t.signal);
        const footprint = await scanFootprint(sql, scan.id);
        assert.equal(
          footprint.endEntries,
          1,
          `${round}: the killed scan is finished exactly once in the audit log`,
        );
        if (ended.status === 'failed') {
          assert.equal(ended.error, INTERRUPTED_REASON);
          assert.deepEqual(
            { findings: footprint.findings, items: footprint.items },
            { findings: 0, items: 0 },
            `${round}: a failed scan wrote nothing`,
          );
          assert.deepEqual(
            await catalogSnapshot(sql),
            catalogBefore,
            `${round}: the catalog is exactly as before the killed scan`,
          );
          const job = await sql.query<{ state: string }>(
            'SELECT j.state FROM pgboss.job j JOIN scans s ON j.id = s.job_id::uuid WHERE s.id = $1',
            [scan.id],
          );
          assert.equal(
            job.rows[0]?.state,
            'failed',
            `${round}: the job the dead process held is settled, not left active`,
          );
        } else {
          // The kill landed after the scan's transaction committed: then all of it is there.
          assert.equal(
            ended.status,
            'succeeded',
            `${round}: a killed scan is failed or succeeded, not ${ended.status}`,
          );
          assert.equal(footprint.findings, ended.summary?.tables);
          assert.equal(footprint.items, ended.summary?.tables);
        }
        await assertAuditVerifies(session);

        const next = await session.ok<ScanView>('POST', '/scans', {
          sourceId: source.id,
          sampleRows: 20,
        });
        const done = await waitForScanEnd(session, next.id, t.signal);
        assert.equal(
          done.status,
          'succeeded',
          `${round}: a new scan after the restart succeeds: ${JSON.stringify(done)}`,
        );
        const fresh = await scanFootprint(sql, next.id);
        assert.equal(fresh.findings, BIG.tables);
        assert.equal(
          fresh.items,
          BIG.tables,
          `${round}: every item now carries the new scan's proposal`,
        );
        assert.equal(
          (await session.ok<{ total: number }>('GET', '/catalog/items')).total,
          BIG.tables,
        );
        await assertAuditVerifies(session);
      }
    } finally {
      await fx.cleanup();
    }
  },
);

/** Every item of the catalog through the paginated API. */
async function allItems(session: HttpSession): Promise<WorkloadItem[]> {
  const items: WorkloadItem[] = [];
  for (let page = 1; ; page++) {
    const batch = await session.ok<{ items: WorkloadItem[]; total: number }>(
      'GET',
      `/catalog/items?page=${String(page)}&pageSize=200`,
    );
    items.push(...batch.items);
    if (items.length >= batch.total || batch.items.length === 0) return items;
  }
}

test(
  'kill -9 during concurrent catalog writes: items coherent, versions whole and gapless, acknowledged writes kept, audit chain intact',
  { timeout: TEST_TIMEOUT_MS },
  async (t) => {
    const fx = await createCrashFixture({ signal: t.signal });
    try {
      let server = await fx.start();
      let session = await loginOverHttp(server.url, 'admin', CRASH_ADMIN_PASSWORD);
      const source = await session.ok<{ id: string }>('POST', '/sources', {
        name: '大库 big',
        kind: 'sqlite',
        target: bigPath,
      });
      const scan = await session.ok<ScanView>('POST', '/scans', {
        sourceId: source.id,
        sampleRows: 20,
      });
      assert.equal((await waitForScanEnd(session, scan.id, t.signal)).status, 'succeeded');
      const items = await allItems(session);
      assert.equal(items.length, BIG.tables);
      // Reviews and freezes are the officer's (数据安全负责人) work.
      await session.ok('POST', '/users', {
        username: 'officer',
        displayName: '负责人 Officer',
        role: 'officer',
        password: OFFICER_PASSWORD,
      });
      const officer = await loginOverHttp(server.url, 'officer', OFFICER_PASSWORD);

      const killed = server;
      const writes = await runCatalogWorkload(officer, items, {
        total: 800,
        concurrency: 24,
        killAfter: 250,
        seed: 20_251_129,
        onHalfway: () => killed.kill9(),
      });
      assert.ok(
        writes.some((write) => write.outcome === 'lost'),
        'the kill landed while writes were in flight',
      );
      assert.ok(
        writes.some((write) => write.kind === 'freeze' && write.outcome === 'acked'),
        'some versions were frozen before the kill',
      );

      server = await fx.start();
      session = await loginOverHttp(server.url, 'admin', CRASH_ADMIN_PASSWORD);
      const sql = await fx.sql();
      assert.deepEqual(await catalogViolations(sql, writes), []);
      await assertAuditVerifies(session);

      // The node goes on numbering versions without a gap, and writes still work.
      const versions = await session.ok<{ total: number }>('GET', '/catalog/versions');
      const again = await loginOverHttp(server.url, 'officer', OFFICER_PASSWORD);
      const next = await again.ok<{ number: number; itemCount: number }>(
        'POST',
        '/catalog/versions',
        { note: '重启后 / after restart' },
      );
      assert.deepEqual(next, { ...next, number: versions.total + 1, itemCount: BIG.tables });
      await assertAuditVerifies(session);
    } finally {
      await fx.cleanup();
    }
  },
);

test(
  'a queued scan whose job a crash lost, or took without starting it, runs after the restart',
  { timeout: TEST_TIMEOUT_MS },
  async (t) => {
    const fx = await createCrashFixture({ signal: t.signal });
    try {
      const server = await fx.start();
      const session = await loginOverHttp(server.url, 'admin', CRASH_ADMIN_PASSWORD);
      const source = await session.ok<{ id: string }>('POST', '/sources', {
        name: '大库 big',
        kind: 'sqlite',
        target: bigPath,
      });
      await server.kill9();
      // What a crash can leave behind: a queued scan with no job at all, and one whose job the
      // dead process had already taken from the queue (job `active`) but not started.
      const sql = await fx.sql();
      const queued = async (): Promise<{ id: string; orgId: string }> => {
        const row = await sql.query<{ id: string; orgId: string }>(
          `INSERT INTO scans (org_id, source_id, status, sample_rows, created_by)
         SELECT org_id, id, 'queued', 5, 'admin' FROM data_sources WHERE id = $1 RETURNING id, org_id AS "orgId"`,
          [source.id],
        );
        const scan = row.rows[0];
        if (scan === undefined) throw new Error('no scan inserted');
        return scan;
      };
      const lost = (await queued()).id;
      const taken = await queued();
      const boss = new PgBoss({
        connectionString: fx.database?.url ?? '',
        schema: 'pgboss',
        supervise: false,
        schedule: false,
      });
      await boss.start();
      try {
        const jobId = randomUUID();
        await boss.send(SCAN_QUEUE, { orgId: taken.orgId, scanId: taken.id }, { id: jobId });
        await sql.query('UPDATE scans SET job_id = $2 WHERE id = $1', [taken.id, jobId]);
        const [fetched] = await boss.fetch(SCAN_QUEUE);
        assert.equal(
          fetched?.id,
          jobId,
          'the job is now active on behalf of a process that is gone',
        );
      } finally {
        await boss.stop({ graceful: false, close: true });
      }

      const restarted = await fx.start();
      const again = await loginOverHttp(restarted.url, 'admin', CRASH_ADMIN_PASSWORD);
      for (const id of [lost, taken.id]) {
        const ended = await waitForScanEnd(again, id, t.signal);
        assert.equal(ended.status, 'succeeded', JSON.stringify(ended));
        assert.equal((await scanFootprint(sql, id)).findings, BIG.tables);
      }
      const requeued = await sql.query(
        `SELECT target FROM audit_log WHERE action = 'scan.requeue' ORDER BY seq`,
      );
      assert.deepEqual(
        requeued.rows.map((row: { target: string }) => row.target).sort(),
        [`scan:${lost}`, `scan:${taken.id}`].sort(),
      );
      await assertAuditVerifies(again);
    } finally {
      await fx.cleanup();
    }
  },
);
