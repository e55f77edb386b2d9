import { recipientStatus } from '@shuan/core';
import {
  warningInboxRepository,
  warningsRepository,
  withTransaction,
  type Queryable,
  type WarningRecipientRow,
  type WarningRow,
} from '@shuan/db';
import { appendAudit } from '../audit/append-audit.ts';
import { requireNodeOperator } from '../federation/manage-federation.ts';
import { queueMessage } from '../federation/queue-message.ts';
import { AppError } from '../http/app-error.ts';
import type { NodeDeps, Principal } from '../http/context.ts';
import { activeChildren } from './deliver-warning.ts';
import { notIssuer } from './issue-warning.ts';

export const warningNotFound = (): AppError =>
  new AppError('WARNING_NOT_FOUND', '预警通报不存在 / no such warning');

/** Recipients that still owe an acknowledgement or an answer. */
export function laggardsOf(
  warning: WarningRow,
  recipients: readonly WarningRecipientRow[],
  now: Date,
): WarningRecipientRow[] {
  return recipients.filter((r) => recipientStatus(r, warning, now).laggard);
}

/**
 * Reminds this node's own laggards (optionally only those whose credit code is in `only`):
 * a `warning.chase` to each enterprise node that is an active child, a reminder on each
 * tenant's inbox row; each counted on its tracking row. Returns the chased rows and nodes.
 */
export async function chaseLocally(
  tx: Queryable,
  warning: WarningRow,
  now: Date,
  message: string,
  only?: ReadonlySet<string>,
): Promise<{ chased: WarningRecipientRow[]; queuedTo: string[] }> {
  const children = await activeChildren(tx);
  const laggards = laggardsOf(
    warning,
    await warningsRepository.recipients(tx, warning.id),
    now,
  ).filter((r) => only === undefined || only.size === 0 || (r.uscc !== null && only.has(r.uscc)));
  const chased: WarningRecipientRow[] = [];
  const queuedTo: string[] = [];
  for (const recipient of laggards) {
    if (recipient.nodeId !== null && children.has(recipient.nodeId)) {
      await queueMessage(tx, recipient.nodeId, 'warning.chase', {
        deliver: 'inbox',
        warningId: warning.id,
        chasedAt: now.toISOString(),
        message,
        usccs: [],
      });
      queuedTo.push(recipient.nodeId);
      chased.push(recipient);
    } else if (recipient.tenantOrgId !== null) {
      await warningInboxRepository.remind(tx, warning.id, recipient.tenantOrgId, now);
      chased.push(recipient);
    }
  }
  await warningsRepository.markChased(
    tx,
    chased.map((r) => r.id),
    now,
  );
  return { chased, queuedTo };
}

/**
 * The issuer's "chase" (催办): reminds every recipient that has not acknowledged or answered
 * yet. The ministry sends one `warning.chase` per province naming its laggards' credit
 * codes; a province reminds its own (its warnings and the ministry's it relayed). Audited.
 * WARNING_NOTHING_TO_CHASE when everyone has answered.
 */
export async function chaseWarning(
  deps: NodeDeps,
  principal: Principal,
  warningId: string,
  message: string,
): Promise<{ chased: number; queuedTo: string[] }> {
  // Another organisation's warning is not found (404), before any role question.
  const found = await warningsRepository.get(deps.pool, warningId);
  if (found?.orgId !== principal.orgId) throw warningNotFound();
  if (deps.config.role === 'enterprise') throw notIssuer();
  await requireNodeOperator(deps, principal, notIssuer);
  return withTransaction(deps.pool, async (tx) => {
    const warning = (await warningsRepository.get(tx, warningId)) ?? found;
    const now = new Date();
    const recipients = await warningsRepository.recipients(tx, warning.id);
    let result: { chased: number; queuedTo: string[] };
    if (deps.config.role === 'ministry') {
      const byProvince = new Map<string, WarningRecipientRow[]>();
      for (const r of laggardsOf(warning, recipients, now)) {
        if (r.viaNode === null || r.uscc === null) continue;
        byProvince.set(r.viaNode, [...(byProvince.get(r.viaNode) ?? []), r]);
      }
      const children = await activeChildren(tx);
      const queuedTo: string[] = [];
      const chased: WarningRecipientRow[] = [];
      for (const [province, rows] of byProvince) {
        if (!children.has(province)) continue;
        await queueMessage(tx, province, 'warning.chase', {
          deliver: 'resolve',
          warningId: warning.id,
          chasedAt: now.toISOString(),
          message,
          usccs: rows.map((r) => r.uscc ?? ''),
        });
        queuedTo.push(province);
        chased.push(...rows);
      }
      await warningsRepository.markChased(
        tx,
        chased.map((r) => r.id),
        now,
      );
      result = { chased: chased.length, queuedTo };
    } else {
      const local = await chaseLocally(tx, warning, now, message);
      result = { chased: local.chased.length, queuedTo: local.queuedTo };
    }
    if (result.chased === 0) {
      throw new AppError(
        'WARNING_NOTHING_TO_CHASE',
        '没有尚未签收或反馈且可送达的企业 / nobody reachable still owes an acknowledgement or answer',
      );
    }
    await appendAudit(tx, {
      orgId: principal.orgId,
      actor: principal.username,
      action: 'warning.chase',
      target: `warning:${warning.id}`,
      payload: { chased: result.chased, queuedTo: result.queuedTo.length },
    });
    return result;
  });
}
