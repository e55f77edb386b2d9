import { Conditions, fetchPage, type ListQuery, type Page } from '../list-query.ts';
import type { Queryable } from '../queryable.ts';
import { firstRow } from './organizations-repository.pg.ts';

/** Roles of a user within an organisation. */
export type UserRole = 'admin' | 'officer' | 'reviewer' | 'auditor';

/** A user account as stored. `passwordHash` never leaves the server. */
export interface UserRow {
  id: string;
  orgId: string;
  orgName: string;
  username: string;
  displayName: string;
  role: UserRole;
  passwordHash: string;
  disabled: boolean;
  failedLogins: number;
  lockedUntil: Date | null;
  createdAt: Date;
}

/** Fields of a new user. */
export interface NewUser {
  orgId: string;
  username: string;
  displayName: string;
  role: UserRole;
  passwordHash: string;
}

/** Fields an admin may change. */
export interface UserPatch {
  displayName?: string | undefined;
  role?: UserRole | undefined;
  disabled?: boolean | undefined;
  passwordHash?: string | undefined;
}

const SELECT = `SELECT u.id, u.org_id AS "orgId", o.name AS "orgName", u.username,
  u.display_name AS "displayName", u.role, u.password_hash AS "passwordHash", u.disabled,
  u.failed_logins AS "failedLogins", u.locked_until AS "lockedUntil", u.created_at AS "createdAt"
  FROM users u JOIN organizations o ON o.id = u.org_id`;

const SORTABLE: Record<string, string> = {
  username: 'u.username',
  role: 'u.role',
  createdAt: 'u.created_at',
};

/** User accounts; every read and write but the login look-up is scoped to an org. */
export const usersRepository = {
  async create(db: Queryable, user: NewUser): Promise<UserRow> {
    const inserted = await db.query<{ id: string }>(
      `INSERT INTO users (org_id, username, display_name, role, password_hash)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [user.orgId, user.username, user.displayName, user.role, user.passwordHash],
    );
    const row = await usersRepository.get(db, user.orgId, firstRow(inserted.rows).id);
    if (row === undefined) throw new Error('user vanished after insert');
    return row;
  },

  /** Login look-up: usernames are unique across the node, so this is the one unscoped read. */
  async findByUsername(db: Queryable, username: string): Promise<UserRow | undefined> {
    const result = await db.query<UserRow>(`${SELECT} WHERE u.username = $1`, [username]);
    return result.rows[0];
  },

  async get(db: Queryable, orgId: string, id: string): Promise<UserRow | undefined> {
    const result = await db.query<UserRow>(`${SELECT} WHERE u.org_id = $1 AND u.id = $2`, [
      orgId,
      id,
    ]);
    return result.rows[0];
  },

  async list(
    db: Queryable,
    orgId: string,
    query: ListQuery & { role?: UserRole | undefined; q?: string | undefined },
  ): Promise<Page<UserRow>> {
    const where = new Conditions();
    where.add('u.org_id = ?', orgId);
    if (query.role !== undefined) where.add('u.role = ?', query.role);
    if (query.q !== undefined)
      where.add('(u.username ILIKE ? OR u.display_name ILIKE ?)', `%${query.q}%`, `%${query.q}%`);
    return fetchPage<UserRow>(
      db,
      {
        select: SELECT,
        from: 'users u',
        sortable: SORTABLE,
        fallbackOrder: 'u.created_at ASC',
        tieBreaker: 'u.id',
      },
      where,
      query,
    );
  },

  async update(db: Queryable, orgId: string, id: string, patch: UserPatch): Promise<boolean> {
    const result = await db.query(
      `UPDATE users SET display_name = COALESCE($3, display_name), role = COALESCE($4, role),
         disabled = COALESCE($5, disabled), password_hash = COALESCE($6, password_hash),
         failed_logins = CASE WHEN $6::text IS NULL THEN failed_logins ELSE 0 END,
         locked_until = CASE WHEN $6::text IS NULL THEN locked_until ELSE NULL END
       WHERE org_id = $1 AND id = $2`,
      [
        orgId,
        id,
        patch.displayName ?? null,
        patch.role ?? null,
        patch.disabled ?? null,
        patch.passwordHash ?? null,
      ],
    );
    return result.rowCount === 1;
  },

  /** Counts a failed login; at `limit` failures the account locks until `lockUntil`. */
  async recordFailedLogin(
    db: Queryable,
    id: string,
    limit: number,
    lockUntil: Date,
  ): Promise<boolean> {
    const result = await db.query<{ locked: boolean }>(
      `UPDATE users SET
         failed_logins = CASE WHEN failed_logins + 1 >= $2 THEN 0 ELSE failed_logins + 1 END,
         locked_until = CASE WHEN failed_logins + 1 >= $2 THEN $3 ELSE locked_until END
       WHERE id = $1 RETURNING (locked_until IS NOT NULL AND locked_until > now()) AS locked`,
      [id, limit, lockUntil],
    );
    return result.rows[0]?.locked ?? false;
  },

  async recordSuccessfulLogin(db: Queryable, id: string): Promise<void> {
    await db.query('UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = $1', [id]);
  },

  async countInOrg(db: Queryable, orgId: string): Promise<number> {
    const result = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM users WHERE org_id = $1',
      [orgId],
    );
    return result.rows[0]?.n ?? 0;
  },
};
