import { randomUUID } from 'node:crypto';
import {
  organizationsRepository,
  sourcesRepository,
  usersRepository,
  withTransaction,
} from '@shuan/db';
import { generatePassword, hashPassword } from '../accounts/secrets.ts';
import { appendAudit } from '../audit/append-audit.ts';
import type { NodeDeps } from '../http/context.ts';

/** What the first start created. `adminPassword` is set only when it was generated. */
export interface BootstrapResult {
  created: boolean;
  adminPassword?: string;
}

/** User name of the first administrator. */
export const FIRST_ADMIN = 'admin';

/**
 * First start: when the node has no organisation yet, creates it, its first admin (with the
 * password from `SHUAN_ADMIN_PASSWORD`, or a random one) and the demo industrial database as
 * a data source ready to scan — all in one transaction.
 *
 * A generated password is handed to `announce` inside that transaction, just before COMMIT:
 * were it printed after COMMIT, a crash in between would leave an admin whose password
 * nobody ever saw. This way a crash can at worst print a password that was never stored,
 * and the next start creates the admin again and prints a new one.
 */
export async function bootstrapNode(
  deps: NodeDeps,
  demoPath: () => Promise<string>,
  announce: (password: string) => void = () => undefined,
): Promise<BootstrapResult> {
  if ((await organizationsRepository.first(deps.pool)) !== undefined) return { created: false };
  const generated = deps.config.adminPassword === undefined ? generatePassword() : undefined;
  const passwordHash = await hashPassword(deps.config.adminPassword ?? generated ?? '');
  const demo = deps.config.demoSource ? await demoPath() : undefined;
  const created = await withTransaction(deps.pool, async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('bootstrap'))`);
    if ((await organizationsRepository.first(tx)) !== undefined) return false;
    const org = await organizationsRepository.create(tx, deps.config.orgName);
    const admin = await usersRepository.create(tx, {
      orgId: org.id,
      username: FIRST_ADMIN,
      displayName: '管理员 Administrator',
      role: 'admin',
      passwordHash,
    });
    await appendAudit(tx, {
      orgId: org.id,
      actor: 'system',
      action: 'node.init',
      target: `org:${org.id}`,
      payload: { orgName: org.name },
    });
    await appendAudit(tx, {
      orgId: org.id,
      actor: 'system',
      action: 'user.create',
      target: `user:${admin.id}`,
      payload: { username: FIRST_ADMIN, role: 'admin' },
    });
    if (demo !== undefined) {
      const id = randomUUID();
      await sourcesRepository.create(tx, {
        id,
        orgId: org.id,
        name: '演示工业数据库 Demo industrial DB',
        kind: 'sqlite',
        target: demo,
        sealedSecret: null,
      });
      await appendAudit(tx, {
        orgId: org.id,
        actor: 'system',
        action: 'source.create',
        target: `source:${id}`,
        payload: { kind: 'sqlite', target: demo },
      });
    }
    if (generated !== undefined) announce(generated);
    return true;
  });
  if (!created) return { created: false };
  return generated === undefined ? { created: true } : { created: true, adminPassword: generated };
}
