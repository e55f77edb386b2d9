import { Conditions, fetchPage, type ListQuery, type Page } from '../list-query.ts';
import type { Queryable } from '../queryable.ts';
import { firstRow } from './organizations-repository.pg.ts';

/** Life cycle of a scan. */
export type ScanStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';

/** Progress of a running scan: tables done of total, and the last table read. */
export interface ScanProgressJson {
  done: number;
  total: number;
  table?: string;
}

/** What a finished scan found, for lists and the overview. */
export interface ScanSummaryJson {
  tables: number;
  columns: number;
  byLevel: { general: number; important: number; core: number };
  errors: number;
  /** The rule pack the scan ran with (absent on scans stored before it was recorded). */
  ruleset?: { id: string; version: string };
}

/** A scan as stored, with its source's name. */
export interface ScanRow {
  id: string;
  orgId: string;
  sourceId: string;
  sourceName: string;
  status: ScanStatus;
  industry: string | null;
  sampleRows: number;
  progress: ScanProgressJson;
  summary: ScanSummaryJson | null;
  error: string | null;
  jobId: string | null;
  cancelRequested: boolean;
  createdBy: string;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

const SELECT = `SELECT c.id, c.org_id AS "orgId", c.source_id AS "sourceId", s.name AS "sourceName",
  c.status, c.industry, c.sample_rows AS "sampleRows", c.progress, c.summary, c.error,
  c.job_id AS "jobId", c.cancel_requested AS "cancelRequested", c.created_by AS "createdBy",
  c.created_at AS "createdAt", c.started_at AS "startedAt", c.finished_at AS "finishedAt"
  FROM scans c JOIN data_sources s ON s.id = c.source_id AND s.org_id = c.org_id`;

const SORTABLE: Record<string, string> = {
  createdAt: 'c.created_at',
  status: 'c.status',
  finishedAt: 'c.finished_at',
};

/** Scans and their life cycle. Terminal states are never left again. */
export const scansRepository = {
  async create(
    db: Queryable,
    scan: {
      orgId: string;
      sourceId: string;
      industry: string | null;
      sampleRows: number;
      createdBy: string;
    },
  ): Promise<ScanRow> {
    const inserted = await db.query<{ id: string }>(
      `INSERT INTO scans (org_id, source_id, status, industry, sample_rows, created_by)
       VALUES ($1, $2, 'queued', $3, $4, $5) RETURNING id`,
      [scan.orgId, scan.sourceId, scan.industry, scan.sampleRows, scan.createdBy],
    );
    const row = await scansRepository.get(db, scan.orgId, firstRow(inserted.rows).id);
    if (row === undefined) throw new Error('scan vanished after insert');
    return row;
  },

  async get(db: Queryable, orgId: string, id: string): Promise<ScanRow | undefined> {
    const result = await db.query<ScanRow>(`${SELECT} WHERE c.org_id = $1 AND c.id = $2`, [
      orgId,
      id,
    ]);
    return result.rows[0];
  },

  async list(
    db: Queryable,
    orgId: string,
    query: ListQuery & { status?: ScanStatus | undefined; sourceId?: string | undefined },
  ): Promise<Page<ScanRow>> {
    const where = new Conditions();
    where.add('c.org_id = ?', orgId);
    if (query.status !== undefined) where.add('c.status = ?', query.status);
    if (query.sourceId !== undefined) where.add('c.source_id = ?', query.sourceId);
    return fetchPage<ScanRow>(
      db,
      {
        select: SELECT,
        from: 'scans c',
        sortable: SORTABLE,
        fallbackOrder: 'c.created_at DESC',
        tieBreaker: 'c.id',
      },
      where,
      query,
    );
  },

  async setJobId(db: Queryable, orgId: string, id: string, jobId: string): Promise<void> {
    await db.query('UPDATE scans SET job_id = $3 WHERE org_id = $1 AND id = $2', [
      orgId,
      id,
      jobId,
    ]);
  },

  /** queued → running; false when the scan is no longer queued (cancelled, or a retry). */
  async markRunning(db: Queryable, orgId: string, id: string): Promise<boolean> {
    const result = await db.query(
      `UPDATE scans SET status = 'running', started_at = now() WHERE org_id = $1 AND id = $2 AND status = 'queued'`,
      [orgId, id],
    );
    return result.rowCount === 1;
  },

  async updateProgress(
    db: Queryable,
    orgId: string,
    id: string,
    progress: ScanProgressJson,
  ): Promise<{ cancelRequested: boolean }> {
    const result = await db.query<{ cancelRequested: boolean }>(
      `UPDATE scans SET progress = $3 WHERE org_id = $1 AND id = $2 AND status = 'running'
       RETURNING cancel_requested AS "cancelRequested"`,
      [orgId, id, JSON.stringify(progress)],
    );
    return { cancelRequested: result.rows[0]?.cancelRequested ?? true };
  },

  /** running|queued → a terminal state; false when it was already terminal. */
  async finish(
    db: Queryable,
    orgId: string,
    id: string,
    outcome: {
      status: 'succeeded' | 'failed' | 'cancelled';
      summary?: ScanSummaryJson;
      error?: string;
    },
  ): Promise<boolean> {
    const result = await db.query(
      `UPDATE scans SET status = $3, summary = $4, error = $5, finished_at = now()
       WHERE org_id = $1 AND id = $2 AND status IN ('queued', 'running')`,
      [
        orgId,
        id,
        outcome.status,
        outcome.summary === undefined ? null : JSON.stringify(outcome.summary),
        outcome.error ?? null,
      ],
    );
    return result.rowCount === 1;
  },

  async requestCancel(db: Queryable, orgId: string, id: string): Promise<boolean> {
    const result = await db.query(
      `UPDATE scans SET cancel_requested = true WHERE org_id = $1 AND id = $2 AND status IN ('queued', 'running')`,
      [orgId, id],
    );
    return result.rowCount === 1;
  },

  /** Marks every scan left `running` by a crash as failed; returns them for the audit log. */
  async failInterrupted(
    db: Queryable,
    reason: string,
  ): Promise<{ id: string; orgId: string; jobId: string | null }[]> {
    const result = await db.query<{ id: string; orgId: string; jobId: string | null }>(
      `UPDATE scans SET status = 'failed', error = $1, finished_at = now() WHERE status = 'running'
       RETURNING id, org_id AS "orgId", job_id AS "jobId"`,
      [reason],
    );
    return result.rows;
  },

  /** Every `queued` scan of every org with its job, for the check at start. */
  async listQueued(db: Queryable): Promise<{ id: string; orgId: string; jobId: string | null }[]> {
    const result = await db.query<{ id: string; orgId: string; jobId: string | null }>(
      `SELECT id, org_id AS "orgId", job_id AS "jobId" FROM scans WHERE status = 'queued' ORDER BY created_at, id`,
    );
    return result.rows;
  },

  /** Locks a scan row and tells whether it is still `queued` (requeueing at start). */
  async lockIfQueued(db: Queryable, orgId: string, id: string): Promise<boolean> {
    const result = await db.query(
      `SELECT 1 FROM scans WHERE org_id = $1 AND id = $2 AND status = 'queued' FOR UPDATE`,
      [orgId, id],
    );
    return result.rowCount === 1;
  },

  async latest(db: Queryable, orgId: string, limit: number): Promise<ScanRow[]> {
    const result = await db.query<ScanRow>(
      `${SELECT} WHERE c.org_id = $1 ORDER BY c.created_at DESC, c.id LIMIT $2`,
      [orgId, limit],
    );
    return result.rows;
  },
};
