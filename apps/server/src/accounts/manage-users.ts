import { sessionsRepository, usersRepository, withTransaction, type UserRow } from '@shuan/db';
import type { CreateUserRequest, UpdateUserRequest } from '@shuan/contracts';
import { appendAudit } from '../audit/append-audit.ts';
import { AppError, MESSAGES } from '../http/app-error.ts';
import type { NodeDeps, Principal } from '../http/context.ts';
import { hashPassword } from './secrets.ts';

/** Creates a user in the admin's org; user names are unique on the node (`USER_EXISTS`). */
export async function createUser(
  deps: NodeDeps,
  admin: Principal,
  input: CreateUserRequest,
): Promise<UserRow> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await withTransaction(deps.pool, async (tx) => {
      const user = await usersRepository.create(tx, {
        orgId: admin.orgId,
        username: input.username,
        displayName: input.displayName,
        role: input.role,
        passwordHash,
      });
      await appendAudit(tx, {
        orgId: admin.orgId,
        actor: admin.username,
        action: 'user.create',
        target: `user:${user.id}`,
        payload: { username: user.username, role: user.role },
      });
      return user;
    });
  } catch (error) {
    if ((error as { code?: string }).code === '23505') {
      throw new AppError('USER_EXISTS', `用户名已存在 / user name ${input.username} is taken`);
    }
    throw error;
  }
}

/**
 * Changes a user of the admin's org: name, role, disabled, or a password reset (which also
 * unlocks). Disabling or resetting ends the user's sessions. Admins cannot disable or demote
 * themselves, so an org never loses its last way in by accident.
 */
export async function updateUser(
  deps: NodeDeps,
  admin: Principal,
  id: string,
  input: UpdateUserRequest,
): Promise<UserRow> {
  if (
    id === admin.userId &&
    (input.disabled === true || (input.role !== undefined && input.role !== 'admin'))
  ) {
    throw new AppError(
      'USER_SELF_LOCKOUT',
      '不能停用自己或取消自己的管理员角色 / you cannot disable or demote yourself',
    );
  }
  const passwordHash =
    input.password === undefined ? undefined : await hashPassword(input.password);
  return withTransaction(deps.pool, async (tx) => {
    const changed = await usersRepository.update(tx, admin.orgId, id, {
      displayName: input.displayName,
      role: input.role,
      disabled: input.disabled,
      passwordHash,
    });
    if (!changed) throw new AppError('USER_NOT_FOUND', MESSAGES.notFound('用户', 'user'));
    if (input.disabled === true || passwordHash !== undefined)
      await sessionsRepository.deleteForUser(tx, admin.orgId, id);
    const fields = Object.keys(input).map((key) => (key === 'password' ? 'passwordReset' : key));
    await appendAudit(tx, {
      orgId: admin.orgId,
      actor: admin.username,
      action: 'user.update',
      target: `user:${id}`,
      payload: { fields, role: input.role ?? null, disabled: input.disabled ?? null },
    });
    const user = await usersRepository.get(tx, admin.orgId, id);
    if (user === undefined) throw new AppError('USER_NOT_FOUND', MESSAGES.notFound('用户', 'user'));
    return user;
  });
}
