import type { MessagePayload } from '@shuan/contracts';
import { resolveAudience } from '@shuan/core';
import {
  federationPeersRepository,
  warningInboxRepository,
  warningsRepository,
  type NewWarningRecipient,
  type Queryable,
  type WarningRow,
} from '@shuan/db';
import { queueMessage } from '../federation/queue-message.ts';

/** A warning as it travels (`warning.issue` payload's `warning`). */
export type WarningContent = MessagePayload<'warning.issue'>['warning'];

/** The travelling form of a stored warning. */
export function contentOf(row: WarningRow): WarningContent {
  return {
    warningId: row.id,
    issuedBy: row.issuedBy,
    issuerName: row.issuerName,
    issuedAt: row.issuedAt.toISOString(),
    level: row.level as WarningContent['level'],
    type: row.type as WarningContent['type'],
    title: row.title,
    description: row.description,
    indicators: row.indicators as WarningContent['indicators'],
    measures: row.measures,
    ackBy: row.ackBy.toISOString(),
    feedbackBy: row.feedbackBy.toISOString(),
    audience: row.audience as WarningContent['audience'],
  };
}

/** The node ids of this node's active children. */
export async function activeChildren(tx: Queryable): Promise<Set<string>> {
  const peers = await federationPeersRepository.list(tx);
  return new Set(
    peers.filter((p) => p.relation === 'child' && p.status === 'active').map((p) => p.nodeId),
  );
}

/**
 * The ministry's delivery: the warning goes to every active province, each of which
 * resolves the audience against its own registry (`deliver: 'resolve'`). The ministry learns
 * whom each addressed from their `warning.delivery` answers.
 */
export async function deliverToProvinces(
  tx: Queryable,
  warning: WarningContent,
): Promise<string[]> {
  const children = [...(await activeChildren(tx))].sort();
  for (const child of children) {
    await queueMessage(tx, child, 'warning.issue', { deliver: 'resolve', warning });
  }
  return children;
}

/**
 * A province's delivery, in the caller's transaction: resolves the audience against the
 * registry of `registryOrgId`, queues `warning.issue` (`deliver: 'inbox'`) to each matching
 * enterprise's own node when it is an active child, puts it straight into the inbox of each
 * matching hosted tenant, and records every addressed enterprise in the tracking table
 * (without a node or tenant: addressed but undeliverable). Named node ids outside the
 * registry are delivered when they are active children. The warning row must exist.
 */
export async function deliverToEnterprises(
  tx: Queryable,
  warning: WarningContent,
  registryOrgId: string,
  now: Date,
): Promise<{ queuedTo: string[]; recipients: NewWarningRecipient[] }> {
  const audience = warning.audience;
  const children = await activeChildren(tx);
  const matched = resolveAudience(
    audience,
    await warningInboxRepository.registry(tx, registryOrgId),
  );
  const queuedTo: string[] = [];
  const recipients: NewWarningRecipient[] = [];
  for (const entry of matched) {
    let deliveredAt: Date | null = null;
    if (entry.nodeId !== null && children.has(entry.nodeId)) {
      await queueMessage(tx, entry.nodeId, 'warning.issue', { deliver: 'inbox', warning });
      queuedTo.push(entry.nodeId);
      deliveredAt = now;
    } else if (entry.tenantOrgId !== null) {
      await warningInboxRepository.deliver(tx, warning.warningId, entry.tenantOrgId, now);
      deliveredAt = now;
    }
    recipients.push({
      uscc: entry.uscc,
      name: entry.name,
      regionCode: entry.regionCode,
      industryCode: entry.industryCode,
      nodeId: entry.nodeId,
      tenantOrgId: entry.tenantOrgId,
      viaNode: null,
      deliveredAt,
    });
  }
  if (audience.kind === 'named') {
    const known = new Set(matched.map((entry) => entry.nodeId));
    for (const nodeId of audience.nodeIds) {
      if (known.has(nodeId) || !children.has(nodeId)) continue;
      await queueMessage(tx, nodeId, 'warning.issue', { deliver: 'inbox', warning });
      queuedTo.push(nodeId);
      recipients.push({
        uscc: null,
        name: nodeId,
        regionCode: null,
        industryCode: null,
        nodeId,
        tenantOrgId: null,
        viaNode: null,
        deliveredAt: now,
      });
    }
  }
  await warningsRepository.addRecipients(tx, warning.warningId, recipients);
  return { queuedTo, recipients };
}
