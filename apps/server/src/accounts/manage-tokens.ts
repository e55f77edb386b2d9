import { apiTokensRepository, withTransaction, type ApiTokenRow } from '@shuan/db';
import { appendAudit } from '../audit/append-audit.ts';
import { AppError, MESSAGES } from '../http/app-error.ts';
import type { NodeDeps, Principal } from '../http/context.ts';
import { hashSecret, randomSecret, TOKEN_PREFIX } from './secrets.ts';

/** Creates an API token for the caller; the secret is returned once and stored as its SM3 hash. */
export async function createToken(
  deps: NodeDeps,
  principal: Principal,
  name: string,
): Promise<{ token: ApiTokenRow; secret: string }> {
  const secret = `${TOKEN_PREFIX}${randomSecret()}`;
  const token = await withTransaction(deps.pool, async (tx) => {
    const created = await apiTokensRepository.create(tx, {
      orgId: principal.orgId,
      userId: principal.userId,
      name,
      tokenHash: hashSecret(secret),
      prefix: secret.slice(0, TOKEN_PREFIX.length + 4),
    });
    await appendAudit(tx, {
      orgId: principal.orgId,
      actor: principal.username,
      action: 'token.create',
      target: `token:${created.id}`,
      payload: { name },
    });
    return created;
  });
  return { token, secret };
}

/** Deletes one of the caller's own tokens (`TOKEN_NOT_FOUND` for anyone else's). */
export async function deleteToken(deps: NodeDeps, principal: Principal, id: string): Promise<void> {
  await withTransaction(deps.pool, async (tx) => {
    const deleted = await apiTokensRepository.delete(tx, principal.orgId, principal.userId, id);
    if (deleted === undefined)
      throw new AppError('TOKEN_NOT_FOUND', MESSAGES.notFound('令牌', 'token'));
    await appendAudit(tx, {
      orgId: principal.orgId,
      actor: principal.username,
      action: 'token.delete',
      target: `token:${id}`,
      payload: { name: deleted.name },
    });
  });
}
