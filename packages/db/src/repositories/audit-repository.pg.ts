import { Conditions, pageClause, type ListQuery, type Page } from '../list-query.ts';
import type { Queryable } from '../queryable.ts';

/** One audit log entry as stored. */
export interface AuditRow {
  seq: number;
  orgId: string;
  at: Date;
  actor: string;
  action: string;
  target: string;
  payload: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

/** Filters of the audit list. */
export interface AuditFilter {
  action?: string | undefined;
  actor?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
}

const COLUMNS = `seq::float8 AS seq, org_id AS "orgId", at, actor, action, target, payload,
  prev_hash AS "prevHash", hash`;

/**
 * The append-only audit log. Appending is two steps inside the caller's transaction:
 * {@link auditRepository.lockChainHead} (serialises an org's chain and returns its last
 * hash), then {@link auditRepository.insert} with the hash computed by the caller.
 */
export const auditRepository = {
  /**
   * Takes the org's chain lock until the transaction ends; returns the last entry's seq and
   * hash, or null for an empty chain.
   */
  async lockChainHead(db: Queryable, orgId: string): Promise<{ seq: number; hash: string } | null> {
    await db.query(`SELECT pg_advisory_xact_lock(hashtext('audit:' || $1))`, [orgId]);
    const result = await db.query<{ head: string; hash: string }>(
      'SELECT seq::text AS head, hash FROM audit_log WHERE org_id = $1 ORDER BY audit_log.seq DESC LIMIT 1',
      [orgId],
    );
    const row = result.rows[0];
    return row === undefined ? null : { seq: Number(row.head), hash: row.hash };
  },

  async insert(db: Queryable, row: AuditRow): Promise<void> {
    await db.query(
      `INSERT INTO audit_log (org_id, seq, at, actor, action, target, payload, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        row.orgId,
        row.seq,
        row.at,
        row.actor,
        row.action,
        row.target,
        JSON.stringify(row.payload),
        row.prevHash,
        row.hash,
      ],
    );
  },

  async list(
    db: Queryable,
    orgId: string,
    query: ListQuery & AuditFilter,
  ): Promise<Page<AuditRow>> {
    const where = new Conditions();
    where.add('org_id = ?', orgId);
    if (query.action !== undefined) where.add('action = ?', query.action);
    if (query.actor !== undefined) where.add('actor = ?', query.actor);
    if (query.from !== undefined) where.add('at >= ?', query.from);
    if (query.to !== undefined) where.add('at <= ?', query.to);
    // `audit_log.seq`, not `seq`: in ORDER BY a bare `seq` is the output column `seq::float8`,
    // which no index provides (every page would sort the whole log).
    const clause = pageClause(
      query,
      { seq: 'audit_log.seq', at: 'at', action: 'action', actor: 'actor' },
      'audit_log.seq DESC',
      'audit_log.seq',
    );
    const rows = await db.query<AuditRow>(
      `SELECT ${COLUMNS} FROM audit_log ${where.where()} ${clause}`,
      where.params,
    );
    // `seq` is contiguous per org from 1, so without filters the total is the last seq: one
    // index probe instead of counting millions of rows.
    const unfiltered = where.params.length === 1;
    const count = await db.query<{ n: number }>(
      unfiltered
        ? 'SELECT coalesce(max(seq), 0)::int AS n FROM audit_log WHERE org_id = $1'
        : `SELECT count(*)::int AS n FROM audit_log ${where.where()}`,
      where.params,
    );
    return {
      items: rows.rows,
      total: count.rows[0]?.n ?? 0,
      page: query.page,
      pageSize: query.pageSize,
    };
  },

  /** Every entry of one org (or of all orgs), in chain order, for verification. */
  async readChain(db: Queryable, orgId?: string): Promise<AuditRow[]> {
    const result =
      orgId === undefined
        ? await db.query<AuditRow>(`SELECT ${COLUMNS} FROM audit_log ORDER BY org_id, seq`)
        : await db.query<AuditRow>(
            `SELECT ${COLUMNS} FROM audit_log WHERE org_id = $1 ORDER BY seq`,
            [orgId],
          );
    return result.rows;
  },
};

/**
 * The fields of an entry that its hash covers, as a plain object for canonical JSON:
 * everything but the hashes themselves. Shared by the writer and by every verifier
 * (the server's `/audit/verify` and `shuan audit verify`), so they cannot drift apart.
 */
export function auditHashedFields(
  row: Pick<AuditRow, 'seq' | 'orgId' | 'at' | 'actor' | 'action' | 'target' | 'payload'>,
): Record<string, unknown> {
  return {
    seq: row.seq,
    orgId: row.orgId,
    at: row.at.toISOString(),
    actor: row.actor,
    action: row.action,
    target: row.target,
    payload: row.payload,
  };
}

/** A stored entry in the shape `verifyChain` of `@shuan/tools` checks. */
export interface AuditChainEntry {
  seq: number;
  prevHash: string;
  hash: string;
  payload: string;
}

/**
 * Groups audit rows (in chain order) by org and turns each into the entry the chain
 * verifier checks; `canonical` is `canonicalJson` of `@shuan/tools`, passed in so that this
 * package stays free of crypto.
 */
export function auditChainsOf(
  rows: AuditRow[],
  canonical: (value: unknown) => string,
): Map<string, AuditChainEntry[]> {
  const chains = new Map<string, AuditChainEntry[]>();
  for (const row of rows) {
    const chain = chains.get(row.orgId) ?? [];
    chain.push({
      seq: row.seq,
      prevHash: row.prevHash,
      hash: row.hash,
      payload: canonical(auditHashedFields(row)),
    });
    chains.set(row.orgId, chain);
  }
  return chains;
}
