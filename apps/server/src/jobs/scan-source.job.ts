import { z } from 'zod';
import { openSource } from '@shuan/connectors';
import { scanSource, type ScanProgress, type SourceReader } from '@shuan/core';
import { scansRepository, sourcesRepository } from '@shuan/db';
import { createClassifier, createTextSweeper } from '@shuan/tools';
import type { NodeDeps } from '../http/context.ts';
import type { JobDefinition } from '../roles/route-group.ts';
import { endScan, importScan } from '../scans/import-scan.ts';
import { resolveRunningPack } from '../rule-packs/running-packs.ts';
import { recoverScans } from '../scans/recover-scans.ts';
import { SCAN_QUEUE } from '../scans/start-scan.ts';
import { locatorOf } from '../sources/manage-sources.ts';
import { pollEvery } from './poll-every.ts';

const ScanJobDataSchema = z.object({ orgId: z.uuid(), scanId: z.uuid() });

/** Progress is written at most this often (and always after the last table). */
const PROGRESS_INTERVAL_MS = 500;

/**
 * The `scan-source` job: runs one queued scan. Idempotent: a scan that is no longer
 * `queued` (cancelled, finished, or failed by a restart) is skipped. Progress goes to the
 * scan row as tables finish; a cancel request or a shutdown aborts between tables, and only
 * a complete scan reaches the catalog, in one transaction.
 */
export async function runScanJob(
  deps: NodeDeps,
  data: unknown,
  shutdown: AbortSignal,
): Promise<void> {
  const { orgId, scanId } = ScanJobDataSchema.parse(data);
  if (!(await scansRepository.markRunning(deps.pool, orgId, scanId))) return;
  const scan = await scansRepository.get(deps.pool, orgId, scanId);
  const source =
    scan === undefined ? undefined : await sourcesRepository.get(deps.pool, orgId, scan.sourceId);
  if (scan === undefined || source === undefined) {
    await endScan(
      deps,
      { orgId, id: scanId },
      { status: 'failed', error: '数据源已删除 / the source was deleted' },
    );
    return;
  }
  const cancel = new AbortController();
  const signal = AbortSignal.any([cancel.signal, shutdown]);
  let lastWrite = 0;
  let writing: Promise<void> = Promise.resolve();
  const onProgress = (progress: ScanProgress): void => {
    const now = Date.now();
    if (now - lastWrite < PROGRESS_INTERVAL_MS && progress.done < progress.total) return;
    lastWrite = now;
    writing = writing
      .then(async () => {
        const state = await scansRepository.updateProgress(deps.pool, orgId, scanId, progress);
        if (state.cancelRequested) cancel.abort();
      })
      .catch((error: unknown) => {
        deps.log.warn({ err: error, scanId }, 'progress write failed');
      });
  };
  try {
    const report = await scanWithReader(deps, source, scan, onProgress, signal);
    await writing;
    const current = await scansRepository.get(deps.pool, orgId, scanId);
    if (current?.cancelRequested === true || cancel.signal.aborted) {
      await endScan(deps, { orgId, id: scanId }, { status: 'cancelled' });
      deps.metrics.scans.inc({ status: 'cancelled' });
    } else if (shutdown.aborted) {
      await endScan(
        deps,
        { orgId, id: scanId },
        { status: 'failed', error: '服务停止中断 / interrupted by shutdown' },
      );
      deps.metrics.scans.inc({ status: 'failed' });
    } else {
      const stored = await importScan(deps, { orgId, id: scanId, sourceId: source.id }, report);
      deps.metrics.scans.inc({ status: stored ? 'succeeded' : 'cancelled' });
    }
  } catch (error) {
    await writing;
    const message = error instanceof Error ? error.message : String(error);
    await endScan(deps, { orgId, id: scanId }, { status: 'failed', error: message.slice(0, 2000) });
    deps.metrics.scans.inc({ status: 'failed' });
  }
}

async function scanWithReader(
  deps: NodeDeps,
  source: Parameters<typeof locatorOf>[1],
  scan: { industry: string | null; sampleRows: number },
  onProgress: (progress: ScanProgress) => void,
  signal: AbortSignal,
) {
  // The newest pack version this node holds for the industry (a ministry's published
  // version overrides the bundled file); the summary records which one ran.
  const pack = await resolveRunningPack(deps.pool, scan.industry ?? 'general');
  const classifier = createClassifier({ pack });
  const reader = yieldingBetweenTables(
    await openSource(locatorOf(deps, source), { sweeper: createTextSweeper() }),
  );
  try {
    return await scanSource(
      { reader, classifier, clock: { now: () => new Date() } },
      { sampleRows: scan.sampleRows, onProgress, signal },
    );
  } finally {
    await reader.close();
  }
}

/**
 * The reader, letting the event loop run before each table is sampled. Some readers sample
 * synchronously (node:sqlite), and the scan's promises then chain as microtasks only: without
 * a macrotask break, a whole scan would hold the event loop, so that no HTTP request (progress,
 * cancel, health checks), progress write or shutdown signal is served until it ends.
 */
export function yieldingBetweenTables(reader: SourceReader): SourceReader {
  return {
    kind: reader.kind,
    name: reader.name,
    concurrency: reader.concurrency,
    listTables: () => reader.listTables(),
    sampleTable: async (table, rows) => {
      await new Promise((resolve) => setImmediate(resolve));
      return reader.sampleTable(table, rows);
    },
    close: () => reader.close(),
  };
}

/**
 * The scan job: recovers from a crash (scans left running are marked failed, queued scans
 * whose job was lost get a new one), then starts the worker.
 */
export const scanSourceJob: JobDefinition = {
  name: SCAN_QUEUE,
  capability: 'scans-sources',
  start: async (deps) => {
    await deps.boss.createQueue(SCAN_QUEUE, { retryLimit: 0, expireInSeconds: 6 * 3600 });
    const recovery = await recoverScans(deps);
    if (recovery.failed > 0 || recovery.requeued > 0)
      deps.log.warn(
        { ...recovery },
        'scans interrupted by a restart were marked failed or queued again',
      );
    await deps.boss.work(SCAN_QUEUE, pollEvery(deps.config, 0.5), async (jobs) => {
      for (const job of jobs) await runScanJob(deps, job.data, job.signal);
    });
  },
};
