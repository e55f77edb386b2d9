import { autoChaseDue, type AutoChaseSettings, type NodeRole } from '@shuan/core';
import { warningFollowUpRepository, warningsRepository, withTransaction } from '@shuan/db';
import type pg from 'pg';
import { appendAudit } from '../audit/append-audit.ts';
import { chaseDetail, remindRecipients } from './chase-warning.ts';

/** The reminder the automatic chase sends (shown nowhere yet; kept in the history). */
export const AUTO_CHASE_MESSAGE =
  '自动催办：已超过签收或反馈期限，请尽快签收并反馈处置措施 / automatic reminder: a deadline has passed, please acknowledge and answer';

/** What one run did. */
export interface AutoChaseOutcome {
  /** Warnings with at least one recipient reminded. */
  warnings: number;
  /** Recipients reminded, over all warnings. */
  chased: number;
}

/**
 * One warning, in its own transaction under the warning's lock: the recipients core's
 * `autoChaseDue` picks (past a deadline they owe, not reminded yet on this China day) are
 * reminded like the manual 催办, recorded in the warning's history and audited as `system`.
 */
async function chaseOne(
  pool: pg.Pool,
  warningId: string,
  viaProvinces: boolean,
  now: Date,
  settings: AutoChaseSettings,
): Promise<number> {
  return withTransaction(pool, async (tx) => {
    await warningFollowUpRepository.lock(tx, warningId);
    const warning = await warningsRepository.get(tx, warningId);
    if (warning === undefined) return 0;
    const due = (await warningsRepository.recipients(tx, warningId)).filter((r) =>
      autoChaseDue(r, warning, now, settings),
    );
    if (due.length === 0) return 0;
    const reminded = await remindRecipients(
      tx,
      warning,
      due,
      now,
      AUTO_CHASE_MESSAGE,
      viaProvinces,
    );
    if (reminded.chased.length === 0) return 0;
    await warningFollowUpRepository.addEvent(tx, {
      warningId,
      at: now,
      kind: 'auto-chase',
      actor: 'system',
      detail: chaseDetail(reminded, AUTO_CHASE_MESSAGE),
    });
    await appendAudit(tx, {
      orgId: warning.orgId,
      actor: 'system',
      action: 'warning.auto-chase',
      target: `warning:${warningId}`,
      payload: { chased: reminded.chased.length, queuedTo: reminded.queuedTo.length },
    });
    return reminded.chased.length;
  });
}

/**
 * The automatic chase (自动催办) over every warning this node issued: at most one reminder per
 * recipient and China day, only after a deadline it still owes (core `autoChaseDue`). The
 * ministry reminds through the provinces, a province its enterprises' nodes and tenants.
 * Warnings a province relays from the ministry are the ministry's to chase. Idempotent within
 * a day: a second run the same day reminds nobody again.
 */
export async function autoChaseWarnings(
  pool: pg.Pool,
  role: NodeRole,
  now: Date,
  settings: AutoChaseSettings,
): Promise<AutoChaseOutcome> {
  const outcome: AutoChaseOutcome = { warnings: 0, chased: 0 };
  if (!settings.enabled) return outcome;
  for (const warning of await warningFollowUpRepository.owing(pool, now)) {
    const chased = await chaseOne(pool, warning.id, role === 'ministry', now, settings);
    if (chased === 0) continue;
    outcome.warnings += 1;
    outcome.chased += chased;
  }
  return outcome;
}
