/**
 * Automatic chasing (自动催办) of a warning's addressees, and which warnings are still open
 * for enterprises that join an audience late. Pure: the clock is passed in.
 */
import { chinaDate } from '../federation/index.ts';
import type { RecipientProgress, WarningDeadlines } from './tracking.ts';

/** When automatic chasing runs, in China time (UTC+8). */
export interface AutoChaseSettings {
  /** False: no automatic chasing at all (manual 催办 still works). */
  enabled: boolean;
  /** The first hour of the China day (0–23) at which reminders may go out. */
  fromHour: number;
}

/** Defaults: on, from 09:00 Beijing time. */
export const DEFAULT_AUTO_CHASE_SETTINGS: Readonly<AutoChaseSettings> = Object.freeze({
  enabled: true,
  fromHour: 9,
});

/** A recipient as the automatic chase sees it. */
export interface ChaseCandidate extends RecipientProgress {
  /** The last reminder, manual or automatic (null: never chased). */
  lastChasedAt: Date | null;
}

const CHINA_OFFSET_HOURS = 8;

/** The hour of the day in China (UTC+8) of an instant, 0–23. */
export function chinaHour(instant: Date): number {
  return (instant.getUTCHours() + CHINA_OFFSET_HOURS) % 24;
}

/**
 * True when the automatic chase should remind this recipient at `now`: it was delivered, has
 * not answered, and is past a deadline it still owes (no 签收 after the acknowledgement
 * deadline, or no 反馈 after the feedback deadline); it was not reminded yet on this China
 * calendar day (a manual chase counts), so nobody gets more than one reminder a day; and the
 * China hour has reached `fromHour`.
 *
 * @example
 * autoChaseDue({ deliveredAt: d0, acknowledgedAt: null, answeredAt: null, lastChasedAt: null },
 *   { ackBy, feedbackBy }, afterAckBy, DEFAULT_AUTO_CHASE_SETTINGS); // true (from 09:00)
 */
export function autoChaseDue(
  recipient: ChaseCandidate,
  deadlines: WarningDeadlines,
  now: Date,
  settings: AutoChaseSettings = DEFAULT_AUTO_CHASE_SETTINGS,
): boolean {
  if (!settings.enabled || recipient.deliveredAt === null || recipient.answeredAt !== null) {
    return false;
  }
  const owesAck = recipient.acknowledgedAt === null && now > deadlines.ackBy;
  const owesAnswer = now > deadlines.feedbackBy;
  if (!owesAck && !owesAnswer) return false;
  if (chinaHour(now) < settings.fromHour) return false;
  return recipient.lastChasedAt === null || chinaDate(recipient.lastChasedAt) < chinaDate(now);
}

/**
 * True while a warning is open for enterprises that join its audience late (a child that
 * enrolls, a registry entry that changes): until its feedback deadline. After it, a new
 * addressee could only be overdue at once, so it is not sent any more.
 */
export function warningOpen(deadlines: WarningDeadlines, now: Date): boolean {
  return now <= deadlines.feedbackBy;
}
