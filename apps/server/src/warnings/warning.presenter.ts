import type {
  InboxWarningSchema,
  TrackedWarningSchema,
  WarningEventSchema,
  WarningRecipientSchema,
  WarningSchema,
} from '@shuan/contracts';
import { recipientStatus, summarizeRecipients, type WarningSummary } from '@shuan/core';
import type {
  WarningCounts,
  WarningEventRow,
  WarningInboxRow,
  WarningRecipientRow,
  WarningRow,
} from '@shuan/db';
import type { z } from 'zod';
import { iso, isoOrNull } from '../presenters/iso.ts';

type Warning = z.infer<typeof WarningSchema>;

export function presentWarning(row: WarningRow): Warning {
  return {
    id: row.id,
    origin: row.origin,
    receivedFrom: row.receivedFrom,
    issuedBy: row.issuedBy,
    issuerName: row.issuerName,
    issuedAt: iso(row.issuedAt),
    issuedUser: row.issuedUser,
    level: row.level as Warning['level'],
    type: row.type as Warning['type'],
    title: row.title,
    description: row.description,
    indicators: row.indicators as Warning['indicators'],
    measures: row.measures,
    ackBy: iso(row.ackBy),
    feedbackBy: iso(row.feedbackBy),
    audience: row.audience,
  };
}

/** A list row: counts from SQL, rates from them. */
export function presentTracked(
  row: WarningRow & WarningCounts,
): z.infer<typeof TrackedWarningSchema> {
  const summary: WarningSummary = {
    addressed: row.addressed,
    delivered: row.delivered,
    acknowledged: row.acknowledged,
    answered: row.answered,
    overdue: row.overdue,
    ackRate: row.delivered === 0 ? null : row.acknowledged / row.delivered,
    feedbackRate: row.delivered === 0 ? null : row.answered / row.delivered,
  };
  return { ...presentWarning(row), summary };
}

export function presentRecipient(
  warning: WarningRow,
  row: WarningRecipientRow,
  now: Date,
): z.infer<typeof WarningRecipientSchema> {
  const status = recipientStatus(row, warning, now);
  return {
    id: row.id,
    uscc: row.uscc,
    name: row.name,
    regionCode: row.regionCode,
    industryCode: row.industryCode,
    nodeId: row.nodeId,
    viaNode: row.viaNode,
    tenant: row.tenantOrgId !== null,
    state: status.state,
    deliveredAt: isoOrNull(row.deliveredAt),
    acknowledgedAt: isoOrNull(row.acknowledgedAt),
    acknowledgedBy: row.acknowledgedBy,
    answeredAt: isoOrNull(row.answeredAt),
    answeredBy: row.answeredBy,
    measures: row.measures,
    matchedIndicators: row.matchedIndicators,
    ackOverdue: status.ackOverdue,
    feedbackOverdue: status.feedbackOverdue,
    chaseCount: row.chaseCount,
    lastChasedAt: isoOrNull(row.lastChasedAt),
  };
}

type Event = z.infer<typeof WarningEventSchema>;

/** A history entry; `detail` is what the chase or delivery recorded (warning-follow-up.pg.ts). */
export function presentEvent(row: WarningEventRow): Event {
  const detail = row.detail as { recipients?: Event['recipients']; queuedTo?: string[] };
  return {
    at: iso(row.at),
    kind: row.kind,
    actor: row.actor,
    recipients: (detail.recipients ?? []).map((r) => ({
      uscc: r.uscc,
      name: r.name,
      nodeId: r.nodeId,
    })),
    queuedTo: detail.queuedTo ?? [],
  };
}

export function presentTracking(
  warning: WarningRow,
  recipients: readonly WarningRecipientRow[],
  now: Date,
  history: readonly WarningEventRow[] = [],
) {
  return {
    ...presentWarning(warning),
    summary: summarizeRecipients(recipients, warning, now),
    recipients: recipients.map((r) => presentRecipient(warning, r, now)),
    history: history.map(presentEvent),
  };
}

export function presentInbox(row: WarningInboxRow, now: Date): z.infer<typeof InboxWarningSchema> {
  const status = recipientStatus(
    { deliveredAt: row.receivedAt, acknowledgedAt: row.acknowledgedAt, answeredAt: row.answeredAt },
    row.warning,
    now,
  );
  return {
    ...presentWarning(row.warning),
    receivedAt: iso(row.receivedAt),
    state: status.state,
    acknowledgedAt: isoOrNull(row.acknowledgedAt),
    acknowledgedBy: row.acknowledgedBy,
    answeredAt: isoOrNull(row.answeredAt),
    answeredBy: row.answeredBy,
    answer: row.measures,
    reminders: row.reminders,
    lastRemindedAt: isoOrNull(row.lastRemindedAt),
    ackOverdue: status.ackOverdue,
    feedbackOverdue: status.feedbackOverdue,
  };
}
