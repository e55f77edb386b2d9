import type { Queryable } from '../queryable.ts';

/** A checklist version this node published or received (migration 0017). */
export interface ChecklistVersionRow {
  checklistId: string;
  version: string;
  sm3: string;
  checklist: Record<string, unknown>;
  origin: 'published' | 'received';
  publishedBy: string;
  publishedAt: Date;
  publishedUser: string | null;
  receivedFrom: string | null;
  envelopeId: string | null;
  /** Why a received version is not used (bad checklist, digest or publisher); null when usable. */
  problem: string | null;
  createdAt: Date;
}

const COLUMNS = `checklist_id AS "checklistId", version, sm3, checklist, origin,
  published_by AS "publishedBy", published_at AS "publishedAt", published_user AS "publishedUser",
  received_from AS "receivedFrom", envelope_id AS "envelopeId", problem, created_at AS "createdAt"`;

// Numeric order of `major.minor.patch`, so that 1.10.0 sorts after 1.9.0.
const NEWEST_FIRST = `string_to_array(version, '.')::int[] DESC`;

/** The checklist versions a node holds (node-level, not per organisation). */
export const assessmentChecklistsRepository = {
  /** Stores a version; false when it is held already (same id, version and publisher). */
  async insert(db: Queryable, row: Omit<ChecklistVersionRow, 'createdAt'>): Promise<boolean> {
    const result = await db.query(
      `INSERT INTO assessment_checklists (checklist_id, version, sm3, checklist, origin,
         published_by, published_at, published_user, received_from, envelope_id, problem)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT DO NOTHING`,
      [
        row.checklistId,
        row.version,
        row.sm3,
        JSON.stringify(row.checklist),
        row.origin,
        row.publishedBy,
        row.publishedAt,
        row.publishedUser,
        row.receivedFrom,
        row.envelopeId,
        row.problem,
      ],
    );
    return result.rowCount === 1;
  },

  /** The newest usable version of every checklist id held, with its body. */
  async newestOfEach(db: Queryable): Promise<ChecklistVersionRow[]> {
    const result = await db.query<ChecklistVersionRow>(
      `SELECT DISTINCT ON (checklist_id) ${COLUMNS} FROM assessment_checklists
       WHERE problem IS NULL ORDER BY checklist_id, ${NEWEST_FIRST}`,
    );
    return result.rows;
  },

  /** The usable versions of one id (without bodies): who publishes it, and which versions. */
  async versionsOf(
    db: Queryable,
    checklistId: string,
  ): Promise<{ version: string; publishedBy: string; origin: 'published' | 'received' }[]> {
    const result = await db.query<{
      version: string;
      publishedBy: string;
      origin: 'published' | 'received';
    }>(
      `SELECT version, published_by AS "publishedBy", origin FROM assessment_checklists
       WHERE checklist_id = $1 AND problem IS NULL ORDER BY ${NEWEST_FIRST}`,
      [checklistId],
    );
    return result.rows;
  },

  /** One usable version with its body, if held. */
  async get(
    db: Queryable,
    checklistId: string,
    version: string,
  ): Promise<ChecklistVersionRow | undefined> {
    const result = await db.query<ChecklistVersionRow>(
      `SELECT ${COLUMNS} FROM assessment_checklists
       WHERE checklist_id = $1 AND version = $2 AND problem IS NULL`,
      [checklistId, version],
    );
    return result.rows[0];
  },

  /** Every version held (usable or not), by id, newest first, with bodies (they are small). */
  async list(db: Queryable): Promise<ChecklistVersionRow[]> {
    const result = await db.query<ChecklistVersionRow>(
      `SELECT ${COLUMNS} FROM assessment_checklists
       ORDER BY checklist_id, ${NEWEST_FIRST}, created_at DESC LIMIT 500`,
    );
    return result.rows;
  },

  /** Serialises publications and receipts of one id until the transaction ends. */
  async lockChecklistId(db: Queryable, checklistId: string): Promise<void> {
    await db.query(`SELECT pg_advisory_xact_lock(hashtext('assessment-checklist:' || $1))`, [
      checklistId,
    ]);
  },
};
