import { fetchPage, Conditions, type ListQuery, type Page } from '../list-query.ts';
import type { Queryable } from '../queryable.ts';

/** An incident of the org (migration 0009). `facts` is core's IncidentFacts. */
export interface IncidentRow {
  id: string;
  orgId: string;
  title: string;
  description: string;
  discoveredAt: Date;
  occurredAt: Date | null;
  facts: Record<string, unknown>;
  ciiInvolved: boolean;
  systems: string[];
  catalogItems: { itemId: string; table: string; level: string }[];
  dataVolume: string;
  measures: string;
  computedLevel: string;
  decidedBy: { id: string; zh: string; en: string };
  officerLevel: string | null;
  officerReason: string | null;
  level: string;
  status: 'open' | 'closed';
  closedAt: Date | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  /** When the last initial or follow-up report was sent, and the initial and summary reports. */
  lastReportAt: Date | null;
  initialSentAt: Date | null;
  summarySentAt: Date | null;
}

/** The editable part of an incident. */
export type IncidentFields = Pick<
  IncidentRow,
  | 'title'
  | 'description'
  | 'discoveredAt'
  | 'occurredAt'
  | 'facts'
  | 'ciiInvolved'
  | 'systems'
  | 'catalogItems'
  | 'dataVolume'
  | 'measures'
  | 'computedLevel'
  | 'decidedBy'
  | 'officerLevel'
  | 'officerReason'
  | 'level'
>;

export interface IncidentUpdateRow {
  id: string;
  at: Date;
  author: string;
  note: string;
}

export interface IncidentReportRow {
  id: string;
  kind: 'initial' | 'follow-up' | 'summary';
  receiver: string;
  messageId: string | null;
  payload: unknown;
  sentBy: string;
  sentAt: Date;
}

const COLUMNS = `i.id, i.org_id AS "orgId", i.title, i.description, i.discovered_at AS "discoveredAt",
  i.occurred_at AS "occurredAt", i.facts, i.cii_involved AS "ciiInvolved", i.systems,
  i.catalog_items AS "catalogItems", i.data_volume AS "dataVolume", i.measures,
  i.computed_level AS "computedLevel", i.decided_by AS "decidedBy",
  i.officer_level AS "officerLevel", i.officer_reason AS "officerReason", i.level, i.status,
  i.closed_at AS "closedAt", i.created_by AS "createdBy", i.created_at AS "createdAt",
  i.updated_at AS "updatedAt",
  (SELECT max(r.sent_at) FROM incident_reports r
     WHERE r.incident_id = i.id AND r.kind IN ('initial', 'follow-up')) AS "lastReportAt",
  (SELECT min(r.sent_at) FROM incident_reports r
     WHERE r.incident_id = i.id AND r.kind = 'initial') AS "initialSentAt",
  (SELECT min(r.sent_at) FROM incident_reports r
     WHERE r.incident_id = i.id AND r.kind = 'summary') AS "summarySentAt"`;

function fieldValues(f: IncidentFields): unknown[] {
  return [
    f.title,
    f.description,
    f.discoveredAt,
    f.occurredAt,
    JSON.stringify(f.facts),
    f.ciiInvolved,
    JSON.stringify(f.systems),
    JSON.stringify(f.catalogItems),
    f.dataVolume,
    f.measures,
    f.computedLevel,
    JSON.stringify(f.decidedBy),
    f.officerLevel,
    f.officerReason,
    f.level,
  ];
}

