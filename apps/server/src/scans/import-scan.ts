import { proposeFromScan, type ScanReport } from '@shuan/core';
import {
  catalogItemsRepository,
  scanFindingsRepository,
  scansRepository,
  withTransaction,
  type ScanSummaryJson,
} from '@shuan/db';
import { appendAudit } from '../audit/append-audit.ts';
import type { NodeDeps } from '../http/context.ts';

/** The summary of a finished scan. */
export function summarise(report: ScanReport): ScanSummaryJson {
  const byLevel = { general: 0, important: 0, core: 0 };
  for (const table of report.tables) byLevel[table.level] += 1;
  return {
    tables: report.tables.length,
    columns: report.columns.length,
    byLevel,
    errors: report.errors.length,
    ruleset: { id: report.ruleset.id, version: report.ruleset.version },
  };
}

/**
 * Stores a finished scan in ONE transaction: its findings, the catalog proposals (new
 * pending items, refreshed facts; reviewed decisions untouched), the `succeeded` status and
 * the audit entry. A crash before COMMIT leaves nothing half-written; the scan is then
 * marked failed at the next start. Returns false when the scan was no longer running
 * (cancelled meanwhile), in which case nothing is stored.
 */
export async function importScan(
  deps: NodeDeps,
  scan: { orgId: string; id: string; sourceId: string },
  report: ScanReport,
): Promise<boolean> {
  return withTransaction(deps.pool, async (tx) => {
    const summary = summarise(report);
    if (!(await scansRepository.finish(tx, scan.orgId, scan.id, { status: 'succeeded', summary })))
      return false;
    await scanFindingsRepository.insertMany(tx, scan.orgId, scan.id, report.tables, report.columns);
    await catalogItemsRepository.lockSourceMerge(tx, scan.orgId, scan.sourceId);
    const existing = await catalogItemsRepository.decisionsForSource(tx, scan.orgId, scan.sourceId);
    const proposals = proposeFromScan({
      scanId: scan.id,
      sourceId: scan.sourceId,
      tables: report.tables,
      columns: report.columns,
      existing,
    });
    await catalogItemsRepository.insertMany(tx, scan.orgId, proposals.inserts);
    await catalogItemsRepository.applyRescans(tx, scan.orgId, proposals.updates);
    await appendAudit(tx, {
      orgId: scan.orgId,
      actor: 'system',
      action: 'scan.finish',
      target: `scan:${scan.id}`,
      payload: {
        status: 'succeeded',
        ...summary,
        newItems: proposals.inserts.length,
        proposalDiffs: proposals.updates.filter((u) => u.hasProposalDiff).length,
      },
    });
    return true;
  });
}

/** Marks a scan failed or cancelled with its audit entry; false when it was already final. */
export async function endScan(
  deps: NodeDeps,
  scan: { orgId: string; id: string },
  outcome: { status: 'failed' | 'cancelled'; error?: string },
): Promise<boolean> {
  return withTransaction(deps.pool, async (tx) => {
    const changed = await scansRepository.finish(tx, scan.orgId, scan.id, outcome);
    if (changed) {
      await appendAudit(tx, {
        orgId: scan.orgId,
        actor: 'system',
        action: outcome.status === 'cancelled' ? 'scan.cancel' : 'scan.finish',
        target: `scan:${scan.id}`,
        payload: { status: outcome.status, error: outcome.error ?? null },
      });
    }
    return changed;
  });
}

/** Reason stored on scans a crash or restart left running. */
export const INTERRUPTED_REASON = '服务重启中断 / interrupted by restart';

/**
 * At start: every scan left `running` by a crash is marked failed, with an audit entry (its
 * partial results were never written: only a complete scan reaches the catalog). Returns
 * them, with their job ids, so that their stale jobs can be settled.
 */
export async function failInterruptedScans(
  deps: NodeDeps,
): Promise<{ id: string; orgId: string; jobId: string | null }[]> {
  return withTransaction(deps.pool, async (tx) => {
    const failed = await scansRepository.failInterrupted(tx, INTERRUPTED_REASON);
    for (const scan of failed) {
      await appendAudit(tx, {
        orgId: scan.orgId,
        actor: 'system',
        action: 'scan.finish',
        target: `scan:${scan.id}`,
        payload: { status: 'failed', error: INTERRUPTED_REASON },
      });
    }
    return failed;
  });
}
