import { RulePackPublishPayloadSchema, type Envelope } from '@shuan/contracts';
import { federationPeersRepository, rulePacksRepository, type Queryable } from '@shuan/db';
import { rulePackDigest, RulePackSchema } from '@shuan/tools';
import { queueMessage } from '../federation/queue-message.ts';

/**
 * Why a received pack cannot be used, or null: its SM3 must match the canonical JSON of
 * the pack carried, the pack must pass the toolkit's rule-pack schema, and its id and
 * version must be those announced.
 */
export function problemOf(payload: {
  packId: string;
  version: string;
  sm3: string;
  pack: unknown;
}): string | null {
  if (rulePackDigest(payload.pack) !== payload.sm3)
    return 'SM3 与规则包内容不符 / the SM3 does not match the pack';
  const parsed = RulePackSchema.safeParse(payload.pack);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return `规则包格式有误 / invalid pack: ${first ? `${first.path.join('.')}: ${first.message}` : ''}`;
  }
  if (parsed.data.id !== payload.packId || parsed.data.version !== payload.version)
    return '规则包编号或版本与消息不符 / the pack id or version differs from the message';
  return null;
}

/**
 * The `rulepack.publish` handler (province and enterprise): stores the version as received
 * and, when it is usable and new here, passes it on unchanged to every active child in the
 * same transaction. The scanner picks it up from its next scan (`resolveRunningPack`), the
 * heartbeat reports it from the next sync. A broken pack is kept with its problem and goes
 * no further; it does not block the stream behind it.
 */
export async function applyReceivedRulePack(tx: Queryable, envelope: Envelope): Promise<void> {
  const payload = RulePackPublishPayloadSchema.parse(envelope.payload);
  const problem = problemOf(payload);
  const stored = await rulePacksRepository.insert(tx, {
    packId: payload.packId,
    version: payload.version,
    sm3: payload.sm3,
    pack: payload.pack,
    origin: 'received',
    publishedBy: payload.publishedBy,
    receivedFrom: envelope.sender,
    publishedUser: null,
    envelopeId: envelope.id,
    problem,
  });
  if (!stored || problem !== null) return;
  await forwardToChildren(tx, payload);
}

/** Queues a `rulepack.publish` payload to every active child; their node ids. */
export async function forwardToChildren(tx: Queryable, payload: unknown): Promise<string[]> {
  const children = (await federationPeersRepository.list(tx)).filter(
    (peer) => peer.relation === 'child' && peer.status === 'active',
  );
  for (const child of children) await queueMessage(tx, child.nodeId, 'rulepack.publish', payload);
  return children.map((child) => child.nodeId);
}
