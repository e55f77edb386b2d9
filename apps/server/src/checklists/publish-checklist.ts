import {
  AssessmentRuleError,
  builtinChecklist,
  compareChecklistVersions,
  hasCapability,
  parseAssessmentChecklist,
  type AssessmentChecklist,
} from '@shuan/core';
import {
  assessmentChecklistsRepository,
  withTransaction,
  type ChecklistVersionRow,
} from '@shuan/db';
import { appendAudit } from '../audit/append-audit.ts';
import { requireNodeOperator } from '../federation/manage-federation.ts';
import { AppError } from '../http/app-error.ts';
import type { NodeDeps, Principal } from '../http/context.ts';
import { forwardChecklistToChildren, publishPayloadOf } from './apply-checklist.ts';
import { checklistDigest, isBuiltinChecklist } from './current-checklist.ts';

/** What {@link publishChecklist} stored and whom it queued the version to. */
export interface PublishedChecklist {
  row: ChecklistVersionRow;
  checklist: AssessmentChecklist;
  queuedTo: string[];
}

const notPublisher = (detail: string): AppError =>
  new AppError('ASSESSMENT_CHECKLIST_NOT_PUBLISHER', detail);

/**
 * A province or the ministry publishes a checklist version: checked with core's checklist
 * parser (the same rules as the built-in file), then stored, queued as `checklist.publish`
 * to every active child and audited, in ONE transaction. Each checklist id has one
 * publisher: the built-in ids are the national publisher's (the node that publishes rule
 * packs, the ministry), an id this node received from its parent is the parent's, and a
 * province publishes under its own ids (e.g. `risk-assessment-2024-js`). The version must be
 * newer than every version of the id this node holds or bundles.
 */
export async function publishChecklist(
  deps: NodeDeps,
  principal: Principal,
  body: Record<string, unknown>,
): Promise<PublishedChecklist> {
  await requireNodeOperator(deps, principal);
  const role = deps.config.role;
  if (!hasCapability(role, 'publishes-checklists')) {
    throw notPublisher(
      '只有省级和部级节点可以发布评估检查单 / only province and ministry nodes publish checklists',
    );
  }
  const checklist = parseOrRefuse(body);
  const self = deps.federation.identity.nodeId;
  if (isBuiltinChecklist(checklist.id) && !hasCapability(role, 'publishes-rule-packs')) {
    throw notPublisher(
      `内置检查单 ${checklist.id} 由部级节点发布，请使用本省自己的编号 / ` +
        `the built-in checklist ${checklist.id} is the ministry's; publish under an id of your own`,
    );
  }
  return withTransaction(deps.pool, async (tx) => {
    await assessmentChecklistsRepository.lockChecklistId(tx, checklist.id);
    const held = await assessmentChecklistsRepository.versionsOf(tx, checklist.id);
    const other = held.find((row) => row.publishedBy !== self);
    if (other !== undefined) {
      throw notPublisher(
        `检查单 ${checklist.id} 由 ${other.publishedBy} 发布 / ` +
          `the checklist ${checklist.id} is published by ${other.publishedBy}`,
      );
    }
    const versions = held.map((row) => row.version);
    if (isBuiltinChecklist(checklist.id)) versions.push(builtinChecklist(checklist.id).version);
    const newest = versions.sort(compareChecklistVersions).at(-1);
    if (newest !== undefined && compareChecklistVersions(checklist.version, newest) <= 0) {
      throw new AppError(
        'ASSESSMENT_CHECKLIST_VERSION_NOT_NEWER',
        `检查单 ${checklist.id} 的版本须高于 ${newest} / ` +
          `the version of ${checklist.id} must be newer than ${newest}`,
      );
    }
    const row: ChecklistVersionRow = {
      checklistId: checklist.id,
      version: checklist.version,
      sm3: checklistDigest(checklist),
      checklist: checklist as unknown as Record<string, unknown>,
      origin: 'published',
      publishedBy: self,
      publishedAt: new Date(),
      publishedUser: principal.username,
      receivedFrom: null,
      envelopeId: null,
      problem: null,
      createdAt: new Date(),
    };
    await assessmentChecklistsRepository.insert(tx, row);
    const queuedTo = await forwardChecklistToChildren(tx, publishPayloadOf(row));
    await appendAudit(tx, {
      orgId: principal.orgId,
      actor: principal.username,
      action: 'checklist.publish',
      target: `checklist:${checklist.id}@${checklist.version}`,
      payload: { sm3: row.sm3, items: checklist.items.length, queuedTo: queuedTo.length },
    });
    return { row, checklist, queuedTo };
  });
}

/** Core's checklist rules, plus the sizes the federation message allows (contracts). */
function parseOrRefuse(body: Record<string, unknown>): AssessmentChecklist {
  let checklist: AssessmentChecklist;
  try {
    checklist = parseAssessmentChecklist(body, 'request');
  } catch (error) {
    if (error instanceof AssessmentRuleError)
      throw new AppError('ASSESSMENT_CHECKLIST_INVALID', error.message);
    throw error;
  }
  if (checklist.id.length > 100 || !/^\d{1,6}\.\d{1,6}\.\d{1,6}$/.test(checklist.version)) {
    throw new AppError(
      'ASSESSMENT_CHECKLIST_INVALID',
      '编号至多 100 个字符，版本每段至多 6 位数字 / the id is at most 100 characters, each version part at most 6 digits',
    );
  }
  return checklist;
}
