import { hasCapability } from '@shuan/core';
import { rulePacksRepository, withTransaction, type RulePackRow } from '@shuan/db';
import {
  compareRulePackVersions,
  createClassifier,
  parseRulePack,
  rulePackDigest,
  RulePackError,
  type RulePack,
} from '@shuan/tools';
import { appendAudit } from '../audit/append-audit.ts';
import { requireNodeOperator } from '../federation/manage-federation.ts';
import { AppError } from '../http/app-error.ts';
import type { NodeDeps, Principal } from '../http/context.ts';
import { forwardToChildren } from './apply-rule-pack.ts';
import { loadRunningPack, resolveRunningPack } from './running-packs.ts';

/** What {@link publishRulePack} stored and whom it queued the pack to. */
export interface PublishedPack {
  row: Omit<RulePackRow, 'pack'>;
  pack: RulePack;
  queuedTo: string[];
}

/**
 * The ministry publishes a rule-pack version: checked with the toolkit's rule-pack schema
 * (and composed on its base and compiled, so a pack that would fail every scan is refused
 * here, not on thousands of enterprise nodes), its version newer than every version of that
 * id this node holds or bundles; then stored, queued as `rulepack.publish` to every active
 * child, and audited, in ONE transaction.
 */
export async function publishRulePack(
  deps: NodeDeps,
  principal: Principal,
  body: Record<string, unknown>,
): Promise<PublishedPack> {
  await requireNodeOperator(deps, principal);
  if (!hasCapability(deps.config.role, 'publishes-rule-packs')) {
    throw new AppError(
      'RULE_PACK_NOT_PUBLISHER',
      '只有部级节点可以发布规则包 / only the ministry node publishes rule packs',
    );
  }
  const pack = parseOrRefuse(body);
  return withTransaction(deps.pool, async (tx) => {
    await rulePacksRepository.lockPackId(tx, pack.id);
    const current = await loadRunningPack(tx, pack.id);
    if (current !== undefined && compareRulePackVersions(pack.version, current.pack.version) <= 0) {
      throw new AppError(
        'RULE_PACK_VERSION_NOT_NEWER',
        `规则包 ${pack.id} 的版本须高于 ${current.pack.version} / ` +
          `the version of ${pack.id} must be newer than ${current.pack.version}`,
      );
    }
    const sm3 = rulePackDigest(pack);
    const row = {
      packId: pack.id,
      version: pack.version,
      sm3,
      pack: pack as unknown as Record<string, unknown>,
      origin: 'published' as const,
      publishedBy: deps.federation.identity.nodeId,
      receivedFrom: null,
      publishedUser: principal.username,
      envelopeId: null,
      problem: null,
    };
    await rulePacksRepository.insert(tx, row);
    try {
      // Composes with the base this node runs: refuses an `extends` nobody could resolve.
      createClassifier({ pack: await resolveRunningPack(tx, pack.id) });
    } catch (error) {
      throw refusal(error);
    }
    const queuedTo = await forwardToChildren(tx, {
      packId: pack.id,
      version: pack.version,
      publishedBy: deps.federation.identity.nodeId,
      sm3,
      pack,
    });
    await appendAudit(tx, {
      orgId: principal.orgId,
      actor: principal.username,
      action: 'rulepack.publish',
      target: `rule-pack:${pack.id}@${pack.version}`,
      payload: { sm3, queuedTo: queuedTo.length },
    });
    const { pack: _body, ...stored } = row;
    return { row: { ...stored, createdAt: new Date() }, pack, queuedTo };
  });
}

function parseOrRefuse(body: Record<string, unknown>): RulePack {
  try {
    return parseRulePack(JSON.stringify(body), 'request');
  } catch (error) {
    throw refusal(error);
  }
}

function refusal(error: unknown): AppError {
  if (error instanceof RulePackError)
    return new AppError(
      error.code === 'RULE_PACK_UNKNOWN' ? 'RULE_PACK_UNKNOWN' : 'RULE_PACK_INVALID',
      error.message,
    );
  return new AppError('RULE_PACK_INVALID', (error as Error).message);
}
