import { randomBytes, randomUUID } from 'node:crypto';
import {
  checkEnrollment,
  hasCapability,
  issueEnrollmentToken,
  type EnrollmentScope,
  type EnrollmentToken,
} from '@shuan/core';
import {
  enrollmentTokensRepository,
  federationPeersRepository,
  organizationsRepository,
  withTransaction,
  type PeerRow,
} from '@shuan/db';
import { isUscc, sm3 } from '@shuan/tools';
import { appendAudit } from '../audit/append-audit.ts';
import { AppError, MESSAGES } from '../http/app-error.ts';
import type { NodeDeps, Principal } from '../http/context.ts';
import { fedError } from './fed-error.ts';

/** Prefix of enrollment token secrets, so a leaked one is recognisable in logs and scanners. */
export const ENROLLMENT_TOKEN_PREFIX = 'shuan_enroll_';

function requireParent(deps: NodeDeps): void {
  if (!hasCapability(deps.config.role, 'receives-filings')) throw fedError('FED_NOT_A_PARENT');
}

/**
 * The federation belongs to the node, not to a tenant: only the node's own organisation
 * (the first, created at first start) administers it. A tenant's admin on a province node
 * gets FORBIDDEN.
 */
export async function requireNodeOperator(
  deps: NodeDeps,
  principal: Principal,
  refusal: () => AppError = () => new AppError('FORBIDDEN', MESSAGES.forbidden),
): Promise<void> {
  const own = await organizationsRepository.first(deps.pool);
  if (own?.id !== principal.orgId) throw refusal();
}

/**
 * Issues a one-time enrollment token for a child in `scope`. The secret is random (32
 * bytes), returned once and stored only as its SM3; an enterprise scope's USCC must have a
 * valid check digit. Audited in the admin's organisation.
 */
export async function issueToken(
  deps: NodeDeps,
  principal: Principal,
  input: { scope: EnrollmentScope; ttlHours?: number | undefined },
): Promise<{ token: EnrollmentToken; secret: string }> {
  await requireNodeOperator(deps, principal);
  requireParent(deps);
  if (input.scope.kind === 'enterprise' && !isUscc(input.scope.uscc)) {
    throw new AppError(
      'VALIDATION_FAILED',
      '统一社会信用代码校验位错误 / the unified social credit code fails its check digit',
    );
  }
  const secret = `${ENROLLMENT_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const token = issueEnrollmentToken({
    id: randomUUID(),
    secretHash: sm3(secret),
    scope: input.scope,
    issuedBy: principal.username,
    now: new Date(),
    ...(input.ttlHours !== undefined && { ttlMs: input.ttlHours * 3600 * 1000 }),
  });
  await withTransaction(deps.pool, async (tx) => {
    await enrollmentTokensRepository.insert(tx, token);
    await appendAudit(tx, {
      orgId: principal.orgId,
      actor: principal.username,
      action: 'federation.token.issue',
      target: `enrollment-token:${token.id}`,
      payload: { scope: token.scope, expiresAt: token.expiresAt },
    });
  });
  return { token, secret };
}

/** Revokes a token (a used one stays used: suspend the child to cut it off). */
export async function revokeToken(
  deps: NodeDeps,
  principal: Principal,
  id: string,
): Promise<EnrollmentToken> {
  // A tenant sees no token rather than learning that one exists.
  await requireNodeOperator(deps, principal, () => fedError('FED_TOKEN_NOT_FOUND'));
  return withTransaction(deps.pool, async (tx) => {
    const token = await enrollmentTokensRepository.revoke(tx, id, new Date());
    if (token === undefined) throw fedError('FED_TOKEN_NOT_FOUND');
    await appendAudit(tx, {
      orgId: principal.orgId,
      actor: principal.username,
      action: 'federation.token.revoke',
      target: `enrollment-token:${id}`,
    });
    return token;
  });
}

/** Suspends or resumes a child: a suspended child's pushes and pulls are refused and recorded. */
export async function setChildStatus(
  deps: NodeDeps,
  principal: Principal,
  nodeId: string,
  status: PeerRow['status'],
): Promise<PeerRow> {
  await requireNodeOperator(deps, principal, () => fedError('FED_PEER_NOT_FOUND'));
  return withTransaction(deps.pool, async (tx) => {
    const peer = await federationPeersRepository.setChildStatus(tx, nodeId, status);
    if (peer === undefined) throw fedError('FED_PEER_NOT_FOUND');
    await appendAudit(tx, {
      orgId: principal.orgId,
      actor: principal.username,
      action: status === 'suspended' ? 'federation.child.suspend' : 'federation.child.resume',
      target: `node:${nodeId}`,
    });
    return peer;
  });
}

/** A token's state for listing: revoked, used, expired or active (core's precedence). */
export function tokenState(
  token: EnrollmentToken,
  now: Date,
): 'active' | 'used' | 'expired' | 'revoked' {
  const check = checkEnrollment(token, now);
  if (check.ok) return 'active';
  return check.code === 'FED_TOKEN_REVOKED'
    ? 'revoked'
    : check.code === 'FED_TOKEN_USED'
      ? 'used'
      : 'expired';
}
