import type { Queryable } from '../queryable.ts';
import type { UserRole } from './users-repository.pg.ts';

/** Who is calling: the user behind a session or an API token. */
export interface PrincipalRow {
  userId: string;
  orgId: string;
  orgName: string;
  username: string;
  displayName: string;
  role: UserRole;
}

/** A live session with its CSRF token. */
export interface SessionRow extends PrincipalRow {
  csrfToken: string;
  expiresAt: Date;
}

const PRINCIPAL = `u.id AS "userId", u.org_id AS "orgId", o.name AS "orgName", u.username,
  u.display_name AS "displayName", u.role`;

/** Web sessions, stored by the hash of the cookie value so a database leak opens none. */
export const sessionsRepository = {
  async create(
    db: Queryable,
    session: { idHash: string; orgId: string; userId: string; csrfToken: string; expiresAt: Date },
  ): Promise<void> {
    await db.query(
      `INSERT INTO sessions (id_hash, org_id, user_id, csrf_token, expires_at) VALUES ($1, $2, $3, $4, $5)`,
      [session.idHash, session.orgId, session.userId, session.csrfToken, session.expiresAt],
    );
  },

  /**
   * The live session of a cookie hash; expired sessions and disabled users find nothing.
   * Runs on every request of a signed-in user, so it is a named (prepared) statement: each
   * pooled connection parses and plans it once.
   */
  async find(db: Queryable, idHash: string): Promise<SessionRow | undefined> {
    const result = await db.query<SessionRow>({
      name: 'sessions-find',
      text: `SELECT ${PRINCIPAL}, s.csrf_token AS "csrfToken", s.expires_at AS "expiresAt" FROM sessions s
       JOIN users u ON u.id = s.user_id AND u.org_id = s.org_id
       JOIN organizations o ON o.id = u.org_id
       WHERE s.id_hash = $1 AND s.expires_at > now() AND NOT u.disabled`,
      values: [idHash],
    });
    return result.rows[0];
  },

  async delete(db: Queryable, idHash: string): Promise<void> {
    await db.query('DELETE FROM sessions WHERE id_hash = $1', [idHash]);
  },

  async deleteForUser(db: Queryable, orgId: string, userId: string): Promise<void> {
    await db.query('DELETE FROM sessions WHERE org_id = $1 AND user_id = $2', [orgId, userId]);
  },
};

/** An API token as listed (never its secret). */
export interface ApiTokenRow {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}

const TOKEN_COLUMNS = `id, name, prefix, created_at AS "createdAt", last_used_at AS "lastUsedAt"`;

/** API tokens of users, stored by SM3 hash; each user sees and deletes only their own. */
export const apiTokensRepository = {
  async create(
    db: Queryable,
    token: { orgId: string; userId: string; name: string; tokenHash: string; prefix: string },
  ): Promise<ApiTokenRow> {
    const result = await db.query<ApiTokenRow>(
      `INSERT INTO api_tokens (org_id, user_id, name, token_hash, prefix) VALUES ($1, $2, $3, $4, $5)
       RETURNING ${TOKEN_COLUMNS}`,
      [token.orgId, token.userId, token.name, token.tokenHash, token.prefix],
    );
    const row = result.rows[0];
    if (row === undefined) throw new Error('expected a row');
    return row;
  },

  async list(db: Queryable, orgId: string, userId: string): Promise<ApiTokenRow[]> {
    const result = await db.query<ApiTokenRow>(
      `SELECT ${TOKEN_COLUMNS} FROM api_tokens WHERE org_id = $1 AND user_id = $2 ORDER BY created_at, id`,
      [orgId, userId],
    );
    return result.rows;
  },

  async delete(
    db: Queryable,
    orgId: string,
    userId: string,
    id: string,
  ): Promise<ApiTokenRow | undefined> {
    const result = await db.query<ApiTokenRow>(
      `DELETE FROM api_tokens WHERE org_id = $1 AND user_id = $2 AND id = $3 RETURNING ${TOKEN_COLUMNS}`,
      [orgId, userId, id],
    );
    return result.rows[0];
  },

  /** The principal of a token hash (and marks it used); disabled users find nothing. */
  async findPrincipal(db: Queryable, tokenHash: string): Promise<PrincipalRow | undefined> {
    const result = await db.query<PrincipalRow>(
      `UPDATE api_tokens t SET last_used_at = now() FROM users u JOIN organizations o ON o.id = u.org_id
       WHERE t.token_hash = $1 AND u.id = t.user_id AND u.org_id = t.org_id AND NOT u.disabled
       RETURNING ${PRINCIPAL}`,
      [tokenHash],
    );
    return result.rows[0];
  },
};
