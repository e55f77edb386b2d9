import { sessionsRepository, usersRepository, withTransaction } from '@shuan/db';
import type { LoginRequest } from '@shuan/contracts';
import { appendAudit } from '../audit/append-audit.ts';
import { AppError } from '../http/app-error.ts';
import type { NodeDeps, Principal } from '../http/context.ts';
import { hashPassword, hashSecret, randomSecret, verifyPassword } from './secrets.ts';

/** Failed logins that lock an account. */
export const LOCKOUT_FAILURES = 5;
/** How long a locked account stays locked. */
export const LOCKOUT_MS = 15 * 60 * 1000;

const INVALID = '用户名或密码错误 / wrong user name or password';
const LOCKED =
  '登录失败次数过多，账号已锁定 15 分钟 / too many failed logins, account locked for 15 minutes';

/** Verified against unknown user names so that they take as long as known ones. */
let dummyHash: Promise<string> | undefined;

/** A new session: the cookie value (shown once) and the signed-in principal. */
export interface LoginResult {
  sessionId: string;
  expiresAt: Date;
  principal: Principal;
}

/**
 * Signs a user in: checks the lock, the password (argon2id), counts failures (the 5th
 * locks the account for 15 minutes: `AUTH_LOCKED`), and creates a session whose id is
 * stored only as its SM3 hash. Success and failure are audited with the change they make.
 */
export async function login(deps: NodeDeps, input: LoginRequest): Promise<LoginResult> {
  const user = await usersRepository.findByUsername(deps.pool, input.username);
  if (user === undefined) {
    dummyHash ??= hashPassword(randomSecret());
    await verifyPassword(await dummyHash, input.password);
    throw new AppError('AUTH_INVALID_CREDENTIALS', INVALID);
  }
  if (user.lockedUntil !== null && user.lockedUntil > new Date())
    throw new AppError('AUTH_LOCKED', LOCKED);
  const ok = !user.disabled && (await verifyPassword(user.passwordHash, input.password));
  if (!ok) {
    const locked = await withTransaction(deps.pool, async (tx) => {
      const nowLocked = await usersRepository.recordFailedLogin(
        tx,
        user.id,
        LOCKOUT_FAILURES,
        new Date(Date.now() + LOCKOUT_MS),
      );
      await appendAudit(tx, {
        orgId: user.orgId,
        actor: user.username,
        action: 'auth.login_failed',
        target: `user:${user.id}`,
        payload: { locked: nowLocked },
      });
      return nowLocked;
    });
    throw locked
      ? new AppError('AUTH_LOCKED', LOCKED)
      : new AppError('AUTH_INVALID_CREDENTIALS', INVALID);
  }
  const sessionId = randomSecret();
  const csrfToken = randomSecret();
  const expiresAt = new Date(Date.now() + deps.config.sessionHours * 3600 * 1000);
  await withTransaction(deps.pool, async (tx) => {
    await usersRepository.recordSuccessfulLogin(tx, user.id);
    await sessionsRepository.create(tx, {
      idHash: hashSecret(sessionId),
      orgId: user.orgId,
      userId: user.id,
      csrfToken,
      expiresAt,
    });
    await appendAudit(tx, {
      orgId: user.orgId,
      actor: user.username,
      action: 'auth.login',
      target: `user:${user.id}`,
    });
  });
  return {
    sessionId,
    expiresAt,
    principal: {
      userId: user.id,
      orgId: user.orgId,
      orgName: user.orgName,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      csrfToken,
      sessionHash: hashSecret(sessionId),
    },
  };
}

/** Ends the caller's session (API tokens have none to end) and audits it. */
export async function logout(deps: NodeDeps, principal: Principal): Promise<void> {
  await withTransaction(deps.pool, async (tx) => {
    if (principal.sessionHash !== null) await sessionsRepository.delete(tx, principal.sessionHash);
    await appendAudit(tx, {
      orgId: principal.orgId,
      actor: principal.username,
      action: 'auth.logout',
      target: `user:${principal.userId}`,
    });
  });
}
