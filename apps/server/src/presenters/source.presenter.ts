import type { DataSource, Scan } from '@shuan/contracts';
import type { ScanRow, SourceRow } from '@shuan/db';
import { iso, isoOrNull } from './iso.ts';

/** A data source as the API shows it: `hasPassword`, never the sealed secret. */
export function presentSource(row: SourceRow): DataSource {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    target: row.target,
    hasPassword: row.sealedSecret !== null,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    lastScan:
      row.lastScanId === null || row.lastScanStatus === null || row.lastScanAt === null
        ? null
        : { id: row.lastScanId, status: row.lastScanStatus, createdAt: iso(row.lastScanAt) },
  };
}

/** A scan as the API shows it. */
export function presentScan(row: ScanRow): Scan {
  return {
    id: row.id,
    sourceId: row.sourceId,
    sourceName: row.sourceName,
    status: row.status,
    progress: row.progress,
    industry: row.industry,
    sampleRows: row.sampleRows,
    createdBy: row.createdBy,
    createdAt: iso(row.createdAt),
    startedAt: isoOrNull(row.startedAt),
    finishedAt: isoOrNull(row.finishedAt),
    summary: row.summary,
    error: row.error,
  };
}
