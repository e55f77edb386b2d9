import type pg from 'pg';
import type { HttpSession } from './http-session.ts';

/** A scan as the API returns it (the fields crash tests look at). */
export interface ScanView {
  id: string;
  status: string;
  error: string | null;
  progress: { done: number; total: number };
  summary: { tables: number; columns: number } | null;
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls a scan until it is `running` with at least one table done (the moment to pull the
 * plug), or until it has ended. No timing is asserted: a scan that ends first is returned
 * as it ended, and the caller decides.
 */
export async function waitUntilMidScan(
  session: HttpSession,
  id: string,
  signal?: AbortSignal,
): Promise<ScanView> {
  for (;;) {
    signal?.throwIfAborted();
    const scan = await session.ok<ScanView>('GET', `/scans/${id}`);
    if (
      scan.status === 'running' &&
      scan.progress.done > 0 &&
      scan.progress.done < scan.progress.total
    )
      return scan;
    if (scan.status !== 'queued' && scan.status !== 'running') return scan;
    await pause(20);
  }
}

/** Polls a scan until it leaves `queued` / `running` (or `signal`, the test's, aborts). */
export async function waitForScanEnd(
  session: HttpSession,
  id: string,
  signal?: AbortSignal,
): Promise<ScanView> {
  for (;;) {
    signal?.throwIfAborted();
    const scan = await session.ok<ScanView>('GET', `/scans/${id}`);
    if (scan.status !== 'queued' && scan.status !== 'running') return scan;
    await pause(100);
  }
}

/** Every catalog item row as stored, in id order: compared before and after a crash. */
export async function catalogSnapshot(client: pg.Client): Promise<unknown[]> {
  const result = await client.query<Record<string, unknown>>(
    `SELECT id, source_id, table_name, category, level, status, proposed, has_proposal_diff, pi, sensitive_pi,
       labels, rows, size_bytes, columns, reviewed_by, reviewed_at, review_reason, updated_at
     FROM catalog_items ORDER BY id`,
  );
  return result.rows;
}

/** What one scan left in the database. */
export interface ScanFootprint {
  /** Rows of `scan_findings`. */
  findings: number;
  /** Catalog items whose current proposal came from this scan. */
  items: number;
  /** Audit entries that finished it (`scan.finish` or `scan.cancel`): exactly one once it ended. */
  endEntries: number;
}

/** Counts what scan `id` wrote, straight from the tables. */
export async function scanFootprint(client: pg.Client, id: string): Promise<ScanFootprint> {
  const result = await client.query<ScanFootprint>(
    `SELECT (SELECT count(*)::int FROM scan_findings WHERE scan_id = $1) AS findings,
            (SELECT count(*)::int FROM catalog_items WHERE proposed->>'scanId' = $1::text) AS items,
            (SELECT count(*)::int FROM audit_log WHERE target = 'scan:' || $1::text AND action IN ('scan.finish', 'scan.cancel')) AS "endEntries"`,
    [id],
  );
  const row = result.rows[0];
  if (row === undefined) throw new Error('no footprint row');
  return row;
}
