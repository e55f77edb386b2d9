import type { EnrollmentScope, NodeRole } from '@shuan/core';
import { federationRegistryLinksRepository, rulePacksRepository, type Queryable } from '@shuan/db';
import { queueHeldChecklists } from '../checklists/apply-checklist.ts';
import { deliverOpenWarningsToNewChild } from '../warnings/late-delivery.ts';
import { queueMessage } from './queue-message.ts';

/**
 * What a parent does for a new child inside the enrollment transaction, besides storing it:
 * the registry link and the rule packs it must not miss. Returned for the audit entry.
 */
export interface EnrollmentLinks {
  /** The registry entry linked to the child (one-enterprise tokens only), or null. */
  registryId: string | null;
  /** `packId@version` of every pack version queued to the child. */
  packsQueued: string[];
  /** `checklistId@version` of every assessment checklist version queued to the child. */
  checklistsQueued: string[];
  /** Ids of the open warnings delivered or queued to the child (late-delivery.ts). */
  warningsQueued: string[];
}

/**
 * 1. A one-enterprise token links the child to this node's registry entry of that USCC
 *    (enterprises.node_id, and the peer's registry_id); nothing is created when there is
 *    no entry — the registry is the province's to keep.
 * 2. Every pack version this node holds and runs (the newest usable one of each id) is queued
 *    to the child as `rulepack.publish`: a child enrolling after a publication would
 *    otherwise run its bundled packs until the next one. A child that already holds the
 *    version stores the duplicate as a no-op (rule_packs is unique per id and version).
 * 3. Likewise the newest usable version of every assessment checklist id this node holds
 *    (`checklist.publish`), so the child's next assessment uses what its siblings' do.
 * 4. The open warnings (预警通报) whose audience the child belongs to (given `warnings`, the
 *    parent's role and the instant): a child enrolling after a warning was issued gets it.
 */
export async function linkNewChild(
  tx: Queryable,
  orgId: string | undefined,
  nodeId: string,
  scope: EnrollmentScope,
  warnings?: { role: NodeRole; now: Date },
): Promise<EnrollmentLinks> {
  let registryId: string | null = null;
  if (scope.kind === 'enterprise' && orgId !== undefined)
    registryId =
      (await federationRegistryLinksRepository.linkByUscc(tx, orgId, scope.uscc, nodeId)) ?? null;
  const packsQueued: string[] = [];
  for (const packId of (await rulePacksRepository.newestVersions(tx)).keys()) {
    const held = await rulePacksRepository.newest(tx, packId);
    if (held === undefined) continue;
    await queueMessage(tx, nodeId, 'rulepack.publish', {
      packId: held.packId,
      version: held.version,
      publishedBy: held.publishedBy,
      sm3: held.sm3,
      pack: held.pack,
    });
    packsQueued.push(`${held.packId}@${held.version}`);
  }
  const checklistsQueued = await queueHeldChecklists(tx, nodeId);
  const warningsQueued =
    warnings === undefined || orgId === undefined
      ? []
      : await deliverOpenWarningsToNewChild(
          tx,
          warnings.role,
          orgId,
          { nodeId, registryId },
          warnings.now,
        );
  return { registryId, packsQueued, checklistsQueued, warningsQueued };
}
