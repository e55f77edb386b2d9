import type { Queryable } from '../queryable.ts';
import { DAY } from './assessments.pg.ts';

/** A finding scored on the likelihood × impact matrix. */
export interface FindingRow {
  id: string;
  checklistItemId: string | null;
  title: string;
  description: string;
  likelihood: number;
  impact: number;
  score: number;
  band: 'low' | 'medium' | 'high' | 'critical';
  createdBy: string;
  createdAt: Date;
}

/** One entry of the risk register. `remediationDue` is `YYYY-MM-DD`. */
export interface RiskRow {
  id: string;
  findingId: string | null;
  title: string;
  owner: string;
  measures: string;
  remediationDue: string;
  status: 'open' | 'in-progress' | 'done' | 'accepted';
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

const FINDING_COLUMNS = `id, checklist_item_id AS "checklistItemId", title, description,
  likelihood, impact, score, band, created_by AS "createdBy", created_at AS "createdAt"`;

const RISK_COLUMNS = `id, finding_id AS "findingId", title, owner, measures,
  ${DAY('remediation_due', 'remediationDue')}, status, created_by AS "createdBy",
  created_at AS "createdAt", updated_at AS "updatedAt"`;

/** The findings and the risk register of an assessment; org-scoped through the assessment. */
export const assessmentFindingsRepository = {
  async findings(db: Queryable, id: string): Promise<FindingRow[]> {
    const result = await db.query<FindingRow>(
      `SELECT ${FINDING_COLUMNS} FROM assessment_findings WHERE assessment_id = $1
       ORDER BY score DESC, created_at, id`,
      [id],
    );
    return result.rows;
  },

  async saveFinding(
    db: Queryable,
    id: string,
    finding: Omit<FindingRow, 'id' | 'createdAt'>,
    findingId?: string,
  ): Promise<string | undefined> {
    const values = [
      id,
      finding.checklistItemId,
      finding.title,
      finding.description,
      finding.likelihood,
      finding.impact,
      finding.score,
      finding.band,
    ];
    const result =
      findingId === undefined
        ? await db.query<{ id: string }>(
            `INSERT INTO assessment_findings (assessment_id, checklist_item_id, title, description,
               likelihood, impact, score, band, created_by)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
            [...values, finding.createdBy],
          )
        : await db.query<{ id: string }>(
            `UPDATE assessment_findings SET checklist_item_id = $2, title = $3, description = $4,
               likelihood = $5, impact = $6, score = $7, band = $8
             WHERE assessment_id = $1 AND id = $9 RETURNING id`,
            [...values, findingId],
          );
    return result.rows[0]?.id;
  },

  async deleteFinding(db: Queryable, id: string, findingId: string): Promise<boolean> {
    const result = await db.query(
      'DELETE FROM assessment_findings WHERE assessment_id = $1 AND id = $2',
      [id, findingId],
    );
    return (result.rowCount ?? 0) > 0;
  },

  async risks(db: Queryable, id: string): Promise<RiskRow[]> {
    const result = await db.query<RiskRow>(
      `SELECT ${RISK_COLUMNS} FROM assessment_risks WHERE assessment_id = $1
       ORDER BY remediation_due, created_at, id`,
      [id],
    );
    return result.rows;
  },

  async saveRisk(
    db: Queryable,
    id: string,
    risk: Omit<RiskRow, 'id' | 'createdAt' | 'updatedAt'>,
    riskId?: string,
  ): Promise<string | undefined> {
    const values = [
      id,
      risk.findingId,
      risk.title,
      risk.owner,
      risk.measures,
      risk.remediationDue,
      risk.status,
    ];
    const result =
      riskId === undefined
        ? await db.query<{ id: string }>(
            `INSERT INTO assessment_risks (assessment_id, finding_id, title, owner, measures,
               remediation_due, status, created_by)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
            [...values, risk.createdBy],
          )
        : await db.query<{ id: string }>(
            `UPDATE assessment_risks SET finding_id = $2, title = $3, owner = $4, measures = $5,
               remediation_due = $6, status = $7, updated_at = now()
             WHERE assessment_id = $1 AND id = $8 RETURNING id`,
            [...values, riskId],
          );
    return result.rows[0]?.id;
  },

  async deleteRisk(db: Queryable, id: string, riskId: string): Promise<boolean> {
    const result = await db.query(
      'DELETE FROM assessment_risks WHERE assessment_id = $1 AND id = $2',
      [id, riskId],
    );
    return (result.rowCount ?? 0) > 0;
  },
};
