import { recipientStatus } from '@shuan/core';
import {
  warningFollowUpRepository,
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

/** Whom a reminder reached: the tracking rows counted, and the child nodes it was queued to. */
export interface Reminded {
  chased: WarningRecipientRow[];
  queuedTo: string[];
}

/**
 * Reminds `recipients` (rows of this node's tracking table), each counted on its row, in the
 * caller's transaction. `viaProvinces` (the ministry): one `warning.chase` per active province
 * naming its recipients' credit codes, which it reminds among its own. Otherwise (a province):
 * a `warning.chase` to each enterprise node that is an active child, a reminder on each
 * tenant's inbox row. Rows reachable by none of these are left out.
 */
export async function remindRecipients(
  tx: Queryable,
  warning: WarningRow,
  recipients: readonly WarningRecipientRow[],
  now: Date,
  message: string,
  viaProvinces: boolean,
): Promise<Reminded> {
  const children = await activeChildren(tx);
  const chased: WarningRecipientRow[] = [];
  const queuedTo: string[] = [];
  const chase = { warningId: warning.id, chasedAt: now.toISOString(), message };
  if (viaProvinces) {
    const byProvince = new Map<string, WarningRecipientRow[]>();
    for (const r of recipients) {
      if (r.viaNode === null || r.uscc === null || !children.has(r.viaNode)) continue;
      byProvince.set(r.viaNode, [...(byProvince.get(r.viaNode) ?? []), r]);
    }
    for (const [province, rows] of byProvince) {
      const usccs = rows.map((r) => r.uscc ?? '');
      await queueMessage(tx, province, 'warning.chase', { ...chase, deliver: 'resolve', usccs });
      queuedTo.push(province);
      chased.push(...rows);
    }
  } else {
    for (const recipient of recipients) {
      if (recipient.nodeId !== null && children.has(recipient.nodeId)) {
        await queueMessage(tx, recipient.nodeId, 'warning.chase', {
          ...chase,
          deliver: 'inbox',
          usccs: [],
        });
        queuedTo.push(recipient.nodeId);
        chased.push(recipient);
      } else if (recipient.tenantOrgId !== null) {
        await warningInboxRepository.remind(tx, warning.id, recipient.tenantOrgId, now);
        chased.push(recipient);
      }
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
 * A province reminds its own laggards (optionally only those whose credit code is in `only`,
 * as the ministry's `warning.chase` names them). Returns the chased rows and nodes.
 */
export async function chaseLocally(
  tx: Queryable,
  warning: WarningRow,
  now: Date,
  message: string,
  only?: ReadonlySet<string>,
): Promise<Reminded> {
  const laggards = laggardsOf(
    warning,
    await warningsRepository.recipients(tx, warning.id),
    now,
  ).filter((r) => only === undefined || only.size === 0 || (r.uscc !== null && only.has(r.uscc)));
  return remindRecipients(tx, warning, laggards, now, message, false);
}

/** The history entry of a chase: whom it reached. */
export function chaseDetail(reminded: Reminded, message: string): Record<string, unknown> {
  return {
    recipients: reminded.chased.map((r) => ({ uscc: r.uscc, name: r.name, nodeId: r.nodeId })),
    queuedTo: reminded.queuedTo,
    message,
  };
}

/**
 * The issuer's "chase" (催办): reminds every recipient that has not acknowledged or answered
 * yet. The ministry sends one `warning.chase` per province naming its laggards' credit
 * codes; a province reminds its own (its warnings and the ministry's it relayed). Audited and
 * kept in the warning's history. WARNING_NOTHING_TO_CHASE when everyone has answered.
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
    await warningFollowUpRepository.lock(tx, warningId);
    const warning = (await warningsRepository.get(tx, warningId)) ?? found;
    const now = new Date();
    const laggards = laggardsOf(warning, await warningsRepository.recipients(tx, warning.id), now);
    const viaProvinces = deps.config.role === 'ministry';
    const reminded = await remindRecipients(tx, warning, laggards, now, message, viaProvinces);
    if (reminded.chased.length === 0) {
      throw new AppError(
        'WARNING_NOTHING_TO_CHASE',
        '没有尚未签收或反馈且可送达的企业 / nobody reachable still owes an acknowledgement or answer',
      );
    }
    await warningFollowUpRepository.addEvent(tx, {
      warningId: warning.id,
      at: now,
      kind: 'chase',
      actor: principal.username,
      detail: chaseDetail(reminded, message),
    });
    await appendAudit(tx, {
      orgId: principal.orgId,
      actor: principal.username,
      action: 'warning.chase',
      target: `warning:${warning.id}`,
      payload: { chased: reminded.chased.length, queuedTo: reminded.queuedTo.length },
    });
    return { chased: reminded.chased.length, queuedTo: reminded.queuedTo };
  });
}
