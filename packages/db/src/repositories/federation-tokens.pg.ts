import type { EnrollmentToken } from '@shuan/core';
import type { Queryable } from '../queryable.ts';

const COLUMNS = `id, secret_hash AS "secretHash", scope, issued_by AS "issuedBy",
  to_char(issued_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "issuedAt",
  to_char(expires_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "expiresAt",
  to_char(used_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "usedAt",
  used_by AS "usedBy",
  to_char(revoked_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "revokedAt"`;

/**
 * Enrollment tokens as core's {@link EnrollmentToken} (ISO times). Only the hash of a
 * token's secret is stored; the rules (expiry, one-time use, revocation) live in core and
 * the conditional updates here make them hold under concurrency.
 */
export const enrollmentTokensRepository = {
  async insert(db: Queryable, token: EnrollmentToken): Promise<void> {
    await db.query(
      `INSERT INTO federation_enrollment_tokens
         (id, secret_hash, scope, issued_by, issued_at, expires_at, used_at, used_by, revoked_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        token.id,
        token.secretHash,
        JSON.stringify(token.scope),
        token.issuedBy,
        token.issuedAt,
        token.expiresAt,
        token.usedAt,
        token.usedBy,
        token.revokedAt,
      ],
    );
  },

  /** The token whose secret hashes to `secretHash`, locked until the transaction ends. */
  async lockBySecretHash(db: Queryable, secretHash: string): Promise<EnrollmentToken | undefined> {
    const result = await db.query<EnrollmentToken>(
      `SELECT ${COLUMNS} FROM federation_enrollment_tokens WHERE secret_hash = $1 FOR UPDATE`,
      [secretHash],
    );
    return result.rows[0];
  },

  /**
   * Marks the token used by `usedBy`; false when it was used or revoked meanwhile, so two
   * children racing with one token cannot both enroll.
   */
  async markUsed(db: Queryable, id: string, usedAt: string, usedBy: string): Promise<boolean> {
    const result = await db.query(
      `UPDATE federation_enrollment_tokens SET used_at = $2, used_by = $3
       WHERE id = $1 AND used_at IS NULL AND revoked_at IS NULL`,
      [id, usedAt, usedBy],
    );
    return result.rowCount === 1;
  },

  /** Revokes a token (the first revocation time is kept); undefined when there is none. */
  async revoke(db: Queryable, id: string, at: Date): Promise<EnrollmentToken | undefined> {
    const result = await db.query<EnrollmentToken>(
      `UPDATE federation_enrollment_tokens SET revoked_at = COALESCE(revoked_at, $2)
       WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, at],
    );
    return result.rows[0];
  },

  /** The most recent tokens first. */
  async list(db: Queryable, limit = 200): Promise<EnrollmentToken[]> {
    const result = await db.query<EnrollmentToken>(
      `SELECT ${COLUMNS} FROM federation_enrollment_tokens ORDER BY issued_at DESC, id LIMIT $1`,
      [limit],
    );
    return result.rows;
  },
};
