/**
 * Part 3: a scan of `tables` × `columns` run through the API, twice (first import: new
 * items; rescan: updates of the same items). The timed figure is the import transaction of
 * `importScan` (apps/server/src/scans/import-scan.ts): it starts with BEGIN, and its first
 * statement stamps the scan's `finished_at` with `now()` — the transaction's start — while
 * the status `succeeded` becomes visible only at COMMIT. Polling the scan row every 10 ms
 * with `clock_timestamp()` (the database's clock for both ends) bounds the transaction's
 * duration from above, to within the poll interval.
 */
import pg from 'pg';
import { apiPost, type Session } from './api.ts';

/** One scan's figures. */
export interface ImportRun {
  /** Import transaction, BEGIN → COMMIT seen, ms (upper bound, ≤ 10 ms late). */
  importMs: number;
  /** The whole scan job, started → finished_at, ms (reading and classifying the source). */
  scanMs: number;
  columns: number;
  tables: number;
}

interface ScanRow {
  status: string;
  error: string | null;
  sinceFinishMs: number | null;
  scanMs: number | null;
  summary: { tables: number; columns: number } | null;
}

async function waitForImport(client: pg.Client, scanId: string): Promise<ImportRun> {
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    const result = await client.query<ScanRow>(
      `SELECT status, error, summary,
         (extract(epoch FROM clock_timestamp() - finished_at) * 1000)::float8 AS "sinceFinishMs",
         (extract(epoch FROM finished_at - started_at) * 1000)::float8 AS "scanMs"
       FROM scans WHERE id = $1`,
      [scanId],
    );
    const row = result.rows[0];
    if (row === undefined) throw new Error(`扫描不存在 / no scan ${scanId}`);
    if (row.status === 'succeeded') {
      return {
        importMs: row.sinceFinishMs ?? Number.NaN,
        scanMs: row.scanMs ?? Number.NaN,
        tables: row.summary?.tables ?? 0,
        columns: row.summary?.columns ?? 0,
      };
    }
    if (row.status !== 'queued' && row.status !== 'running')
      throw new Error(`扫描 ${row.status}: ${row.error ?? ''}`);
    if (Date.now() > deadline)
      throw new Error('扫描 15 分钟未完成 / the scan did not finish within 15 min');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Registers the SQLite fixture as a source, scans it twice, and times each import. */
export async function measureImports(
  baseUrl: string,
  session: Session,
  databaseUrl: string,
  fixturePath: string,
): Promise<ImportRun[]> {
  const source = await apiPost<{ id: string }>(baseUrl, session, '/sources', {
    name: 'bench 导入 import',
    kind: 'sqlite',
    target: fixturePath,
  });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const runs: ImportRun[] = [];
    for (let round = 0; round < 2; round++) {
      const scan = await apiPost<{ id: string }>(baseUrl, session, '/scans', {
        sourceId: source.id,
        sampleRows: 100,
      });
      runs.push(await waitForImport(client, scan.id));
    }
    return runs;
  } finally {
    await client.end();
  }
}
