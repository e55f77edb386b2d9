import {
  PublishedRulePackSchema,
  PublishRulePackRequestSchema,
  RulePackVersionListSchema,
} from '@shuan/contracts';
import { rulePacksRepository } from '@shuan/db';
import { BUILTIN_RULE_PACKS, loadRulePack, rulePackDigest } from '@shuan/tools';
import type { NodeDeps } from '../http/context.ts';
import { principalOf, type ZodApp } from '../http/zod-app.ts';
import { isoOrNull } from '../presenters/iso.ts';
import type { RouteGroup } from '../roles/route-group.ts';
import { publishRulePack } from './publish-rule-pack.ts';
import { runningRulePackVersions } from './running-packs.ts';

const TAGS = ['rule-packs'];

let builtins: { packId: string; version: string; sm3: string }[] | undefined;

/** The bundled packs with the SM3 of their canonical JSON (computed once). */
function builtinVersions(): { packId: string; version: string; sm3: string }[] {
  builtins ??= BUILTIN_RULE_PACKS.map((id) => {
    const pack = loadRulePack(id);
    return { packId: id, version: pack.version, sm3: rulePackDigest(pack) };
  });
  return builtins;
}

/**
 * Rule packs on this node (`/api/v1/rule-packs`): the versions it bundles, published
 * (ministry) or received, with the one each pack id runs; publishing a new version
 * (ministry only, RULE_PACK_NOT_PUBLISHER elsewhere).
 */
export function rulePackRoutes(app: ZodApp, deps: NodeDeps): void {
  app.get(
    '/rule-packs',
    { schema: { tags: TAGS, response: { 200: RulePackVersionListSchema } } },
    async () => {
      const running = await runningRulePackVersions(deps.pool);
      const held = (await rulePacksRepository.list(deps.pool)).map((row) => ({
        packId: row.packId,
        version: row.version,
        sm3: row.sm3,
        origin: row.origin,
        publishedBy: row.publishedBy,
        receivedFrom: row.receivedFrom,
        publishedUser: row.publishedUser,
        running: row.problem === null && running[row.packId] === row.version,
        problem: row.problem,
        createdAt: isoOrNull(row.createdAt),
      }));
      const bundled = builtinVersions().map((pack) => ({
        ...pack,
        origin: 'builtin' as const,
        publishedBy: null,
        receivedFrom: null,
        publishedUser: null,
        running: running[pack.packId] === pack.version,
        problem: null,
        createdAt: null,
      }));
      const items = [...held, ...bundled].sort(
        (a, b) => a.packId.localeCompare(b.packId) || Number(b.running) - Number(a.running),
      );
      return { running, items };
    },
  );

  app.post(
    '/rule-packs',
    {
      schema: {
        tags: TAGS,
        body: PublishRulePackRequestSchema,
        response: { 200: PublishedRulePackSchema },
      },
    },
    async (request) => {
      const published = await publishRulePack(deps, principalOf(request), request.body);
      return {
        packId: published.row.packId,
        version: published.row.version,
        sm3: published.row.sm3,
        origin: 'published' as const,
        publishedBy: published.row.publishedBy,
        receivedFrom: null,
        publishedUser: published.row.publishedUser,
        running: true,
        problem: null,
        createdAt: isoOrNull(published.row.createdAt),
        name: published.pack.name,
        queuedTo: published.queuedTo,
      };
    },
  );
}

/** Every node lists its packs; only a ministry publishes (checked in the use case). */
export const rulePacksGroup: RouteGroup = {
  name: 'rule-packs',
  capability: null,
  register: rulePackRoutes,
};
