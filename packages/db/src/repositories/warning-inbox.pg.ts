import type { Queryable } from '../queryable.ts';
import { WARNING_COLUMNS, type WarningRow } from './warnings.pg.ts';

/** A received warning in an organisation's inbox (migration 0010). */
export interface WarningInboxRow {
  warning: WarningRow;
  orgId: string;
  receivedAt: Date;
  acknowledgedAt: Date | null;
  acknowledgedBy: string | null;
  answeredAt: Date | null;
  answeredBy: string | null;
  measures: string | null;
  reminders: number;
  lastRemindedAt: Date | null;
}

const INBOX_COLUMNS = `${WARNING_COLUMNS}, i.org_id AS "inboxOrgId", i.received_at AS "receivedAt",
  i.acknowledged_at AS "acknowledgedAt", i.acknowledged_by AS "acknowledgedBy",
  i.answered_at AS "answeredAt", i.answered_by AS "answeredBy", i.measures AS "answerMeasures",
  i.reminders, i.last_reminded_at AS "lastRemindedAt"`;

type FlatRow = WarningRow & {
  inboxOrgId: string;
  receivedAt: Date;
  acknowledgedAt: Date | null;
  acknowledgedBy: string | null;
  answeredAt: Date | null;
  answeredBy: string | null;
  answerMeasures: string | null;
  reminders: number;
  lastRemindedAt: Date | null;
};

function toInbox(row: FlatRow): WarningInboxRow {
  const {
    inboxOrgId,
    receivedAt,
    acknowledgedAt,
    acknowledgedBy,
    answeredAt,
    answeredBy,
    answerMeasures,
    reminders,
    lastRemindedAt,
    ...warning
  } = row;
  return {
    warning,
    orgId: inboxOrgId,
    receivedAt,
    acknowledgedAt,
    acknowledgedBy,
    answeredAt,
    answeredBy,
    measures: answerMeasures,
    reminders,
    lastRemindedAt,
  };
}

/** What an enterprise holds, for matching indicators: never a password or sealed secret. */
export interface WarningHoldings {
  sources: { id: string; name: string; kind: string; target: string }[];
  items: { id: string; table: string; comment: string | null }[];
}

/** The enterprise side: inbox rows per receiving organisation. */
export const warningInboxRepository = {
  /** Puts a warning in an org's inbox; false when it is there already. */
  async deliver(db: Queryable, warningId: string, orgId: string, at: Date): Promise<boolean> {
    const result = await db.query(
      `INSERT INTO warning_inbox (warning_id, org_id, received_at) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING`,
      [warningId, orgId, at],
    );
    return (result.rowCount ?? 0) > 0;
  },

  /** The org's inbox, newest first; `open` keeps those still owing an answer. */
  async list(
    db: Queryable,
    orgId: string,
    page: { page: number; pageSize: number; open?: boolean | undefined },
  ): Promise<{ rows: WarningInboxRow[]; total: number }> {
    const result = await db.query<FlatRow & { total: string }>(
      `SELECT ${INBOX_COLUMNS}, count(*) OVER () AS total
       FROM warning_inbox i JOIN warnings w ON w.id = i.warning_id
       WHERE i.org_id = $1 AND ($2::boolean IS NULL OR (i.answered_at IS NULL) = $2)
       ORDER BY i.received_at DESC, i.warning_id
       LIMIT $3 OFFSET $4`,
      [orgId, page.open ?? null, page.pageSize, (page.page - 1) * page.pageSize],
    );
    return {
      rows: result.rows.map(({ total: _total, ...row }) => toInbox(row)),
      total: Number(result.rows[0]?.total ?? 0),
    };
  },

  async get(db: Queryable, orgId: string, warningId: string): Promise<WarningInboxRow | undefined> {
    const result = await db.query<FlatRow>(
      `SELECT ${INBOX_COLUMNS} FROM warning_inbox i JOIN warnings w ON w.id = i.warning_id
       WHERE i.org_id = $1 AND i.warning_id = $2`,
      [orgId, warningId],
    );
    const row = result.rows[0];
    return row === undefined ? undefined : toInbox(row);
  },

  /** Locks the inbox row for an acknowledgement or answer. */
  async lock(db: Queryable, orgId: string, warningId: string): Promise<void> {
    await db.query('SELECT 1 FROM warning_inbox WHERE org_id = $1 AND warning_id = $2 FOR UPDATE', [
      orgId,
      warningId,
    ]);
  },

  async acknowledge(
    db: Queryable,
    orgId: string,
    warningId: string,
    at: Date,
    by: string,
  ): Promise<void> {
    await db.query(
      `UPDATE warning_inbox SET acknowledged_at = $3, acknowledged_by = $4
       WHERE org_id = $1 AND warning_id = $2 AND acknowledged_at IS NULL`,
      [orgId, warningId, at, by],
    );
  },

  async answer(
    db: Queryable,
    orgId: string,
    warningId: string,
    answer: { at: Date; by: string; measures: string },
  ): Promise<void> {
    await db.query(
      `UPDATE warning_inbox SET answered_at = $3, answered_by = $4, measures = $5,
         acknowledged_at = COALESCE(acknowledged_at, $3),
         acknowledged_by = COALESCE(acknowledged_by, $4)
       WHERE org_id = $1 AND warning_id = $2`,
      [orgId, warningId, answer.at, answer.by, answer.measures],
    );
  },

  /** Counts a reminder (chase) on one org's inbox row; false when it holds no such warning. */
  async remind(db: Queryable, warningId: string, orgId: string, at: Date): Promise<boolean> {
    const result = await db.query(
      `UPDATE warning_inbox SET reminders = reminders + 1, last_reminded_at = $3
       WHERE warning_id = $1 AND org_id = $2`,
      [warningId, orgId, at],
    );
    return (result.rowCount ?? 0) > 0;
  },

  /** Sources (target text only: the sealed secret is not read) and catalog tables of an org. */
  async holdings(db: Queryable, orgId: string): Promise<WarningHoldings> {
    const sources = await db.query<WarningHoldings['sources'][number]>(
      'SELECT id, name, kind, target FROM data_sources WHERE org_id = $1 ORDER BY name, id',
      [orgId],
    );
    const items = await db.query<WarningHoldings['items'][number]>(
      `SELECT id, table_name AS "table", comment FROM catalog_items WHERE org_id = $1
       ORDER BY table_name, id`,
      [orgId],
    );
    return { sources: sources.rows, items: items.rows };
  },

  /** The registry entries of `orgId` as audiences see them. */
  async registry(db: Queryable, orgId: string): Promise<RegistryCandidate[]> {
    const result = await db.query<RegistryCandidate>(
      `SELECT uscc, name, region_code AS "regionCode", industry_code AS "industryCode",
         key_enterprise AS "keyEnterprise", node_id AS "nodeId", tenant_org_id AS "tenantOrgId"
       FROM enterprises WHERE org_id = $1 ORDER BY name, uscc`,
      [orgId],
    );
    return result.rows;
  },
};

/** A registry entry with where to deliver to. */
export interface RegistryCandidate {
  uscc: string;
  name: string;
  regionCode: string;
  industryCode: string;
  keyEnterprise: boolean;
  nodeId: string | null;
  tenantOrgId: string | null;
}
