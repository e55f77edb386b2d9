import type { Queryable } from '../queryable.ts';

/** A warning as a node stores it (migration 0010). */
export interface WarningRow {
  id: string;
  orgId: string;
  origin: 'issued' | 'received';
  receivedFrom: string | null;
  issuedBy: string;
  issuerName: string;
  issuedAt: Date;
  issuedUser: string | null;
  level: string;
  type: string;
  title: string;
  description: string;
  indicators: { kind: string; value: string; note?: string }[];
  measures: string;
  ackBy: Date;
  feedbackBy: Date;
  audience: Record<string, unknown>;
  envelopeId: string | null;
  createdAt: Date;
}

/** One addressed enterprise in an issuer's tracking table. */
export interface WarningRecipientRow {
  id: string;
  warningId: string;
  recipientKey: string;
  uscc: string | null;
  name: string;
  regionCode: string | null;
  industryCode: string | null;
  nodeId: string | null;
  tenantOrgId: string | null;
  viaNode: string | null;
  deliveredAt: Date | null;
  acknowledgedAt: Date | null;
  acknowledgedBy: string | null;
  answeredAt: Date | null;
  answeredBy: string | null;
  measures: string | null;
  matchedIndicators: number | null;
  chaseCount: number;
  lastChasedAt: Date | null;
}

/** A tracking row {@link warningsRepository.addRecipients} added or made delivered. */
export interface AddedRecipient {
  recipientKey: string;
  uscc: string | null;
  name: string;
  nodeId: string | null;
  deliveredAt: Date | null;
  /** False: an undeliverable row that became delivered. */
  inserted: boolean;
}

/** A new recipient row. */
export type NewWarningRecipient = Pick<
  WarningRecipientRow,
  | 'uscc'
  | 'name'
  | 'regionCode'
  | 'industryCode'
  | 'nodeId'
  | 'tenantOrgId'
  | 'viaNode'
  | 'deliveredAt'
>;

/**
 * How an answer names its enterprise: the sending child node, a hosted tenant, or (answers
 * a province forwards to the ministry) a credit code, or a node id, delivered via that province.
 */
export type RecipientRef =
  | { nodeId: string; viaNode?: string }
  | { tenantOrgId: string }
  | { uscc: string; viaNode: string };

/** Columns of `warnings w` (always aliased `w`, also when joined). */
export const WARNING_COLUMNS = `w.id, w.org_id AS "orgId", w.origin, w.received_from AS "receivedFrom",
  w.issued_by AS "issuedBy", w.issuer_name AS "issuerName", w.issued_at AS "issuedAt",
  w.issued_user AS "issuedUser", w.level, w.type, w.title, w.description, w.indicators,
  w.measures, w.ack_by AS "ackBy", w.feedback_by AS "feedbackBy", w.audience,
  w.envelope_id AS "envelopeId", w.created_at AS "createdAt"`;

const RECIPIENT_COLUMNS = `id, warning_id AS "warningId", recipient_key AS "recipientKey", uscc,
  name, region_code AS "regionCode", industry_code AS "industryCode", node_id AS "nodeId",
  tenant_org_id AS "tenantOrgId", via_node AS "viaNode", delivered_at AS "deliveredAt",
  acknowledged_at AS "acknowledgedAt", acknowledged_by AS "acknowledgedBy",
  answered_at AS "answeredAt", answered_by AS "answeredBy", measures,
  matched_indicators AS "matchedIndicators", chase_count AS "chaseCount",
  last_chased_at AS "lastChasedAt"`;

function refClause(ref: RecipientRef, first: number): { sql: string; values: string[] } {
  const [a, b] = [`$${String(first)}`, `$${String(first + 1)}`];
  if ('tenantOrgId' in ref) return { sql: `tenant_org_id = ${a}`, values: [ref.tenantOrgId] };
  // A forwarded answer counts only for an enterprise the forwarding node itself delivered to.
  if ('uscc' in ref)
    return { sql: `uscc = ${a} AND via_node = ${b}`, values: [ref.uscc, ref.viaNode] };
  if (ref.viaNode === undefined) return { sql: `node_id = ${a}`, values: [ref.nodeId] };
  return { sql: `node_id = ${a} AND via_node = ${b}`, values: [ref.nodeId, ref.viaNode] };
}