/** Incidents, their timelines and the reports sent about them (enterprise side). */
export const incidentsRepository = {
  async insert(
    db: Queryable,
    row: IncidentFields & { id: string; orgId: string; createdBy: string },
  ): Promise<void> {
    await db.query(
      `INSERT INTO incidents (title, description, discovered_at, occurred_at, facts, cii_involved,
         systems, catalog_items, data_volume, measures, computed_level, decided_by, officer_level,
         officer_reason, level, id, org_id, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
      [...fieldValues(row), row.id, row.orgId, row.createdBy],
    );
  },

  async update(db: Queryable, orgId: string, id: string, f: IncidentFields): Promise<void> {
    await db.query(
      `UPDATE incidents SET title = $1, description = $2, discovered_at = $3, occurred_at = $4,
         facts = $5, cii_involved = $6, systems = $7, catalog_items = $8, data_volume = $9,
         measures = $10, computed_level = $11, decided_by = $12, officer_level = $13,
         officer_reason = $14, level = $15, updated_at = now()
       WHERE org_id = $16 AND id = $17`,
      [...fieldValues(f), orgId, id],
    );
  },

  async close(db: Queryable, orgId: string, id: string, at: Date): Promise<boolean> {
    const result = await db.query(
      `UPDATE incidents SET status = 'closed', closed_at = $3, updated_at = now()
       WHERE org_id = $1 AND id = $2 AND status = 'open'`,
      [orgId, id, at],
    );
    return (result.rowCount ?? 0) === 1;
  },

  /** Locks the incident row until the transaction ends (reports are sent one at a time). */
  async getForUpdate(db: Queryable, orgId: string, id: string): Promise<IncidentRow | undefined> {
    await db.query(`SELECT 1 FROM incidents WHERE org_id = $1 AND id = $2 FOR UPDATE`, [orgId, id]);
    return incidentsRepository.get(db, orgId, id);
  },

  async get(db: Queryable, orgId: string, id: string): Promise<IncidentRow | undefined> {
    const result = await db.query<IncidentRow>(
      `SELECT ${COLUMNS} FROM incidents i WHERE i.org_id = $1 AND i.id = $2`,
      [orgId, id],
    );
    return result.rows[0];
  },

  async list(
    db: Queryable,
    orgId: string,
    query: ListQuery & { status?: string | undefined; level?: string | undefined },
  ): Promise<Page<IncidentRow>> {
    const where = new Conditions();
    where.add('i.org_id = ?', orgId);
    if (query.status !== undefined) where.add('i.status = ?', query.status);
    if (query.level !== undefined) where.add('i.level = ?', query.level);
    return fetchPage<IncidentRow>(
      db,
      {
        select: `SELECT ${COLUMNS} FROM incidents i`,
        from: 'incidents i',
        sortable: { discoveredAt: 'i.discovered_at', title: 'i.title' },
        fallbackOrder: 'i.discovered_at DESC',
        tieBreaker: 'i.id',
      },
      where,
      query,
    );
  },

  async addUpdate(db: Queryable, incidentId: string, update: IncidentUpdateRow): Promise<void> {
    await db.query(
      `INSERT INTO incident_updates (id, incident_id, at, author, note) VALUES ($1, $2, $3, $4, $5)`,
      [update.id, incidentId, update.at, update.author, update.note],
    );
  },

  async updates(db: Queryable, incidentId: string): Promise<IncidentUpdateRow[]> {
    const result = await db.query<IncidentUpdateRow>(
      `SELECT id, at, author, note FROM incident_updates WHERE incident_id = $1 ORDER BY at, id`,
      [incidentId],
    );
    return result.rows;
  },

  async addReport(db: Queryable, incidentId: string, report: IncidentReportRow): Promise<void> {
    await db.query(
      `INSERT INTO incident_reports (id, incident_id, kind, receiver, message_id, payload, sent_by,
         sent_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        report.id,
        incidentId,
        report.kind,
        report.receiver,
        report.messageId,
        JSON.stringify(report.payload),
        report.sentBy,
        report.sentAt,
      ],
    );
  },

  async reports(db: Queryable, incidentId: string): Promise<IncidentReportRow[]> {
    const result = await db.query<IncidentReportRow>(
      `SELECT id, kind, receiver, message_id AS "messageId", payload, sent_by AS "sentBy",
         sent_at AS "sentAt" FROM incident_reports WHERE incident_id = $1 ORDER BY sent_at, id`,
      [incidentId],
    );
    return result.rows;
  },
};

/** A risk report of the org. */
export interface RiskReportRow {
  id: string;
  orgId: string;
  riskType: string;
  potentialLevel: string;
  title: string;
  foundAt: Date;
  receiver: string | null;
  messageId: string | null;
  payload: unknown;
  sentBy: string;
  sentAt: Date;
}

const RISK_COLUMNS = `id, org_id AS "orgId", risk_type AS "riskType",
  potential_level AS "potentialLevel", title, found_at AS "foundAt", receiver,
  message_id AS "messageId", payload, sent_by AS "sentBy", sent_at AS "sentAt"`;

/** Risk reports (enterprise side). */
export const riskReportsRepository = {
  async insert(db: Queryable, row: RiskReportRow): Promise<void> {
    await db.query(
      `INSERT INTO risk_reports (id, org_id, risk_type, potential_level, title, found_at, receiver,
         message_id, payload, sent_by, sent_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        row.id,
        row.orgId,
        row.riskType,
        row.potentialLevel,
        row.title,
        row.foundAt,
        row.receiver,
        row.messageId,
        JSON.stringify(row.payload),
        row.sentBy,
        row.sentAt,
      ],
    );
  },

  async get(db: Queryable, orgId: string, id: string): Promise<RiskReportRow | undefined> {
    const result = await db.query<RiskReportRow>(
      `SELECT ${RISK_COLUMNS} FROM risk_reports WHERE org_id = $1 AND id = $2`,
      [orgId, id],
    );
    return result.rows[0];
  },

  async list(db: Queryable, orgId: string, query: ListQuery): Promise<Page<RiskReportRow>> {
    const where = new Conditions();
    where.add('org_id = ?', orgId);
    return fetchPage<RiskReportRow>(
      db,
      {
        select: `SELECT ${RISK_COLUMNS} FROM risk_reports`,
        from: 'risk_reports',
        sortable: { sentAt: 'sent_at', foundAt: 'found_at' },
        fallbackOrder: 'sent_at DESC',
        tieBreaker: 'id',
      },
      where,
      query,
    );
  },
};
