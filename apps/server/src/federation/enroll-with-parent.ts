import { NodeIdentitySchema } from '@shuan/contracts';
import {
  federationInboxRepository,
  federationPeersRepository,
  withTransaction,
  type PeerRow,
} from '@shuan/db';
import { forwardAllAssessmentsToParent } from '../assessments/forward-assessments.ts';
import { appendAudit } from '../audit/append-audit.ts';
import { AppError } from '../http/app-error.ts';
import type { NodeDeps, Principal } from '../http/context.ts';
import { FEDERATION_SYNC_QUEUE } from './sync-queue.ts';
import { fedError } from './fed-error.ts';
import { requireNodeOperator } from './manage-federation.ts';
import { postToParent } from './parent-client.ts';
import { signRequest } from './signed-request.ts';

/**
 * The child's side of enrollment (`shuan federation enroll`, or the admin API): sends the
 * parent's one-time token with this node's id and public key, signed with its private key;
 * stores the parent's id, public key and URL as this node's parent, with the audit entry;
 * then starts a sync so the first heartbeat goes up at once.
 */
export async function enrollWithParent(
  deps: NodeDeps,
  principal: Principal,
  input: { parentUrl?: string | undefined; token: string },
): Promise<PeerRow> {
  await requireNodeOperator(deps, principal);
  const parentUrl = (input.parentUrl ?? deps.config.parentUrl)?.replace(/\/+$/, '');
  if (parentUrl === undefined) {
    throw new AppError(
      'VALIDATION_FAILED',
      '请提供上级节点地址（parentUrl 或 SHUAN_PARENT_URL）/ give the parent URL (parentUrl or SHUAN_PARENT_URL)',
    );
  }
  if ((await federationPeersRepository.findParent(deps.pool)) !== undefined)
    throw fedError('FED_ALREADY_ENROLLED');
  const self = deps.federation.identity;
  const request = signRequest(
    {
      nodeId: self.nodeId,
      role: self.role,
      publicKey: self.publicKey,
      token: input.token,
      sentAt: new Date().toISOString(),
    },
    self,
  );
  const answer = NodeIdentitySchema.safeParse(
    await postToParent(parentUrl, '/federation/v1/enroll', request),
  );
  if (!answer.success) throw fedError('FED_PARENT_REFUSED', 'malformed identity');
  const parent = answer.data;
  const peer = await withTransaction(deps.pool, async (tx) => {
    const inserted = await federationPeersRepository.insert(tx, {
      nodeId: parent.nodeId,
      relation: 'parent',
      publicKey: parent.publicKey.toLowerCase(),
      url: parentUrl,
      scope: null,
      tokenId: null,
    });
    if (!inserted) throw fedError('FED_ALREADY_ENROLLED');
    await federationInboxRepository.ensureSender(tx, parent.nodeId);
    // A province's assessment reports received before it had a parent go up now.
    const assessmentsForwarded = await forwardAllAssessmentsToParent(tx, new Date());
    await appendAudit(tx, {
      orgId: principal.orgId,
      actor: principal.username,
      action: 'federation.parent.enroll',
      target: `node:${parent.nodeId}`,
      payload: { parentUrl, parentRole: parent.role, assessmentsForwarded },
    });
    return federationPeersRepository.get(tx, parent.nodeId);
  });
  if (peer === undefined) throw new Error('parent peer vanished');
  await deps.boss.send(FEDERATION_SYNC_QUEUE, {});
  return peer;
}
