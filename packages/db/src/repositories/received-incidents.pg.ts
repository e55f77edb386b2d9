import { Conditions, pageClause, type ListQuery, type Page } from '../list-query.ts';
import type { Queryable } from '../queryable.ts';

/** Who reported: the enterprise as its report names it. */
export interface Reporter {
  uscc: string;
  name: string;
  region: string;
  industry: string;
}

/** An incident as this regulator node holds it: its latest report (migration 0009). */
export interface ReceivedIncidentRow {
  id: string;
  sender: string;
  tenantOrgId: string | null;
  incidentId: string;
  uscc: string;
  enterpriseName: string;
  regionCode: string;
  industryCode: string;
  title: string;
  level: string;
  status: string;
  discoveredAt: Date;
  closedAt: Date | null;
  lastKind: string;
  lastReportAt: Date;
  reports: number;
  summaryReceived: boolean;
  payload: unknown;
  forwardedAt: Date | null;
  receivedAt: Date;
}

/** One received incident report, as {@link receivedIncidentsRepository.record} stores it. */
export interface ReceivedIncidentReport {
  sender: string;
  tenantOrgId: string | null;
  envelopeId: string | null;
  reportId: string;
  incidentId: string;
  kind: string;
  enterprise: Reporter;
  title: string;
  level: string;
  status: string;
  discoveredAt: Date;
  closedAt: Date | null;
  sentAt: Date;
  payload: unknown;
  receivedAt: Date;
}

const COLUMNS = `id, sender, tenant_org_id AS "tenantOrgId", incident_id AS "incidentId", uscc,
  enterprise_name AS "enterpriseName", region_code AS "regionCode",
  industry_code AS "industryCode", title, level, status, discovered_at AS "discoveredAt",
  closed_at AS "closedAt", last_kind AS "lastKind", last_report_at AS "lastReportAt", reports,
  summary_received AS "summaryReceived", payload, forwarded_at AS "forwardedAt",
  received_at AS "receivedAt"`;

/**
 * The exact total of a received list: the `filter` cells of `regulator_report_months`
 * (migration 0015: 'level/status' per incident, 'level/type' per risk, kept in the same
 * transaction as the rows), a few hundred rows, instead of counting up to 500,000 rows on
 * every page. `first` and `second` are the filter's two parts, undefined for any.
 */
async function receivedTotal(
  db: Queryable,
  kind: 'incident' | 'risk',
  first: string | undefined,
  second: string | undefined,
): Promise<number> {
  const result = await db.query<{ n: string }>(
    `SELECT coalesce(sum(count), 0)::bigint AS n FROM regulator_report_months
      WHERE dim = 'filter' AND kind = $1
        AND ($2::text IS NULL OR split_part(key, '/', 1) = $2)
        AND ($3::text IS NULL OR split_part(key, '/', 2) = $3)`,
    [kind, first ?? null, second ?? null],
  );
  return Number(result.rows[0]?.n ?? 0);
}

/** Incidents received from children and tenants (province and ministry). */
export const receivedIncidentsRepository = {
  /**
   * Stores one report and brings the incident's row up to it. False when this report was
   * already stored (a re-delivery), so the caller does not forward it twice.
   */
  async record(db: Queryable, report: ReceivedIncidentReport): Promise<boolean> {
    const inserted = await db.query(
      `INSERT INTO received_incident_reports (id, sender, envelope_id, incident_id, report_id, kind,
         payload, received_at) VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (sender, report_id) DO NOTHING`,
      [
        report.sender,
        report.envelopeId,
        report.incidentId,
        report.reportId,
        report.kind,
        JSON.stringify(report.payload),
        report.receivedAt,
      ],
    );
    if ((inserted.rowCount ?? 0) === 0) return false;
    const e = report.enterprise;
    // A later report replaces the incident's state; an older one arriving late does not.
    await db.query(
      `INSERT INTO received_incidents (id, sender, tenant_org_id, incident_id, uscc,
         enterprise_name, region_code, industry_code, title, level, status, discovered_at,
         closed_at, last_kind, last_report_at, reports, summary_received, payload, received_at)
       VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, 1,
         $13 = 'summary', $15, $16)
       ON CONFLICT (sender, incident_id) DO UPDATE SET
         reports = received_incidents.reports + 1,
         summary_received = received_incidents.summary_received OR $13 = 'summary',
         uscc = CASE WHEN $14 >= received_incidents.last_report_at THEN $4 ELSE received_incidents.uscc END,
         title = CASE WHEN $14 >= received_incidents.last_report_at THEN $8 ELSE received_incidents.title END,
         level = CASE WHEN $14 >= received_incidents.last_report_at THEN $9 ELSE received_incidents.level END,
         status = CASE WHEN $14 >= received_incidents.last_report_at THEN $10 ELSE received_incidents.status END,
         closed_at = CASE WHEN $14 >= received_incidents.last_report_at THEN $12 ELSE received_incidents.closed_at END,
         last_kind = CASE WHEN $14 >= received_incidents.last_report_at THEN $13 ELSE received_incidents.last_kind END,
         payload = CASE WHEN $14 >= received_incidents.last_report_at THEN $15 ELSE received_incidents.payload END,
         last_report_at = greatest(received_incidents.last_report_at, $14)`,
      [
        report.sender,
        report.tenantOrgId,
        report.incidentId,
        e.uscc,
        e.name,
        e.region,
        e.industry,
        report.title,
        report.level,
        report.status,
        report.discoveredAt,
        report.closedAt,
        report.kind,
        report.sentAt,
        JSON.stringify(report.payload),
        report.receivedAt,
      ],
    );
    return true;
  },

  async markForwarded(db: Queryable, sender: string, incidentId: string, at: Date): Promise<void> {
    await db.query(
      `UPDATE received_incidents SET forwarded_at = $3 WHERE sender = $1 AND incident_id = $2`,
      [sender, incidentId, at],
    );
  },

  async get(db: Queryable, id: string): Promise<ReceivedIncidentRow | undefined> {
    const result = await db.query<ReceivedIncidentRow>(
      `SELECT ${COLUMNS} FROM received_incidents WHERE id = $1`,
      [id],
    );
    return result.rows[0];
  },

  async reports(
    db: Queryable,
    sender: string,
    incidentId: string,
  ): Promise<{ reportId: string; kind: string; payload: unknown; receivedAt: Date }[]> {
    const result = await db.query<{
      reportId: string;
      kind: string;
      payload: unknown;
      receivedAt: Date;
    }>(
      `SELECT report_id AS "reportId", kind, payload, received_at AS "receivedAt"
       FROM received_incident_reports WHERE sender = $1 AND incident_id = $2
       ORDER BY received_at, id`,
      [sender, incidentId],
    );
    return result.rows;
  },

  async list(
    db: Queryable,
    query: ListQuery & { level?: string | undefined; status?: string | undefined },
  ): Promise<Page<ReceivedIncidentRow>> {
    const where = new Conditions();
    if (query.level !== undefined) where.add('level = ?', query.level);
    if (query.status !== undefined) where.add('status = ?', query.status);
    const order = pageClause(
      query,
      { lastReportAt: 'last_report_at', discoveredAt: 'discovered_at' },
      'last_report_at DESC',
      'id',
    );
    const rows = await db.query<ReceivedIncidentRow>(
      `SELECT ${COLUMNS} FROM received_incidents ${where.where()} ${order}`,
      where.params,
    );
    const total = await receivedTotal(db, 'incident', query.level, query.status);
    return { items: rows.rows, total, page: query.page, pageSize: query.pageSize };
  },
};

