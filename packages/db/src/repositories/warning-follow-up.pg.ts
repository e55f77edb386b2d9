import type { Queryable } from '../queryable.ts';
import { WARNING_COLUMNS, type WarningRow } from './warnings.pg.ts';

/** What happened to a warning after it was issued (migration 0018). */
export type WarningEventKind = 'chase' | 'auto-chase' | 'late-delivery';

/** One entry of a warning's history. */
export interface WarningEventRow {
  id: string;
  warningId: string;
  at: Date;
  kind: WarningEventKind;
  /** A user name, `system`, or `node:<id>`. */
  actor: string;
  detail: Record<string, unknown>;
}

/**
 * A warning's follow-up on the node that tracks it: its history (chases, automatic chases,
 * late deliveries), the warnings still open for late addressees, and those whose delivered
 * recipients still owe something after a deadline (the automatic chase's work list).
 */
export const warningFollowUpRepository = {
  /** Locks a warning's row: chases of one warning (manual and automatic) run one at a time. */
  async lock(db: Queryable, warningId: string): Promise<void> {
    await db.query('SELECT 1 FROM warnings WHERE id = $1 FOR UPDATE', [warningId]);
  },

  async addEvent(db: Queryable, event: Omit<WarningEventRow, 'id'>): Promise<void> {
    await db.query(
      `INSERT INTO warning_events (warning_id, at, kind, actor, detail) VALUES ($1, $2, $3, $4, $5)`,
      [event.warningId, event.at, event.kind, event.actor, JSON.stringify(event.detail)],
    );
  },

  /** A warning's history, oldest first. */
  async events(db: Queryable, warningId: string): Promise<WarningEventRow[]> {
    const result = await db.query<WarningEventRow>(
      `SELECT id, warning_id AS "warningId", at, kind, actor, detail FROM warning_events
       WHERE warning_id = $1 ORDER BY at, id LIMIT 1000`,
      [warningId],
    );
    return result.rows;
  },

  /**
   * The org's warnings whose feedback deadline has not passed (core `warningOpen`), oldest
   * first; `issuedOnly` leaves out the ones received from the parent.
   */
  async open(db: Queryable, orgId: string, now: Date, issuedOnly: boolean): Promise<WarningRow[]> {
    const result = await db.query<WarningRow>(
      `SELECT ${WARNING_COLUMNS} FROM warnings w
       WHERE w.org_id = $1 AND w.feedback_by >= $2 AND (NOT $3 OR w.origin = 'issued')
       ORDER BY w.issued_at, w.id`,
      [orgId, now, issuedOnly],
    );
    return result.rows;
  },

  /**
   * Warnings this node issued with a delivered recipient that has not answered and is past a
   * deadline it owes (no acknowledgement after the acknowledgement deadline, or no answer
   * after the feedback deadline). Core's `autoChaseDue` decides per recipient.
   */
  async owing(db: Queryable, now: Date): Promise<WarningRow[]> {
    const result = await db.query<WarningRow>(
      `SELECT ${WARNING_COLUMNS} FROM warnings w
       WHERE w.origin = 'issued' AND w.ack_by < $1 AND EXISTS (
         SELECT 1 FROM warning_recipients r
         WHERE r.warning_id = w.id AND r.delivered_at IS NOT NULL AND r.answered_at IS NULL
           AND (r.acknowledged_at IS NULL OR w.feedback_by < $1))
       ORDER BY w.issued_at, w.id`,
      [now],
    );
    return result.rows;
  },
};
