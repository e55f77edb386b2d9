import type { Queryable } from '../queryable.ts';

/** Status of an assessment (migration 0011). */
export type AssessmentStatus = 'draft' | 'completed';

/** One member of the assessment team. */
export interface AssessmentTeamMember {
  name: string;
  role: string;
  organization: string;
}

/** A yearly risk assessment of one org. `checklist`, `scope` and `facts` are JSON snapshots. */
export interface AssessmentRow {
  id: string;
  orgId: string;
  year: number;
  title: string;
  checklistId: string;
  checklistVersion: string;
  checklist: unknown;
  team: AssessmentTeamMember[];
  scope: unknown[];
  facts: Record<string, unknown>;
  scopeRefreshedAt: Date;
  conclusion: string;
  measures: string;
  status: AssessmentStatus;
  /** `YYYY-MM-DD` (China day) when completed. */
  completedOn: string | null;
  completedBy: string | null;
  filedAt: Date | null;
  filedBy: string | null;
  filedReceiver: string | null;
  filedMessageId: string | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

/** One checklist answer. */
export interface ChecklistAnswerRow {
  itemId: string;
  status: 'pending' | 'compliant' | 'partial' | 'non-compliant' | 'not-applicable';
  notes: string;
  catalogItemIds: string[];
  links: string[];
  updatedBy: string | null;
  updatedAt: Date;
}

/** An evidence file without its content. */
export interface EvidenceFileRow {
  id: string;
  checklistItemId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  uploadedBy: string;
  uploadedAt: Date;
}

/** A `date` column as `YYYY-MM-DD` text under `alias`. */
export const DAY = (column: string, alias: string): string =>
  `to_char(${column}, 'YYYY-MM-DD') AS "${alias}"`;

const COLUMNS = `id, org_id AS "orgId", year, title, checklist_id AS "checklistId",
  checklist_version AS "checklistVersion", checklist, team, scope, facts,
  scope_refreshed_at AS "scopeRefreshedAt", conclusion, measures, status,
  ${DAY('completed_on', 'completedOn')}, completed_by AS "completedBy", filed_at AS "filedAt",
  filed_by AS "filedBy", filed_receiver AS "filedReceiver", filed_message_id AS "filedMessageId",
  created_by AS "createdBy", created_at AS "createdAt", updated_at AS "updatedAt"`;

/** Assessments, their checklist answers and evidence; org-scoped (findings and register: assessment-findings.pg.ts). */
export const assessmentsRepository = {
  async insert(
    db: Queryable,
    row: Pick<
      AssessmentRow,
      | 'orgId'
      | 'year'
      | 'title'
      | 'checklistId'
      | 'checklistVersion'
      | 'checklist'
      | 'team'
      | 'scope'
      | 'facts'
      | 'createdBy'
    >,
    itemIds: readonly string[],
  ): Promise<string> {
    const result = await db.query<{ id: string }>(
      `INSERT INTO assessments (org_id, year, title, checklist_id, checklist_version, checklist,
         team, scope, facts, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        row.orgId,
        row.year,
        row.title,
        row.checklistId,
        row.checklistVersion,
        JSON.stringify(row.checklist),
        JSON.stringify(row.team),
        JSON.stringify(row.scope),
        JSON.stringify(row.facts),
        row.createdBy,
      ],
    );
    const id = result.rows[0]?.id ?? '';
    await db.query(
      `INSERT INTO assessment_checklist_answers (assessment_id, item_id)
       SELECT $1, unnest($2::text[])`,
      [id, itemIds],
    );
    return id;
  },

  async list(db: Queryable, orgId: string): Promise<AssessmentRow[]> {
    const result = await db.query<AssessmentRow>(
      `SELECT ${COLUMNS} FROM assessments WHERE org_id = $1
       ORDER BY year DESC, created_at DESC LIMIT 500`,
      [orgId],
    );
    return result.rows;
  },

  /** The assessment, locked FOR UPDATE when `lock` (inside a transaction). */
  async get(
    db: Queryable,
    orgId: string,
    id: string,
    lock = false,
  ): Promise<AssessmentRow | undefined> {
    const result = await db.query<AssessmentRow>(
      `SELECT ${COLUMNS} FROM assessments WHERE org_id = $1 AND id = $2${lock ? ' FOR UPDATE' : ''}`,
      [orgId, id],
    );
    return result.rows[0];
  },

  async update(
    db: Queryable,
    id: string,
    patch: Partial<
      Pick<AssessmentRow, 'title' | 'team' | 'scope' | 'facts' | 'conclusion' | 'measures'>
    >,
  ): Promise<void> {
    const columns: Record<string, string> = {
      title: 'title',
      team: 'team',
      scope: 'scope',
      facts: 'facts',
      conclusion: 'conclusion',
      measures: 'measures',
    };
    const sets: string[] = [];
    const values: unknown[] = [id];
    for (const [key, value] of Object.entries(patch) as [string, unknown][]) {
      const column = columns[key];
      if (column === undefined || value === undefined) continue;
      values.push(typeof value === 'string' ? value : JSON.stringify(value));
      sets.push(`${column} = $${String(values.length)}`);
    }
    if ('scope' in patch) sets.push('scope_refreshed_at = now()');
    sets.push('updated_at = now()');
    await db.query(`UPDATE assessments SET ${sets.join(', ')} WHERE id = $1`, values);
  },

  async complete(db: Queryable, id: string, completedOn: string, by: string): Promise<void> {
    await db.query(
      `UPDATE assessments SET status = 'completed', completed_on = $2, completed_by = $3,
         updated_at = now() WHERE id = $1`,
      [id, completedOn, by],
    );
  },

  async markFiled(
    db: Queryable,
    id: string,
    filed: { at: Date; by: string; receiver: string; messageId: string | null },
  ): Promise<void> {
    await db.query(
      `UPDATE assessments SET filed_at = $2, filed_by = $3, filed_receiver = $4,
         filed_message_id = $5, updated_at = now() WHERE id = $1`,
      [id, filed.at, filed.by, filed.receiver, filed.messageId],
    );
  },

  async answers(db: Queryable, id: string): Promise<ChecklistAnswerRow[]> {
    const result = await db.query<ChecklistAnswerRow>(
      `SELECT item_id AS "itemId", status, notes, catalog_item_ids AS "catalogItemIds", links,
         updated_by AS "updatedBy", updated_at AS "updatedAt"
       FROM assessment_checklist_answers WHERE assessment_id = $1 ORDER BY item_id`,
      [id],
    );
    return result.rows;
  },

  /** Saves one answer; false when the checklist has no such item. */
  async saveAnswer(
    db: Queryable,
    id: string,
    answer: Omit<ChecklistAnswerRow, 'updatedAt'>,
  ): Promise<boolean> {
    const result = await db.query(
      `UPDATE assessment_checklist_answers SET status = $3, notes = $4, catalog_item_ids = $5,
         links = $6, updated_by = $7, updated_at = now()
       WHERE assessment_id = $1 AND item_id = $2`,
      [
        id,
        answer.itemId,
        answer.status,
        answer.notes,
        answer.catalogItemIds,
        answer.links,
        answer.updatedBy,
      ],
    );
    return (result.rowCount ?? 0) > 0;
  },

  async evidence(db: Queryable, id: string): Promise<EvidenceFileRow[]> {
    const result = await db.query<EvidenceFileRow>(
      `SELECT id, checklist_item_id AS "checklistItemId", file_name AS "fileName",
         content_type AS "contentType", size_bytes AS "sizeBytes", uploaded_by AS "uploadedBy",
         uploaded_at AS "uploadedAt"
       FROM assessment_evidence_files WHERE assessment_id = $1 ORDER BY uploaded_at, id`,
      [id],
    );
    return result.rows;
  },

  async insertEvidence(
    db: Queryable,
    id: string,
    file: Pick<EvidenceFileRow, 'checklistItemId' | 'fileName' | 'contentType' | 'uploadedBy'> & {
      content: Buffer;
    },
  ): Promise<string> {
    const result = await db.query<{ id: string }>(
      `INSERT INTO assessment_evidence_files (assessment_id, checklist_item_id, file_name,
         content_type, size_bytes, content, uploaded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        id,
        file.checklistItemId,
        file.fileName,
        file.contentType,
        file.content.length,
        file.content,
        file.uploadedBy,
      ],
    );
    return result.rows[0]?.id ?? '';
  },

  async evidenceContent(
    db: Queryable,
    id: string,
    fileId: string,
  ): Promise<(EvidenceFileRow & { content: Buffer }) | undefined> {
    const result = await db.query<EvidenceFileRow & { content: Buffer }>(
      `SELECT id, checklist_item_id AS "checklistItemId", file_name AS "fileName",
         content_type AS "contentType", size_bytes AS "sizeBytes", uploaded_by AS "uploadedBy",
         uploaded_at AS "uploadedAt", content
       FROM assessment_evidence_files WHERE assessment_id = $1 AND id = $2`,
      [id, fileId],
    );
    return result.rows[0];
  },

  async deleteEvidence(db: Queryable, id: string, fileId: string): Promise<boolean> {
    const result = await db.query(
      'DELETE FROM assessment_evidence_files WHERE assessment_id = $1 AND id = $2',
      [id, fileId],
    );
    return (result.rowCount ?? 0) > 0;
  },
};
