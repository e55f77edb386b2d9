import {
  hostOfSourceTarget,
  matchIndicators,
  type IndicatorMatch,
  type WarningIndicator,
} from '@shuan/core';
import {
  organizationsRepository,
  warningInboxRepository,
  withTransaction,
  type Queryable,
  type WarningInboxRow,
} from '@shuan/db';
import { appendAudit } from '../audit/append-audit.ts';
import { queueToParent } from '../federation/queue-message.ts';
import type { NodeDeps, Principal } from '../http/context.ts';
import { warningNotFound } from './chase-warning.ts';
import { recordAndForward, type WarningAnswer } from './report-answers.ts';

/**
 * The warning's indicators matched against what the org holds: its sources' hosts (parsed
 * from the stored targets; passwords are sealed elsewhere and never read) and its catalog
 * tables' names and comments (core `matchIndicators`).
 */
export async function indicatorMatches(
  db: Queryable,
  orgId: string,
  indicators: readonly WarningIndicator[],
): Promise<IndicatorMatch[]> {
  if (indicators.length === 0) return [];
  const holdings = await warningInboxRepository.holdings(db, orgId);
  return matchIndicators(indicators, {
    sources: holdings.sources.map((s) => ({
      id: s.id,
      name: s.name,
      kind: s.kind,
      host: hostOfSourceTarget(s.kind, s.target),
    })),
    items: holdings.items,
  });
}

/** The caller's inbox row, or WARNING_NOT_FOUND. */
export async function inboxRowOf(
  db: Queryable,
  principal: Principal,
  warningId: string,
): Promise<WarningInboxRow> {
  const row = await warningInboxRepository.get(db, principal.orgId, warningId);
  if (row === undefined) throw warningNotFound();
  return row;
}

/**
 * Sends the answer where the warning came from, in the caller's transaction: an enterprise
 * node's own org queues it to the parent; a tenant on a province records it in the
 * province's tracking table (and the province forwards it to the ministry when the warning
 * came from there).
 */
async function report(tx: Queryable, row: WarningInboxRow, answer: WarningAnswer): Promise<void> {
  const own = await organizationsRepository.first(tx);
  if (row.orgId !== own?.id) {
    await recordAndForward(tx, row.warning, { tenantOrgId: row.orgId }, answer);
    return;
  }
  if (answer.kind === 'ack') {
    await queueToParent(tx, 'warning.ack', {
      warningId: row.warning.id,
      acknowledgedAt: answer.at.toISOString(),
      acknowledgedBy: answer.by,
    });
  } else {
    await queueToParent(tx, 'warning.feedback', {
      warningId: row.warning.id,
      answeredAt: answer.at.toISOString(),
      answeredBy: answer.by,
      measures: answer.measures,
      matchedIndicators: answer.matchedIndicators,
    });
  }
}

/** 签收: once; a second acknowledgement changes nothing. Audited `warning.ack`. */
export async function acknowledgeWarning(
  deps: NodeDeps,
  principal: Principal,
  warningId: string,
): Promise<void> {
  await withTransaction(deps.pool, async (tx) => {
    await warningInboxRepository.lock(tx, principal.orgId, warningId);
    const row = await inboxRowOf(tx, principal, warningId);
    if (row.acknowledgedAt !== null) return;
    const at = new Date();
    await warningInboxRepository.acknowledge(
      tx,
      principal.orgId,
      warningId,
      at,
      principal.username,
    );
    await report(tx, row, { kind: 'ack', at, by: principal.username });
    await appendAudit(tx, {
      orgId: principal.orgId,
      actor: principal.username,
      action: 'warning.ack',
      target: `warning:${warningId}`,
    });
  });
}

/**
 * 反馈: the measures taken, with the number of indicators matched here; acknowledges too
 * when not done yet. A later answer replaces the earlier one (both travel up). Audited.
 */
export async function answerWarning(
  deps: NodeDeps,
  principal: Principal,
  warningId: string,
  measures: string,
): Promise<void> {
  await withTransaction(deps.pool, async (tx) => {
    await warningInboxRepository.lock(tx, principal.orgId, warningId);
    const row = await inboxRowOf(tx, principal, warningId);
    const at = new Date();
    const matches = await indicatorMatches(
      tx,
      principal.orgId,
      row.warning.indicators as WarningIndicator[],
    );
    const matched = new Set(matches.map((m) => `${m.indicator.kind}:${m.indicator.value}`)).size;
    await warningInboxRepository.answer(tx, principal.orgId, warningId, {
      at,
      by: principal.username,
      measures,
    });
    await report(tx, row, {
      kind: 'feedback',
      at,
      by: principal.username,
      measures,
      matchedIndicators: matched,
    });
    await appendAudit(tx, {
      orgId: principal.orgId,
      actor: principal.username,
      action: 'warning.feedback',
      target: `warning:${warningId}`,
      payload: { matchedIndicators: matched },
    });
  });
}