/** Warnings issued or received, and the issuer's tracking rows. */
export const warningsRepository = {
  /** Stores a warning; false when this id is held already (a replay, or a second path). */
  async insert(db: Queryable, row: Omit<WarningRow, 'createdAt'>): Promise<boolean> {
    const result = await db.query(
      `INSERT INTO warnings (id, org_id, origin, received_from, issued_by, issuer_name, issued_at,
         issued_user, level, type, title, description, indicators, measures, ack_by, feedback_by,
         audience, envelope_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)
       ON CONFLICT (id) DO NOTHING`,
      [
        row.id,
        row.orgId,
        row.origin,
        row.receivedFrom,
        row.issuedBy,
        row.issuerName,
        row.issuedAt,
        row.issuedUser,
        row.level,
        row.type,
        row.title,
        row.description,
        JSON.stringify(row.indicators),
        row.measures,
        row.ackBy,
        row.feedbackBy,
        JSON.stringify(row.audience),
        row.envelopeId,
      ],
    );
    return (result.rowCount ?? 0) > 0;
  },

  async get(db: Queryable, id: string): Promise<WarningRow | undefined> {
    const result = await db.query<WarningRow>(
      `SELECT ${WARNING_COLUMNS} FROM warnings w WHERE w.id = $1`,
      [id],
    );
    return result.rows[0];
  },

  /**
   * The warnings an organisation issued or relayed (a province's received ones carry a
   * tracking table too), newest first, with their recipient counts: summed from
   * `regulator_warning_counts` (kept at ingest, migrations 0014/0015) for the page's
   * warnings only. `overdue` (delivered, and not acknowledged past `ack_by` or not answered
   * past `feedback_by`) follows from those counts because `feedback_by >= ack_by`.
   */
  async listTracked(
    db: Queryable,
    orgId: string,
    page: { page: number; pageSize: number },
    now: Date,
  ): Promise<{ rows: (WarningRow & WarningCounts)[]; total: number }> {
    const tracked = `w.org_id = $1 AND (w.origin = 'issued'
      OR EXISTS (SELECT 1 FROM warning_recipients r WHERE r.warning_id = w.id))`;
    const result = await db.query<WarningRow & WarningCounts>(
      `SELECT ${WARNING_COLUMNS},
         coalesce(c.recipients, 0)::int AS addressed, coalesce(c.delivered, 0)::int AS delivered,
         coalesce(c.acknowledged, 0)::int AS acknowledged, coalesce(c.answered, 0)::int AS answered,
         (CASE WHEN $2 > w.feedback_by THEN coalesce(c.delivered_unsettled, 0)
               WHEN $2 > w.ack_by THEN coalesce(c.delivered_unacked, 0) ELSE 0 END)::int AS overdue
       FROM (SELECT w.* FROM warnings w WHERE ${tracked}
             ORDER BY w.issued_at DESC, w.id LIMIT $3 OFFSET $4) w
       LEFT JOIN LATERAL (
         SELECT sum(recipients) AS recipients, sum(delivered) AS delivered,
           sum(acknowledged) AS acknowledged, sum(answered) AS answered,
           sum(delivered_unacked) AS delivered_unacked, sum(delivered_unsettled) AS delivered_unsettled
         FROM regulator_warning_counts WHERE warning_id = w.id) c ON true
       ORDER BY w.issued_at DESC, w.id`,
      [orgId, now, page.pageSize, (page.page - 1) * page.pageSize],
    );
    const total = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM warnings w WHERE ${tracked}`,
      [orgId],
    );
    return { rows: result.rows, total: total.rows[0]?.n ?? 0 };
  },

  /**
   * Adds tracking rows. An enterprise already listed keeps its row (first delivery wins),
   * except that a row addressed but undeliverable becomes delivered when the same node
   * (`via_node`) now delivers it — an enterprise that enrolled late. Returns the rows that
   * were added or became delivered.
   */
  async addRecipients(
    db: Queryable,
    warningId: string,
    recipients: readonly NewWarningRecipient[],
  ): Promise<AddedRecipient[]> {
    if (recipients.length === 0) return [];
    const result = await db.query<AddedRecipient>(
      `INSERT INTO warning_recipients AS w (warning_id, recipient_key, uscc, name, region_code,
         industry_code, node_id, tenant_org_id, via_node, delivered_at)
       SELECT $1, COALESCE(r.uscc, 'node:' || r.node_id), r.uscc, r.name, r.region_code,
         r.industry_code, r.node_id, r.tenant_org_id, r.via_node, r.delivered_at
       FROM jsonb_to_recordset($2::jsonb) AS r(uscc text, name text, region_code text,
         industry_code text, node_id text, tenant_org_id uuid, via_node text, delivered_at timestamptz)
       ON CONFLICT (warning_id, recipient_key) DO UPDATE SET
         delivered_at = EXCLUDED.delivered_at,
         node_id = COALESCE(EXCLUDED.node_id, w.node_id),
         tenant_org_id = COALESCE(EXCLUDED.tenant_org_id, w.tenant_org_id)
       WHERE w.delivered_at IS NULL AND EXCLUDED.delivered_at IS NOT NULL
         AND w.via_node IS NOT DISTINCT FROM EXCLUDED.via_node
       RETURNING w.recipient_key AS "recipientKey", w.uscc, w.name, w.node_id AS "nodeId",
         w.delivered_at AS "deliveredAt", (w.xmax = 0) AS inserted`,
      [
        warningId,
        JSON.stringify(
          recipients.map((r) => ({
            uscc: r.uscc,
            name: r.name,
            region_code: r.regionCode,
            industry_code: r.industryCode,
            node_id: r.nodeId,
            tenant_org_id: r.tenantOrgId,
            via_node: r.viaNode,
            delivered_at: r.deliveredAt?.toISOString() ?? null,
          })),
        ),
      ],
    );
    return result.rows;
  },

  async recipients(db: Queryable, warningId: string): Promise<WarningRecipientRow[]> {
    const result = await db.query<WarningRecipientRow>(
      `SELECT ${RECIPIENT_COLUMNS} FROM warning_recipients WHERE warning_id = $1
       ORDER BY name, recipient_key`,
      [warningId],
    );
    return result.rows;
  },

  /** Records a 签收 once (the first one counts); the recipient, or undefined when unknown. */
  async recordAck(
    db: Queryable,
    warningId: string,
    ref: RecipientRef,
    at: Date,
    by: string,
  ): Promise<WarningRecipientRow | undefined> {
    const where = refClause(ref, 4);
    const result = await db.query<WarningRecipientRow>(
      `UPDATE warning_recipients SET acknowledged_at = COALESCE(acknowledged_at, $2),
         acknowledged_by = COALESCE(acknowledged_by, $3),
         delivered_at = COALESCE(delivered_at, $2)
       WHERE warning_id = $1 AND ${where.sql} RETURNING ${RECIPIENT_COLUMNS}`,
      [warningId, at, by, ...where.values],
    );
    return result.rows[0];
  },

  /** Records a 反馈 (the latest one counts; an answer implies the acknowledgement). */
  async recordFeedback(
    db: Queryable,
    warningId: string,
    ref: RecipientRef,
    answer: { at: Date; by: string; measures: string; matchedIndicators: number },
  ): Promise<WarningRecipientRow | undefined> {
    const where = refClause(ref, 6);
    const result = await db.query<WarningRecipientRow>(
      `UPDATE warning_recipients SET answered_at = $2, answered_by = $3, measures = $4,
         matched_indicators = $5, acknowledged_at = COALESCE(acknowledged_at, $2),
         acknowledged_by = COALESCE(acknowledged_by, $3), delivered_at = COALESCE(delivered_at, $2)
       WHERE warning_id = $1 AND ${where.sql} RETURNING ${RECIPIENT_COLUMNS}`,
      [warningId, answer.at, answer.by, answer.measures, answer.matchedIndicators, ...where.values],
    );
    return result.rows[0];
  },

  /** Counts a reminder on the given recipients. */
  async markChased(db: Queryable, ids: readonly string[], at: Date): Promise<void> {
    if (ids.length === 0) return;
    await db.query(
      `UPDATE warning_recipients SET chase_count = chase_count + 1, last_chased_at = $2
       WHERE id = ANY($1::uuid[])`,
      [ids, at],
    );
  },
};

/** Recipient counts of one warning (see {@link warningsRepository.listTracked}). */
export interface WarningCounts {
  addressed: number;
  delivered: number;
  acknowledged: number;
  answered: number;
  overdue: number;
}
