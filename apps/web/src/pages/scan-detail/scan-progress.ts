/** Progress arithmetic for a scan, shared by the list and the live detail page. */
import type { Scan, ScanStatus } from '../../api/types.ts';

/** Still moving: keep polling. */
export function isActive(status: ScanStatus): boolean {
  return status === 'queued' || status === 'running';
}

/** Whole percent done; a finished scan is 100 whatever its counters say. */
export function progressPercent(scan: Pick<Scan, 'status' | 'progress'>): number {
  if (scan.status === 'succeeded') return 100;
  const { done, total } = scan.progress;
  if (total <= 0) return 0;
  return Math.min(100, Math.floor((done / total) * 100));
}
