import type { NodeDirectoryEntrySchema } from '@shuan/contracts';
import { federationPeersRepository, nodeDirectoryRepository, type PeerRow } from '@shuan/db';
import type { z } from 'zod';
import type { NodeDeps } from '../http/context.ts';
import { iso, isoOrNull } from '../presenters/iso.ts';
import { packsBehind, runningRulePackVersions } from '../rule-packs/running-packs.ts';

type Entry = z.infer<typeof NodeDirectoryEntrySchema>;

/** Last contact within this long is healthy; within a day late; older silent. */
const OK_MS = 5 * 60_000;
const LATE_MS = 24 * 3600_000;

/** Health of a peer from its last contact. */
export function healthOf(lastContactAt: Date | null, now: Date): Entry['health'] {
  if (lastContactAt === null) return 'never';
  const age = now.getTime() - lastContactAt.getTime();
  return age <= OK_MS ? 'ok' : age <= LATE_MS ? 'late' : 'silent';
}

/**
 * The node directory (province and ministry): every peer with its health (last contact),
 * its own backlog (from its heartbeat), what this node still holds for it, its open
 * filings, and the rule-pack versions it runs against those this node runs.
 */
export async function nodeDirectory(deps: NodeDeps, now = new Date()) {
  const [peers, pending, openFilings, running] = await Promise.all([
    federationPeersRepository.list(deps.pool),
    nodeDirectoryRepository.pendingByReceiver(deps.pool),
    nodeDirectoryRepository.openFilingsBySender(deps.pool),
    runningRulePackVersions(deps.pool),
  ]);
  return {
    self: { nodeId: deps.federation.identity.nodeId, role: deps.config.role },
    rulePacks: running,
    items: peers.map((peer) => directoryEntry(peer, running, pending, openFilings, now)),
  };
}

function directoryEntry(
  peer: PeerRow,
  running: Record<string, string>,
  pending: Map<string, number>,
  openFilings: Map<string, number>,
  now: Date,
): Entry {
  return {
    nodeId: peer.nodeId,
    relation: peer.relation,
    status: peer.status,
    scope: peer.scope,
    enrolledAt: iso(peer.enrolledAt),
    lastContactAt: isoOrNull(peer.lastContactAt),
    health: healthOf(peer.lastContactAt, now),
    backlog: peer.backlog,
    pendingToPeer: pending.get(peer.nodeId) ?? 0,
    openFilings: openFilings.get(peer.nodeId) ?? 0,
    softwareVersion: peer.softwareVersion,
    rulePacks: peer.rulePacks,
    // Only a child is expected to follow this node's packs (a parent publishes them).
    packsBehind:
      peer.relation === 'child' && peer.lastContactAt !== null
        ? packsBehind(running, peer.rulePacks)
        : [],
  };
}
