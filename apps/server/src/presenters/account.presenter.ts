import type { ApiTokenRow, UserRow } from '@shuan/db';
import type { ApiToken, MeResponse, User } from '@shuan/contracts';
import type { Principal } from '../http/context.ts';
import { iso, isoOrNull } from './iso.ts';

/** A user row as the API shows it: never the password hash or failure counter. */
export function presentUser(row: UserRow): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    disabled: row.disabled,
    lockedUntil:
      row.lockedUntil !== null && row.lockedUntil > new Date() ? iso(row.lockedUntil) : null,
    createdAt: iso(row.createdAt),
  };
}

/** The signed-in user and the CSRF token of the session. */
export function presentMe(principal: Omit<Principal, 'sessionHash'>): MeResponse {
  return {
    user: {
      id: principal.userId,
      username: principal.username,
      displayName: principal.displayName,
      role: principal.role,
      orgId: principal.orgId,
      orgName: principal.orgName,
    },
    csrfToken: principal.csrfToken,
  };
}

/** An API token as listed. */
export function presentToken(row: ApiTokenRow): ApiToken {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: iso(row.createdAt),
    lastUsedAt: isoOrNull(row.lastUsedAt),
  };
}
