import type { StartScanRequest } from '@shuan/contracts';
import { scansRepository, sourcesRepository, withTransaction, type ScanRow } from '@shuan/db';
import { createClassifier } from '@shuan/tools';
import { appendAudit } from '../audit/append-audit.ts';
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
 * Records a `queued` scan of one of the caller's sources and queues the job that runs it.
 * An unknown industry rule pack is refused before anything is queued.
 */
export async function startScan(deps: NodeDeps, principal: Principal, input: StartScanRequest): Promise<ScanRow> {
  if (input.industry !== undefined) {
    try {
      createClassifier({ industry: input.industry });
    } catch {
      throw new AppError('RULE_PACK_UNKNOWN', `未知的行业规则包 ${input.industry} / unknown industry rule pack ${input.industry}`);
    }
  }
  const scan = await withTransaction(deps.pool, async (tx) => {
    const source = await sourcesRepository.get(tx, principal.orgId, input.sourceId);
    if (source === undefined) throw new AppError('DATA_SOURCE_NOT_FOUND', MESSAGES.notFound('数据源', 'data source'));
    const created = await scansRepository.create(tx, {
      orgId: principal.orgId, sourceId: source.id, industry: input.industry ?? null,
      sampleRows: input.sampleRows ?? DEFAULT_SAMPLE_ROWS, createdBy: principal.username,
    });
    await appendAudit(tx, {
      orgId: principal.orgId, actor: principal.username, action: 'scan.start', target: `scan:${created.id}`,
      payload: { sourceId: source.id, sourceName: source.name, industry: input.industry ?? null },
    });
    return created;
  });
  const data: ScanJobData = { orgId: principal.orgId, scanId: scan.id };
  const jobId = await deps.boss.send(SCAN_QUEUE, data, { singletonKey: scan.id });
  if (jobId !== null) await scansRepository.setJobId(deps.pool, principal.orgId, scan.id, jobId);
  return { ...scan, jobId };
}

/**
 * Asks a scan to stop. A queued scan is cancelled at once; a running one is flagged and
 * its job aborts at the next table, storing nothing in the catalog.
 */
export async function cancelScan(deps: NodeDeps, principal: Principal, id: string): Promise<ScanRow> {
  return withTransaction(deps.pool, async (tx) => {
    const scan = await scansRepository.get(tx, principal.orgId, id);
    if (scan === undefined) throw new AppError('SCAN_NOT_FOUND', MESSAGES.notFound('扫描任务', 'scan'));
    if (!(await scansRepository.requestCancel(tx, principal.orgId, id))) {
      throw new AppError('SCAN_NOT_CANCELLABLE', `扫描已结束（${scan.status}），无法取消 / the scan has finished (${scan.status})`);
    }
    if (scan.status === 'queued') {
      await scansRepository.finish(tx, principal.orgId, id, { status: 'cancelled' });
      await appendAudit(tx, { orgId: principal.orgId, actor: principal.username, action: 'scan.cancel', target: `scan:${id}` });
    } else {
      await appendAudit(tx, { orgId: principal.orgId, actor: principal.username, action: 'scan.cancel_requested', target: `scan:${id}` });
    }
    const updated = await scansRepository.get(tx, principal.orgId, id);
    if (updated === undefined) throw new AppError('SCAN_NOT_FOUND', MESSAGES.notFound('扫描任务', 'scan'));
    return updated;
  });
}