/** A risk as this regulator node holds it. */
export interface ReceivedRiskRow {
  id: string;
  sender: string;
  tenantOrgId: string | null;
  reportId: string;
  uscc: string;
  enterpriseName: string;
  regionCode: string;
  industryCode: string;
  riskType: string;
  potentialLevel: string;
  title: string;
  foundAt: Date;
  payload: unknown;
  forwardedAt: Date | null;
  receivedAt: Date;
}

const RISK_COLUMNS = `id, sender, tenant_org_id AS "tenantOrgId", report_id AS "reportId", uscc,
  enterprise_name AS "enterpriseName", region_code AS "regionCode",
  industry_code AS "industryCode", risk_type AS "riskType",
  potential_level AS "potentialLevel", title, found_at AS "foundAt", payload,
  forwarded_at AS "forwardedAt", received_at AS "receivedAt"`;

/** Risks received from children and tenants (province and ministry). */
export const receivedRisksRepository = {
  /** Stores one risk report; false when it was already stored. */
  async record(
    db: Queryable,
    row: Omit<
      ReceivedRiskRow,
      'id' | 'forwardedAt' | 'uscc' | 'enterpriseName' | 'regionCode' | 'industryCode'
    > & {
      envelopeId: string | null;
      enterprise: Reporter;
    },
  ): Promise<boolean> {
    const result = await db.query(
      `INSERT INTO received_risks (id, sender, tenant_org_id, envelope_id, report_id, uscc,
         enterprise_name, region_code, industry_code, risk_type, potential_level, title, found_at,
         payload, received_at)
       VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
       ON CONFLICT (sender, report_id) DO NOTHING`,
      [
        row.sender,
        row.tenantOrgId,
        row.envelopeId,
        row.reportId,
        row.enterprise.uscc,
        row.enterprise.name,
        row.enterprise.region,
        row.enterprise.industry,
        row.riskType,
        row.potentialLevel,
        row.title,
        row.foundAt,
        JSON.stringify(row.payload),
        row.receivedAt,
      ],
    );
    return (result.rowCount ?? 0) === 1;
  },

  async markForwarded(db: Queryable, sender: string, reportId: string, at: Date): Promise<void> {
    await db.query(
      `UPDATE received_risks SET forwarded_at = $3 WHERE sender = $1 AND report_id = $2`,
      [sender, reportId, at],
    );
  },

  async list(
    db: Queryable,
    query: ListQuery & { level?: string | undefined; type?: string | undefined },
  ): Promise<Page<ReceivedRiskRow>> {
    const where = new Conditions();
    if (query.level !== undefined) where.add('potential_level = ?', query.level);
    if (query.type !== undefined) where.add('risk_type = ?', query.type);
    const order = pageClause(
      query,
      { receivedAt: 'received_at', foundAt: 'found_at' },
      'received_at DESC',
      'id',
    );
    const rows = await db.query<ReceivedRiskRow>(
      `SELECT ${RISK_COLUMNS} FROM received_risks ${where.where()} ${order}`,
      where.params,
    );
    const total = await receivedTotal(db, 'risk', query.level, query.type);
    return { items: rows.rows, total, page: query.page, pageSize: query.pageSize };
  },
};
