import { scansRepository, withTransaction } from '@shuan/db';
import { appendAudit } from '../audit/append-audit.ts';
import type { NodeDeps } from '../http/context.ts';
import { failInterruptedScans } from './import-scan.ts';
import { queueScanJob, SCAN_QUEUE } from './start-scan.ts';

/** What {@link recoverScans} did at start. */
export interface ScanRecovery {
  /** Scans a crash left `running`, now `failed` (“服务重启中断 / interrupted by restart”). */
  failed: number;
  /** `queued` scans whose job could no longer run them, queued again. */
  requeued: number;
}

/** Job states in which a job will still be picked up by a worker. */
const PENDING_JOB_STATES: ReadonlySet<string> = new Set(['created', 'retry']);

/**
 * Runs at start, before the scan worker, and assumes no other node instance is working on
 * the same database (the same assumption as marking `running` scans failed):
 * - scans left `running` by a crash are marked failed, and their jobs (still `active` in
 *   the queue on behalf of the dead process) are failed too, so the queue does not hold
 *   them until they expire;
 * - a `queued` scan whose job is gone or was taken by the dead process before the scan
 *   started (job `active`, scan still `queued`) gets a new job, so it runs instead of
 *   staying queued forever.
 */
export async function recoverScans(deps: NodeDeps): Promise<ScanRecovery> {
  const failed = await failInterruptedScans(deps);
  for (const scan of failed) {
    if (scan.jobId !== null) await settleStaleJob(deps, scan.jobId);
  }
  let requeued = 0;
  for (const scan of await scansRepository.listQueued(deps.pool)) {
    const job =
      scan.jobId === null
        ? undefined
        : (await deps.boss.findJobs(SCAN_QUEUE, { id: scan.jobId }))[0];
    if (job !== undefined && PENDING_JOB_STATES.has(job.state)) continue;
    const queued = await withTransaction(deps.pool, async (tx) => {
      if (!(await scansRepository.lockIfQueued(tx, scan.orgId, scan.id))) return false;
      const jobId = await queueScanJob(deps, tx, { orgId: scan.orgId, scanId: scan.id });
      await scansRepository.setJobId(tx, scan.orgId, scan.id, jobId);
      await appendAudit(tx, {
        orgId: scan.orgId,
        actor: 'system',
        action: 'scan.requeue',
        target: `scan:${scan.id}`,
        payload: { previousJob: scan.jobId, previousJobState: job?.state ?? null, jobId },
      });
      return true;
    });
    if (queued) {
      requeued += 1;
      if (job?.state === 'active') await settleStaleJob(deps, job.id);
    }
  }
  return { failed: failed.length, requeued };
}

/** Fails a job the dead process held; best effort (it expires on its own otherwise). */
async function settleStaleJob(deps: NodeDeps, jobId: string): Promise<void> {
  await deps.boss
    .fail(SCAN_QUEUE, jobId, { reason: 'interrupted by restart' })
    .catch((error: unknown) => {
      deps.log.warn({ err: error, jobId }, 'could not settle a stale scan job');
    });
}
