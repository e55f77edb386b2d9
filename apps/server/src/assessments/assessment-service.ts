import { chinaDate, type AssessmentChecklist } from '@shuan/core';
import {
  assessmentsRepository,
  withTransaction,
  type AssessmentRow,
  type AssessmentTeamMember,
  type Queryable,
} from '@shuan/db';
import { appendAudit } from '../audit/append-audit.ts';
import { currentChecklist } from '../checklists/current-checklist.ts';
import { AppError, MESSAGES } from '../http/app-error.ts';
import type { NodeDeps, Principal } from '../http/context.ts';
import { gatherScopeAndFacts } from './prefill-facts.ts';

/** 404 of an assessment that is not the caller's. */
export const assessmentNotFound = (): AppError =>
  new AppError('ASSESSMENT_NOT_FOUND', MESSAGES.notFound('风险评估', 'assessment'));

/** The checklist snapshot stored on an assessment. */
export function checklistOf(row: AssessmentRow): AssessmentChecklist {
  return row.checklist as AssessmentChecklist;
}

/** The org's assessment locked for a change; only a draft may change unless `anyStatus`. */
export async function lockAssessment(
  tx: Queryable,
  orgId: string,
  id: string,
  anyStatus = false,
): Promise<AssessmentRow> {
  const row = await assessmentsRepository.get(tx, orgId, id, true);
  if (row === undefined) throw assessmentNotFound();
  if (!anyStatus && row.status !== 'draft') {
    throw new AppError(
      'ASSESSMENT_NOT_DRAFT',
      '评估已完成，不能再修改 / the assessment is completed and can no longer change',
    );
  }
  return row;
}

/**
 * Starts an assessment: the checklist this node uses now (`currentChecklist`: the built-in
 * 2024 one, or the latest version a province or the ministry published to it), stored as a
 * snapshot with its id and version, so a newer version published later does not change a
 * running assessment; one pending answer per item; and the scope (every important and core
 * catalog item) with the facts Shu'an pre-fills. Audited.
 */
export async function createAssessment(
  deps: NodeDeps,
  principal: Principal,
  input: { year: number; title?: string | undefined; team: AssessmentTeamMember[] },
): Promise<string> {
  return withTransaction(deps.pool, async (tx) => {
    const { checklist } = await currentChecklist(tx);
    const { scope, facts } = await gatherScopeAndFacts(tx, principal.orgId, new Date());
    const title = input.title ?? `${String(input.year)} 年度数据安全风险评估`;
    const id = await assessmentsRepository.insert(
      tx,
      {
        orgId: principal.orgId,
        year: input.year,
        title,
        checklistId: checklist.id,
        checklistVersion: checklist.version,
        checklist,
        team: input.team,
        scope,
        facts: facts as unknown as Record<string, unknown>,
        createdBy: principal.username,
      },
      checklist.items.map((item) => item.id),
    );
    await appendAudit(tx, {
      orgId: principal.orgId,
      actor: principal.username,
      action: 'assessment.create',
      target: `assessment:${id}`,
      payload: { year: input.year, checklist: `${checklist.id}@${checklist.version}` },
    });
    return id;
  });
}

/** Changes the title, team, conclusion or measures of a draft. Audited. */
export async function updateAssessment(
  deps: NodeDeps,
  principal: Principal,
  id: string,
  patch: {
    title?: string | undefined;
    team?: AssessmentTeamMember[] | undefined;
    conclusion?: string | undefined;
    measures?: string | undefined;
  },
): Promise<void> {
  await withTransaction(deps.pool, async (tx) => {
    await lockAssessment(tx, principal.orgId, id);
    await assessmentsRepository.update(tx, id, patch);
    await appendAudit(tx, {
      orgId: principal.orgId,
      actor: principal.username,
      action: 'assessment.update',
      target: `assessment:${id}`,
      payload: { fields: Object.keys(patch) },
    });
  });
}

/** Pulls the scope and pre-filled facts in again (the catalog changed). Audited. */
export async function refreshAssessment(
  deps: NodeDeps,
  principal: Principal,
  id: string,
): Promise<void> {
  await withTransaction(deps.pool, async (tx) => {
    await lockAssessment(tx, principal.orgId, id);
    const { scope, facts } = await gatherScopeAndFacts(tx, principal.orgId, new Date());
    await assessmentsRepository.update(tx, id, {
      scope,
      facts: facts as unknown as Record<string, unknown>,
    });
    await appendAudit(tx, {
      orgId: principal.orgId,
      actor: principal.username,
      action: 'assessment.refresh',
      target: `assessment:${id}`,
      payload: { scope: scope.length },
    });
  });
}

/**
 * Completes a draft: every checklist item answered (not `pending`) and a conclusion written.
 * The completion day starts the 10 working days to file and the year of validity.
 */
export async function completeAssessment(
  deps: NodeDeps,
  principal: Principal,
  id: string,
  completedOn: string | undefined,
): Promise<void> {
  await withTransaction(deps.pool, async (tx) => {
    const row = await lockAssessment(tx, principal.orgId, id);
    const pending = (await assessmentsRepository.answers(tx, id)).filter(
      (answer) => answer.status === 'pending',
    );
    if (pending.length > 0) {
      throw new AppError(
        'ASSESSMENT_CHECKLIST_INCOMPLETE',
        `评估项尚未全部完成 / checklist items still pending: ${pending.map((a) => a.itemId).join(', ')}`,
      );
    }
    if (row.conclusion.trim() === '') {
      throw new AppError(
        'ASSESSMENT_CONCLUSION_REQUIRED',
        '请先填写评估结论 / write the conclusion first',
      );
    }
    const day = completedOn ?? chinaDate(new Date());
    await assessmentsRepository.complete(tx, id, day, principal.username);
    await appendAudit(tx, {
      orgId: principal.orgId,
      actor: principal.username,
      action: 'assessment.complete',
      target: `assessment:${id}`,
      payload: { completedOn: day },
    });
  });
}
