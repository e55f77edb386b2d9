import { scoreRisk } from '@shuan/core';
import {
  assessmentFactsRepository,
  assessmentFindingsRepository,
  assessmentsRepository,
  withTransaction,
  type ChecklistAnswerRow,
  type Queryable,
  type RiskRow,
} from '@shuan/db';
import { appendAudit } from '../audit/append-audit.ts';
import { AppError, MESSAGES } from '../http/app-error.ts';
import type { NodeDeps, Principal } from '../http/context.ts';
import { checklistOf, lockAssessment } from './assessment-service.ts';

/**
 * Evidence files are kept in the database, so they stay small: 512 KiB (the table's CHECK
 * agrees). Larger documents belong in the enterprise's document system, linked by URL.
 */
export const EVIDENCE_MAX_BYTES = 512 * 1024;

const itemUnknown = (itemId: string): AppError =>
  new AppError(
    'ASSESSMENT_CHECKLIST_ITEM_UNKNOWN',
    MESSAGES.notFound(`评估项 ${itemId} `, `checklist item ${itemId}`),
  );

/** Runs `change` on a locked draft of the caller's org, then audits `action`. */
async function onDraft<T>(
  deps: NodeDeps,
  principal: Principal,
  id: string,
  action: string,
  change: (tx: Queryable, checklistItems: Set<string>) => Promise<{ result: T; target: string }>,
): Promise<T> {
  return withTransaction(deps.pool, async (tx) => {
    const row = await lockAssessment(tx, principal.orgId, id);
    const items = new Set(checklistOf(row).items.map((item) => item.id));
    const { result, target } = await change(tx, items);
    await appendAudit(tx, {
      orgId: principal.orgId,
      actor: principal.username,
      action,
      target: `assessment:${id}`,
      payload: { target },
    });
    return result;
  });
}

/** Answers one checklist item; linked catalog items must be the org's own. */
export async function saveChecklistAnswer(
  deps: NodeDeps,
  principal: Principal,
  id: string,
  answer: Omit<ChecklistAnswerRow, 'updatedAt' | 'updatedBy'>,
): Promise<void> {
  await onDraft(deps, principal, id, 'assessment.checklist', async (tx, items) => {
    if (!items.has(answer.itemId)) throw itemUnknown(answer.itemId);
    const unique = [...new Set(answer.catalogItemIds)];
    if (
      (await assessmentFactsRepository.countItems(tx, principal.orgId, unique)) !== unique.length
    ) {
      throw new AppError(
        'ASSESSMENT_CATALOG_ITEM_UNKNOWN',
        '关联的目录条目不存在 / a linked catalog item does not exist',
      );
    }
    await assessmentsRepository.saveAnswer(tx, id, {
      ...answer,
      catalogItemIds: unique,
      updatedBy: principal.username,
    });
    return { result: undefined, target: answer.itemId };
  });
}

/** Stores a small evidence file for a checklist item (`ASSESSMENT_EVIDENCE_TOO_LARGE`). */
export async function uploadEvidence(
  deps: NodeDeps,
  principal: Principal,
  id: string,
  file: { checklistItemId: string; fileName: string; contentType: string; contentBase64: string },
): Promise<string> {
  const content = Buffer.from(file.contentBase64, 'base64');
  if (content.length > EVIDENCE_MAX_BYTES) {
    throw new AppError(
      'ASSESSMENT_EVIDENCE_TOO_LARGE',
      `证据文件不得超过 512 KiB，较大的文件请以链接方式提供 / evidence files are limited to 512 KiB; link larger documents instead (${String(content.length)} bytes)`,
    );
  }
  return onDraft(deps, principal, id, 'assessment.evidence.add', async (tx, items) => {
    if (!items.has(file.checklistItemId)) throw itemUnknown(file.checklistItemId);
    const fileId = await assessmentsRepository.insertEvidence(tx, id, {
      checklistItemId: file.checklistItemId,
      fileName: file.fileName,
      contentType: file.contentType,
      content,
      uploadedBy: principal.username,
    });
    return { result: fileId, target: `${file.checklistItemId}:${file.fileName}` };
  });
}

