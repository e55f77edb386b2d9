import type { Queryable } from '../queryable.ts';

/** A rule-pack version this node published or received (migration 0008). */
export interface RulePackRow {
  packId: string;
  version: string;
  sm3: string;
  pack: Record<string, unknown>;
  origin: 'published' | 'received';
  publishedBy: string;
  receivedFrom: string | null;
  publishedUser: string | null;
  envelopeId: string | null;
  /** Why a received version is not used (bad schema or digest); null when it is usable. */
  problem: string | null;
  createdAt: Date;
}

const COLUMNS = `pack_id AS "packId", version, sm3, pack, origin, published_by AS "publishedBy",
  received_from AS "receivedFrom", published_user AS "publishedUser", envelope_id AS "envelopeId",
  problem, created_at AS "createdAt"`;

const NEWEST_FIRST = 'version_year DESC, version_rev DESC';

function versionParts(version: string): [number, number] {
  const [year = 0, revision = 0] = version.split('.').map(Number);
  return [year, revision];
}

/** The rule-pack versions a node holds (node-level, not per organisation). */
export const rulePacksRepository = {
  /** Stores a version; false when this pack id and version are held already. */
  async insert(db: Queryable, row: Omit<RulePackRow, 'createdAt'>): Promise<boolean> {
    const [year, revision] = versionParts(row.version);
    const result = await db.query(
      `INSERT INTO rule_packs (pack_id, version, version_year, version_rev, sm3, pack, origin,
         published_by, received_from, published_user, envelope_id, problem)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT DO NOTHING`,
      [
        row.packId,
        row.version,
        year,
        revision,
        row.sm3,
        JSON.stringify(row.pack),
        row.origin,
        row.publishedBy,
        row.receivedFrom,
        row.publishedUser,
        row.envelopeId,
        row.problem,
      ],
    );
    return result.rowCount === 1;
  },

  /** The newest usable version of a pack id, if any. */
  async newest(db: Queryable, packId: string): Promise<RulePackRow | undefined> {
    const result = await db.query<RulePackRow>(
      `SELECT ${COLUMNS} FROM rule_packs WHERE pack_id = $1 AND problem IS NULL
       ORDER BY ${NEWEST_FIRST} LIMIT 1`,
      [packId],
    );
    return result.rows[0];
  },

  /** The newest usable version of every pack id held: id → version. */
  async newestVersions(db: Queryable): Promise<Map<string, string>> {
    const result = await db.query<{ packId: string; version: string }>(
      `SELECT DISTINCT ON (pack_id) pack_id AS "packId", version FROM rule_packs
       WHERE problem IS NULL ORDER BY pack_id, ${NEWEST_FIRST}`,
    );
    return new Map(result.rows.map((row) => [row.packId, row.version]));
  },

  /** Every version held, by pack id, newest first (without the pack bodies). */
  async list(db: Queryable): Promise<Omit<RulePackRow, 'pack'>[]> {
    const result = await db.query<Omit<RulePackRow, 'pack'>>(
      `SELECT pack_id AS "packId", version, sm3, origin, published_by AS "publishedBy",
         received_from AS "receivedFrom", published_user AS "publishedUser",
         envelope_id AS "envelopeId", problem, created_at AS "createdAt"
       FROM rule_packs ORDER BY pack_id, ${NEWEST_FIRST}`,
    );
    return result.rows;
  },

  /** Serialises publications of one pack id until the transaction ends (version must grow). */
  async lockPackId(db: Queryable, packId: string): Promise<void> {
    await db.query(`SELECT pg_advisory_xact_lock(hashtext('rule-pack:' || $1))`, [packId]);
  },
};
