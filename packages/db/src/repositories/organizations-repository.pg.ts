import type { Queryable } from '../queryable.ts';

/** An organisation (an enterprise, or later a tenant of a province node). */
export interface OrganizationRow {
  id: string;
  name: string;
  createdAt: Date;
}

const COLUMNS = 'id, name, created_at AS "createdAt"';

/** Organisations. The only table without `org_id`: its `id` is the org id. */
export const organizationsRepository = {
  async create(db: Queryable, name: string): Promise<OrganizationRow> {
    const result = await db.query<OrganizationRow>(
      `INSERT INTO organizations (name) VALUES ($1) RETURNING ${COLUMNS}`,
      [name],
    );
    return firstRow(result.rows);
  },

  async first(db: Queryable): Promise<OrganizationRow | undefined> {
    const result = await db.query<OrganizationRow>(
      `SELECT ${COLUMNS} FROM organizations ORDER BY created_at, id LIMIT 1`,
    );
    return result.rows[0];
  },

  async get(db: Queryable, id: string): Promise<OrganizationRow | undefined> {
    const result = await db.query<OrganizationRow>(
      `SELECT ${COLUMNS} FROM organizations WHERE id = $1`,
      [id],
    );
    return result.rows[0];
  },
};

/** The first row of a result that must have one (INSERT … RETURNING). */
export function firstRow<T>(rows: T[]): T {
  const row = rows[0];
  if (row === undefined) throw new Error('expected a row');
  return row;
}
