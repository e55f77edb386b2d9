/** Where one addressed enterprise stands with a warning. */
export type RecipientState = 'undeliverable' | 'delivered' | 'acknowledged' | 'answered';

/** The answers of one recipient as the issuer records them. */
export interface RecipientProgress {
  deliveredAt: Date | null;
  acknowledgedAt: Date | null;
  answeredAt: Date | null;
}

/** The deadlines of a warning. */
export interface WarningDeadlines {
  ackBy: Date;
  feedbackBy: Date;
}

/** A recipient's state and whether it is late for either deadline at `now`. */
export function recipientStatus(
  progress: RecipientProgress,
  deadlines: WarningDeadlines,
  now: Date,
): { state: RecipientState; ackOverdue: boolean; feedbackOverdue: boolean; laggard: boolean } {
  const state: RecipientState =
    progress.answeredAt !== null
      ? 'answered'
      : progress.acknowledgedAt !== null
        ? 'acknowledged'
        : progress.deliveredAt !== null
          ? 'delivered'
          : 'undeliverable';
  const reachable = state !== 'undeliverable';
  const ackOverdue =
    reachable &&
    (progress.acknowledgedAt === null
      ? now > deadlines.ackBy
      : progress.acknowledgedAt > deadlines.ackBy);
  const feedbackOverdue =
    reachable &&
    (progress.answeredAt === null
      ? now > deadlines.feedbackBy
      : progress.answeredAt > deadlines.feedbackBy);
  // A laggard still owes something: the chase reminds exactly these.
  const laggard = reachable && state !== 'answered';
  return { state, ackOverdue, feedbackOverdue, laggard };
}

/** A warning's figures for the issuer's table. Rates are of the delivered recipients, 0–1. */
export interface WarningSummary {
  addressed: number;
  delivered: number;
  acknowledged: number;
  answered: number;
  overdue: number;
  ackRate: number | null;
  feedbackRate: number | null;
}

/**
 * Sums recipients: `acknowledged` counts everyone who signed (answered ones too), `overdue`
 * everyone late for a deadline not yet met (an answer after the deadline is late, not
 * overdue). The rates are null while nothing was delivered.
 */
export function summarizeRecipients(
  recipients: readonly RecipientProgress[],
  deadlines: WarningDeadlines,
  now: Date,
): WarningSummary {
  let delivered = 0;
  let acknowledged = 0;
  let answered = 0;
  let overdue = 0;
  for (const recipient of recipients) {
    if (recipient.deliveredAt === null) continue;
    delivered += 1;
    if (recipient.acknowledgedAt !== null) acknowledged += 1;
    if (recipient.answeredAt !== null) answered += 1;
    const lateAck = recipient.acknowledgedAt === null && now > deadlines.ackBy;
    const lateAnswer = recipient.answeredAt === null && now > deadlines.feedbackBy;
    if (lateAck || lateAnswer) overdue += 1;
  }
  return {
    addressed: recipients.length,
    delivered,
    acknowledged,
    answered,
    overdue,
    ackRate: delivered === 0 ? null : acknowledged / delivered,
    feedbackRate: delivered === 0 ? null : answered / delivered,
  };
}

/**
 * Checks a warning's deadlines at issue time: the acknowledgement is due after `now`, the
 * feedback no earlier than the acknowledgement, both within a year. Returns a bilingual
 * problem or null.
 */
export function deadlineProblem(deadlines: WarningDeadlines, now: Date): string | null {
  if (Number.isNaN(deadlines.ackBy.getTime()) || Number.isNaN(deadlines.feedbackBy.getTime()))
    return '截止时间无效 / invalid deadline';
  if (deadlines.ackBy <= now)
    return '签收截止时间须晚于现在 / the acknowledgement deadline must be in the future';
  if (deadlines.feedbackBy < deadlines.ackBy)
    return '反馈截止时间不得早于签收截止时间 / the feedback deadline cannot precede the acknowledgement deadline';
  if (deadlines.feedbackBy.getTime() - now.getTime() > 366 * 24 * 3600 * 1000)
    return '反馈截止时间不得超过一年 / the feedback deadline must be within a year';
  return null;
}
