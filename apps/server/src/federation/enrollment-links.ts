import type { EnrollmentScope } from '@shuan/core';
import { federationRegistryLinksRepository, rulePacksRepository, type Queryable } from '@shuan/db';
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
}

/**
 * 1. A one-enterprise token links the child to this node's registry entry of that USCC
 *    (enterprises.node_id, and the peer's registry_id); nothing is created when there is
 *    no entry — the registry is the province's to keep.
 * 2. Every pack version this node holds and runs (the newest usable one of each id) is queued
 *    to the child as `rulepack.publish`: a child enrolling after a publication would
 *    otherwise run its bundled packs until the next one. A child that already holds the
 *    version stores the duplicate as a no-op (rule_packs is unique per id and version).
 */
export async function linkNewChild(
  tx: Queryable,
  orgId: string | undefined,
  nodeId: string,
  scope: EnrollmentScope,
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
  return { registryId, packsQueued };
}
