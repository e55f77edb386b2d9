import { rulePacksRepository, type Queryable } from '@shuan/db';
import {
  BUILTIN_RULE_PACKS,
  composeRulePacks,
  compareRulePackVersions,
  loadRulePack,
  RulePackError,
  RulePackSchema,
  type RulePack,
} from '@shuan/tools';

function isBuiltin(id: string): boolean {
  return (BUILTIN_RULE_PACKS as readonly string[]).includes(id);
}

/**
 * The version of pack `id` this node runs: the newest usable version it published or
 * received, when that is newer than the file bundled with the software, else the bundled
 * file. Undefined when the node knows no pack of that id.
 */
export async function loadRunningPack(
  db: Queryable,
  id: string,
): Promise<{ pack: RulePack; origin: 'builtin' | 'held' } | undefined> {
  const held = await rulePacksRepository.newest(db, id);
  const bundled = isBuiltin(id) ? loadRulePack(id) : undefined;
  if (held !== undefined && (bundled === undefined || newer(held.version, bundled.version)))
    return { pack: RulePackSchema.parse(held.pack), origin: 'held' };
  return bundled === undefined ? undefined : { pack: bundled, origin: 'builtin' };
}

function newer(a: string, b: string): boolean {
  return compareRulePackVersions(a, b) > 0;
}

/**
 * The composed pack a scan of industry `id` (default `general`) runs with, each of the pack
 * and its base taken by {@link loadRunningPack}: a ministry's newer `general` changes every
 * industry's scans, a newer `steel` only steel's. Throws `RulePackError` RULE_PACK_UNKNOWN.
 */
export async function resolveRunningPack(db: Queryable, id = 'general'): Promise<RulePack> {
  const running = await loadRunningPack(db, id);
  if (running === undefined) {
    throw new RulePackError('RULE_PACK_UNKNOWN', `未知的规则包“${id}” / unknown rule pack "${id}"`);
  }
  const { pack } = running;
  if (pack.extends === undefined) return pack;
  const base = await loadRunningPack(db, pack.extends);
  if (base === undefined || base.pack.extends !== undefined) {
    throw new RulePackError(
      'RULE_PACK_UNKNOWN',
      `规则包 ${id} 的基础包 ${pack.extends} 不可用 / the base ${pack.extends} of ${id} is not available`,
    );
  }
  return composeRulePacks(base.pack, pack);
}

/**
 * The pack versions this node runs, id → version: the bundled files, raised by every newer
 * version held. This is what heartbeats report upwards.
 */
export async function runningRulePackVersions(db: Queryable): Promise<Record<string, string>> {
  const running: Record<string, string> = {};
  for (const id of BUILTIN_RULE_PACKS) running[id] = loadRulePack(id).version;
  for (const [id, version] of await rulePacksRepository.newestVersions(db)) {
    const bundled = running[id];
    if (bundled === undefined || newer(version, bundled)) running[id] = version;
  }
  return running;
}

/** Pack ids whose version in `theirs` is older than in `ours`, or missing there. */
export function packsBehind(
  ours: Record<string, string>,
  theirs: Record<string, string>,
): string[] {
  return Object.entries(ours)
    .filter(([id, version]) => {
      const their = theirs[id];
      return their === undefined || compareRulePackVersions(their, version) < 0;
    })
    .map(([id]) => id)
    .sort();
}
