import { Conditions, fetchPage, type ListQuery, type Page } from '../list-query.ts';
import type { Queryable } from '../queryable.ts';
import { firstRow } from './organizations-repository.pg.ts';

/** Kinds of data source the node registers. */
export type DataSourceKind = 'postgres' | 'mysql' | 'sqlite' | 'files';

/** A data source as stored. `sealedSecret` is SM4-sealed and never leaves the server. */
export interface SourceRow {
  id: string;
  orgId: string;
  name: string;
  kind: DataSourceKind;
  target: string;
  sealedSecret: string | null;
  createdAt: Date;
  updatedAt: Date;
  lastScanId: string | null;
  lastScanStatus: string | null;
  lastScanAt: Date | null;
}

const SELECT = `SELECT s.id, s.org_id AS "orgId", s.name, s.kind, s.target,
  s.sealed_secret AS "sealedSecret", s.created_at AS "createdAt", s.updated_at AS "updatedAt",
  ls.id AS "lastScanId", ls.status AS "lastScanStatus", ls.created_at AS "lastScanAt"
  FROM data_sources s
  LEFT JOIN LATERAL (SELECT id, status, created_at FROM scans
    WHERE scans.org_id = s.org_id AND scans.source_id = s.id ORDER BY created_at DESC, id DESC LIMIT 1) ls ON true`;

const SORTABLE: Record<string, string> = {
  name: 's.name',
  kind: 's.kind',
  createdAt: 's.created_at',
};

/** Data sources of an organisation. */
export const sourcesRepository = {
  /** Inserts with a caller-chosen id, because the sealed password binds the id as AAD. */
  async create(
    db: Queryable,
    source: {
      id: string;
      orgId: string;
      name: string;
      kind: DataSourceKind;
      target: string;
      sealedSecret: string | null;
    },
  ): Promise<SourceRow> {
    await db.query(
      `INSERT INTO data_sources (id, org_id, name, kind, target, sealed_secret) VALUES ($1, $2, $3, $4, $5, $6)`,
      [source.id, source.orgId, source.name, source.kind, source.target, source.sealedSecret],
    );
    return firstRow(await sourcesRepository.getMany(db, source.orgId, [source.id]));
  },

  async get(db: Queryable, orgId: string, id: string): Promise<SourceRow | undefined> {
    return (await sourcesRepository.getMany(db, orgId, [id]))[0];
  },

  async getMany(db: Queryable, orgId: string, ids: string[]): Promise<SourceRow[]> {
    const result = await db.query<SourceRow>(
      `${SELECT} WHERE s.org_id = $1 AND s.id = ANY($2::uuid[])`,
      [orgId, ids],
    );
    return result.rows;
  },

  async list(
    db: Queryable,
    orgId: string,
    query: ListQuery & { kind?: DataSourceKind | undefined; q?: string | undefined },
  ): Promise<Page<SourceRow>> {
    const where = new Conditions();
    where.add('s.org_id = ?', orgId);
    if (query.kind !== undefined) where.add('s.kind = ?', query.kind);
    if (query.q !== undefined) where.add('s.name ILIKE ?', `%${query.q}%`);
    return fetchPage<SourceRow>(
      db,
      {
        select: SELECT,
        from: 'data_sources s',
        sortable: SORTABLE,
        fallbackOrder: 's.created_at ASC',
        tieBreaker: 's.id',
      },
      where,
      query,
    );
  },

  async update(
    db: Queryable,
    orgId: string,
    id: string,
    patch: {
      name?: string | undefined;
      target?: string | undefined;
      sealedSecret?: string | null | undefined;
    },
  ): Promise<boolean> {
    const result = await db.query(
      `UPDATE data_sources SET name = COALESCE($3, name), target = COALESCE($4, target),
         sealed_secret = CASE WHEN $5 THEN $6 ELSE sealed_secret END, updated_at = now()
       WHERE org_id = $1 AND id = $2`,
      [
        orgId,
        id,
        patch.name ?? null,
        patch.target ?? null,
        patch.sealedSecret !== undefined,
        patch.sealedSecret ?? null,
      ],
    );
    return result.rowCount === 1;
  },

  async delete(db: Queryable, orgId: string, id: string): Promise<boolean> {
    const result = await db.query('DELETE FROM data_sources WHERE org_id = $1 AND id = $2', [
      orgId,
      id,
    ]);
    return result.rowCount === 1;
  },
};
