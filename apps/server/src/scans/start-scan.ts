import { randomUUID } from 'node:crypto';
import type { StartScanRequest } from '@shuan/contracts';
import {
  scansRepository,
  sourcesRepository,
  withTransaction,
  type Queryable,
  type ScanRow,
} from '@shuan/db';
import { createClassifier } from '@shuan/tools';
import { appendAudit } from '../audit/append-audit.ts';
import { resolveRunningPack } from '../rule-packs/running-packs.ts';
import { AppError, MESSAGES } from '../http/app-error.ts';
import type { NodeDeps, Principal } from '../http/context.ts';

/** Queue of the scan job. */
export const SCAN_QUEUE = 'scan-source';

/** Rows sampled from each table when the request does not say. */
export const DEFAULT_SAMPLE_ROWS = 200;

/** Payload of a scan job: the scan row to run. */
export interface ScanJobData {
  orgId: string;
  scanId: string;
}

/**
 * Queues the job that runs a scan, inside the caller's transaction (`tx`), so that a scan row
 * and its job are committed together: a crash can no longer leave a `queued` scan that no
 * job will ever run. Returns the job id.
 */
export async function queueScanJob(
  deps: NodeDeps,
  tx: Queryable,
  data: ScanJobData,
): Promise<string> {
  const id = randomUUID();
  const db = { executeSql: (text: string, values?: unknown[]) => tx.query(text, values) };
  const jobId = await deps.boss.send(SCAN_QUEUE, data, { id, db });
  return jobId ?? id;
}

/**
 * Records a `queued` scan of one of the caller's sources, its audit entry and the job that
 * runs it in one transaction. An unknown industry rule pack is refused before anything is
 * queued.
 */
export async function startScan(
  deps: NodeDeps,
  principal: Principal,
  input: StartScanRequest,
): Promise<ScanRow> {
  if (input.industry !== undefined) {
    try {
      createClassifier({ pack: await resolveRunningPack(deps.pool, input.industry) });
    } catch {
      throw new AppError(
        'RULE_PACK_UNKNOWN',
        `未知的行业规则包 ${input.industry} / unknown industry rule pack ${input.industry}`,
      );
    }
  }
  const scan = await withTransaction(deps.pool, async (tx) => {
    const source = await sourcesRepository.get(tx, principal.orgId, input.sourceId);
    if (source === undefined)
      throw new AppError('DATA_SOURCE_NOT_FOUND', MESSAGES.notFound('数据源', 'data source'));
    const created = await scansRepository.create(tx, {
      orgId: principal.orgId,
      sourceId: source.id,
      industry: input.industry ?? null,
      sampleRows: input.sampleRows ?? DEFAULT_SAMPLE_ROWS,
      createdBy: principal.username,
    });
    await appendAudit(tx, {
      orgId: principal.orgId,
      actor: principal.username,
      action: 'scan.start',
      target: `scan:${created.id}`,
      payload: { sourceId: source.id, sourceName: source.name, industry: input.industry ?? null },
    });
    const jobId = await queueScanJob(deps, tx, { orgId: principal.orgId, scanId: created.id });
    await scansRepository.setJobId(tx, principal.orgId, created.id, jobId);
    return { ...created, jobId };
  });
  return scan;
}

/**
 * Asks a scan to stop. A queued scan is cancelled at once; a running one is flagged and
 * its job aborts at the next table, storing nothing in the catalog.
 */
export async function cancelScan(
  deps: NodeDeps,
  principal: Principal,
  id: string,
): Promise<ScanRow> {
  return withTransaction(deps.pool, async (tx) => {
    const scan = await scansRepository.get(tx, principal.orgId, id);
    if (scan === undefined)
      throw new AppError('SCAN_NOT_FOUND', MESSAGES.notFound('扫描任务', 'scan'));
    if (!(await scansRepository.requestCancel(tx, principal.orgId, id))) {
      throw new AppError(
        'SCAN_NOT_CANCELLABLE',
        `扫描已结束（${scan.status}），无法取消 / the scan has finished (${scan.status})`,
      );
    }
    if (scan.status === 'queued') {
      await scansRepository.finish(tx, principal.orgId, id, { status: 'cancelled' });
      await appendAudit(tx, {
        orgId: principal.orgId,
        actor: principal.username,
        action: 'scan.cancel',
        target: `scan:${id}`,
      });
    } else {
      await appendAudit(tx, {
        orgId: principal.orgId,
        actor: principal.username,
        action: 'scan.cancel_requested',
        target: `scan:${id}`,
      });
    }
    const updated = await scansRepository.get(tx, principal.orgId, id);
    if (updated === undefined)
      throw new AppError('SCAN_NOT_FOUND', MESSAGES.notFound('扫描任务', 'scan'));
    return updated;
  });
}
