import {
  ChecklistPublishPayloadSchema,
  type Envelope,
  type MessagePayload,
} from '@shuan/contracts';
import {
  AssessmentRuleError,
  parseAssessmentChecklist,
  type AssessmentChecklist,
} from '@shuan/core';
import {
  assessmentChecklistsRepository,
  federationPeersRepository,
  type ChecklistVersionRow,
  type Queryable,
} from '@shuan/db';
import { queueMessage } from '../federation/queue-message.ts';
import { checklistDigest } from './current-checklist.ts';

type PublishPayload = MessagePayload<'checklist.publish'>;

/**
 * Why a received checklist version cannot be used, or null: its SM3 must match the
 * canonical JSON of the checklist carried, the checklist must pass core's parser, its id
 * and version must be those announced, and the id must not be another node's here (each
 * checklist id has one publisher: a province's own id colliding with one the ministry
 * publishes, or the reverse, is refused rather than mixed).
 */
export function checklistProblem(
  payload: PublishPayload,
  publishersHere: readonly string[],
): string | null {
  if (checklistDigest(payload.checklist) !== payload.sm3)
    return 'SM3 与检查单内容不符 / the SM3 does not match the checklist';
  let parsed: AssessmentChecklist;
  try {
    parsed = parseAssessmentChecklist(payload.checklist, payload.checklistId);
  } catch (error) {
    if (error instanceof AssessmentRuleError) return error.message;
    throw error;
  }
  if (parsed.id !== payload.checklistId || parsed.version !== payload.version)
    return '检查单编号或版本与消息不符 / the checklist id or version differs from the message';
  const other = publishersHere.find((node) => node !== payload.publishedBy);
  if (other !== undefined)
    return `该检查单编号已由 ${other} 发布 / this checklist id is published by ${other}`;
  return null;
}

/**
 * The `checklist.publish` handler (province and enterprise): stores the version as received
 * and, when it is usable and new here, passes it on unchanged to every active child in the
 * same transaction. The next assessment started on this node picks it up
 * (`currentChecklist`). A broken version is kept with its problem and goes no further; it
 * does not block the stream behind it.
 */
export async function applyReceivedChecklist(tx: Queryable, envelope: Envelope): Promise<void> {
  const payload = ChecklistPublishPayloadSchema.parse(envelope.payload);
  await assessmentChecklistsRepository.lockChecklistId(tx, payload.checklistId);
  const held = await assessmentChecklistsRepository.versionsOf(tx, payload.checklistId);
  const problem = checklistProblem(
    payload,
    held.map((row) => row.publishedBy),
  );
  const stored = await assessmentChecklistsRepository.insert(tx, {
    checklistId: payload.checklistId,
    version: payload.version,
    sm3: payload.sm3,
    checklist: payload.checklist,
    origin: 'received',
    publishedBy: payload.publishedBy,
    publishedAt: new Date(payload.publishedAt),
    publishedUser: null,
    receivedFrom: envelope.sender,
    envelopeId: envelope.id,
    problem,
  });
  if (!stored || problem !== null) return;
  await forwardChecklistToChildren(tx, payload);
}

/** Queues a `checklist.publish` payload to every active child; their node ids. */
export async function forwardChecklistToChildren(
  tx: Queryable,
  payload: PublishPayload,
): Promise<string[]> {
  const children = (await federationPeersRepository.list(tx)).filter(
    (peer) => peer.relation === 'child' && peer.status === 'active',
  );
  for (const child of children) await queueMessage(tx, child.nodeId, 'checklist.publish', payload);
  return children.map((child) => child.nodeId);
}

/** The `checklist.publish` payload of a held version. */
export function publishPayloadOf(row: ChecklistVersionRow): PublishPayload {
  return {
    checklistId: row.checklistId,
    version: row.version,
    publishedBy: row.publishedBy,
    publishedAt: row.publishedAt.toISOString(),
    sm3: row.sm3,
    checklist: row.checklist,
  };
}

/**
 * For a child enrolling now: queues the newest usable version of every checklist id this
 * node holds, so it starts its next assessment with what its siblings use (a child that
 * already holds a version stores the duplicate as a no-op). `checklistId@version` of each.
 */
export async function queueHeldChecklists(tx: Queryable, nodeId: string): Promise<string[]> {
  const queued: string[] = [];
  for (const row of await assessmentChecklistsRepository.newestOfEach(tx)) {
    await queueMessage(tx, nodeId, 'checklist.publish', publishPayloadOf(row));
    queued.push(`${row.checklistId}@${row.version}`);
  }
  return queued;
}