/** Removes an evidence file of a draft. */
export async function deleteEvidence(
  deps: NodeDeps,
  principal: Principal,
  id: string,
  fileId: string,
): Promise<void> {
  await onDraft(deps, principal, id, 'assessment.evidence.delete', async (tx) => {
    if (!(await assessmentsRepository.deleteEvidence(tx, id, fileId))) {
      throw new AppError(
        'ASSESSMENT_EVIDENCE_NOT_FOUND',
        MESSAGES.notFound('证据文件', 'evidence'),
      );
    }
    return { result: undefined, target: fileId };
  });
}

const findingNotFound = (): AppError =>
  new AppError('ASSESSMENT_FINDING_NOT_FOUND', MESSAGES.notFound('风险发现', 'finding'));

/** Adds (no `findingId`) or changes a finding, scored on core's matrix. */
export async function saveFinding(
  deps: NodeDeps,
  principal: Principal,
  id: string,
  input: {
    checklistItemId: string | null;
    title: string;
    description: string;
    likelihood: number;
    impact: number;
  },
  findingId?: string,
): Promise<string> {
  const risk = scoreRisk(input.likelihood, input.impact);
  return onDraft(deps, principal, id, 'assessment.finding', async (tx, items) => {
    if (input.checklistItemId !== null && !items.has(input.checklistItemId)) {
      throw itemUnknown(input.checklistItemId);
    }
    const saved = await assessmentFindingsRepository.saveFinding(
      tx,
      id,
      { ...input, ...risk, createdBy: principal.username },
      findingId,
    );
    if (saved === undefined) throw findingNotFound();
    return { result: saved, target: saved };
  });
}

/** Removes a finding (its register entries keep their rows, unlinked). */
export async function deleteFinding(
  deps: NodeDeps,
  principal: Principal,
  id: string,
  findingId: string,
): Promise<void> {
  await onDraft(deps, principal, id, 'assessment.finding.delete', async (tx) => {
    if (!(await assessmentFindingsRepository.deleteFinding(tx, id, findingId)))
      throw findingNotFound();
    return { result: undefined, target: findingId };
  });
}

const riskNotFound = (): AppError =>
  new AppError('ASSESSMENT_RISK_NOT_FOUND', MESSAGES.notFound('风险台账条目', 'risk entry'));

/**
 * Adds or changes a register entry. The register follows remediation after completion too,
 * so it may change on a completed assessment (only its status and dates are meaningful then).
 */
export async function saveRisk(
  deps: NodeDeps,
  principal: Principal,
  id: string,
  input: Omit<RiskRow, 'id' | 'createdAt' | 'updatedAt' | 'createdBy'>,
  riskId?: string,
): Promise<string> {
  return withTransaction(deps.pool, async (tx) => {
    await lockAssessment(tx, principal.orgId, id, true);
    if (input.findingId !== null) {
      const findings = await assessmentFindingsRepository.findings(tx, id);
      if (!findings.some((finding) => finding.id === input.findingId)) throw findingNotFound();
    }
    const saved = await assessmentFindingsRepository.saveRisk(
      tx,
      id,
      { ...input, createdBy: principal.username },
      riskId,
    );
    if (saved === undefined) throw riskNotFound();
    await appendAudit(tx, {
      orgId: principal.orgId,
      actor: principal.username,
      action: 'assessment.risk',
      target: `assessment:${id}`,
      payload: { risk: saved, status: input.status, owner: input.owner },
    });
    return saved;
  });
}

/** Removes a register entry of a draft. */
export async function deleteRisk(
  deps: NodeDeps,
  principal: Principal,
  id: string,
  riskId: string,
): Promise<void> {
  await onDraft(deps, principal, id, 'assessment.risk.delete', async (tx) => {
    if (!(await assessmentFindingsRepository.deleteRisk(tx, id, riskId))) throw riskNotFound();
    return { result: undefined, target: riskId };
  });
}
