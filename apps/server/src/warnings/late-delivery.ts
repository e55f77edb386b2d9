import { audienceIncludes, type NodeRole, type WarningAudience } from '@shuan/core';
import {
  enterprisesRepository,
  warningFollowUpRepository,
  warningInboxRepository,
  warningsRepository,
  type Queryable,
  type RegistryCandidate,
  type WarningRow,
} from '@shuan/db';
import { queueMessage } from '../federation/queue-message.ts';
import { activeChildren, contentOf } from './deliver-warning.ts';

/**
 * An enterprise that may have joined warnings' audiences late: a registry entry (all fields
 * set), or a child node known only by its node id (`uscc` null: only a `named` audience listing
 * the node id reaches it).
 */
export type LateAddressee =
  RegistryCandidate | { uscc: null; name: string; nodeId: string; tenantOrgId: null };

function inAudience(warning: WarningRow, addressee: LateAddressee): boolean {
  const audience = warning.audience as WarningAudience;
  if (addressee.uscc !== null) return audienceIncludes(audience, addressee);
  return audience.kind === 'named' && audience.nodeIds.includes(addressee.nodeId);
}

/**
 * Delivers one open warning to a late addressee, in the caller's transaction, unless it was
 * delivered to it already: `warning.issue` (`inbox`) to its node when that is an active child,
 * straight into a hosted tenant's inbox, or — reachable by neither — it is listed as addressed
 * but undeliverable. A warning relayed from the ministry reports the new recipient up as a
 * `warning.delivery` marked `late`. A delivery is recorded in the warning's history. Returns
 * true when the addressee was delivered to now.
 */
async function deliverOne(
  tx: Queryable,
  warning: WarningRow,
  addressee: LateAddressee,
  children: ReadonlySet<string>,
  now: Date,
): Promise<boolean> {
  const key = addressee.uscc ?? `node:${addressee.nodeId}`;
  const rows = await warningsRepository.recipients(tx, warning.id);
  const existing = rows.find(
    (r) =>
      r.recipientKey === key ||
      (addressee.nodeId !== null && r.nodeId === addressee.nodeId && r.viaNode === null),
  );
  if (existing !== undefined && existing.deliveredAt !== null) return false;
  let deliveredAt: Date | null = null;
  if (addressee.nodeId !== null && children.has(addressee.nodeId)) {
    await queueMessage(tx, addressee.nodeId, 'warning.issue', {
      deliver: 'inbox',
      warning: contentOf(warning),
    });
    deliveredAt = now;
  } else if (addressee.tenantOrgId !== null) {
    await warningInboxRepository.deliver(tx, warning.id, addressee.tenantOrgId, now);
    deliveredAt = now;
  }
  if (existing !== undefined && deliveredAt === null) return false;
  const recipient = {
    uscc: addressee.uscc,
    name: addressee.name,
    regionCode: addressee.uscc === null ? null : addressee.regionCode,
    industryCode: addressee.uscc === null ? null : addressee.industryCode,
    nodeId: addressee.nodeId,
    tenantOrgId: addressee.tenantOrgId,
    viaNode: null,
    deliveredAt,
  };
  const added = await warningsRepository.addRecipients(tx, warning.id, [recipient]);
  if (added.length === 0) return false;
  if (warning.origin === 'received' && warning.receivedFrom !== null) {
    await queueMessage(tx, warning.receivedFrom, 'warning.delivery', {
      warningId: warning.id,
      deliveredAt: now.toISOString(),
      late: true,
      recipients: [
        {
          uscc: recipient.uscc,
          name: recipient.name,
          region: recipient.regionCode,
          industry: recipient.industryCode,
          nodeId: recipient.nodeId,
          delivered: deliveredAt !== null,
        },
      ],
    });
  }
  if (deliveredAt === null) return false;
  await warningFollowUpRepository.addEvent(tx, {
    warningId: warning.id,
    at: now,
    kind: 'late-delivery',
    actor: 'system',
    detail: {
      recipients: [{ uscc: addressee.uscc, name: addressee.name, nodeId: addressee.nodeId }],
      tenant: addressee.tenantOrgId !== null,
    },
  });
  return true;
}

/**
 * A province: every open warning of `orgId` (its own and the ministry's it relayed) whose
 * audience the addressee now belongs to and that it has not received yet is delivered to it
 * (see {@link deliverOne}). Called when a child enrolls and when a registry entry is added or
 * changes. Returns the ids of the warnings delivered.
 */
export async function deliverOpenWarningsTo(
  tx: Queryable,
  orgId: string,
  addressee: LateAddressee,
  now: Date,
): Promise<string[]> {
  const open = (await warningFollowUpRepository.open(tx, orgId, now, false)).filter((w) =>
    inAudience(w, addressee),
  );
  if (open.length === 0) return [];
  const children = await activeChildren(tx);
  const delivered: string[] = [];
  for (const warning of open) {
    if (await deliverOne(tx, warning, addressee, children, now)) delivered.push(warning.id);
  }
  return delivered;
}

/**
 * The ministry: a province that enrolls after a warning was issued gets every open warning
 * the ministry issued, as `warning.issue` (`resolve`), like the provinces enrolled at issue
 * time; it resolves the audience against its registry and reports whom it addressed. Returns
 * the ids of the warnings queued.
 */
export async function deliverOpenWarningsToProvince(
  tx: Queryable,
  orgId: string,
  provinceNodeId: string,
  now: Date,
): Promise<string[]> {
  const open = await warningFollowUpRepository.open(tx, orgId, now, true);
  for (const warning of open) {
    await queueMessage(tx, provinceNodeId, 'warning.issue', {
      deliver: 'resolve',
      warning: contentOf(warning),
    });
    await warningFollowUpRepository.addEvent(tx, {
      warningId: warning.id,
      at: now,
      kind: 'late-delivery',
      actor: 'system',
      detail: { queuedTo: [provinceNodeId] },
    });
  }
  return open.map((warning) => warning.id);
}

/**
 * At enrollment, in the enrollment transaction: a new province at the ministry gets the
 * ministry's open warnings; a new enterprise node at a province gets the open warnings whose
 * audience its registry entry (`registryId`, linked by a one-enterprise token) or its node id
 * belongs to. Returns the ids of the warnings delivered or queued.
 */
export async function deliverOpenWarningsToNewChild(
  tx: Queryable,
  role: NodeRole,
  orgId: string,
  child: { nodeId: string; registryId: string | null },
  now: Date,
): Promise<string[]> {
  if (role === 'ministry') return deliverOpenWarningsToProvince(tx, orgId, child.nodeId, now);
  const entry =
    child.registryId === null
      ? undefined
      : await enterprisesRepository.get(tx, orgId, child.registryId);
  const addressee: LateAddressee =
    entry === undefined
      ? { uscc: null, name: child.nodeId, nodeId: child.nodeId, tenantOrgId: null }
      : { ...entry, nodeId: child.nodeId };
  return deliverOpenWarningsTo(tx, orgId, addressee, now);
}
