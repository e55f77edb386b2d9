import { readFileSync } from 'node:fs';
import { RulePackError } from './rule-pack-error.ts';
import { RulePackSchema, type BilingualText, type RulePack } from './rule-pack.schema.ts';

/** The packs shipped with Shu'an, in `packages/tools/rule-packs/<id>.json`. */
export const BUILTIN_RULE_PACKS = [
  'general',
  'steel',
  'automotive',
  'textile',
  'integrated-circuits',
] as const;

const PACK_DIR = new URL('../../rule-packs/', import.meta.url);

/** One line of {@link listRulePacks}. */
export interface RulePackSummary {
  id: string;
  version: string;
  name: BilingualText;
  description: BilingualText;
  extends?: string;
  categoryRules: number;
  levelRules: number;
}

/**
 * Reads and validates one pack file, without resolving `extends`. `idOrPath` is a built-in
 * pack id (`steel`) or the path of a pack file a regulator wrote (`./my-pack.json`).
 *
 * @example loadRulePack('steel').extends // 'general'
 */
export function loadRulePack(idOrPath: string): RulePack {
  const isPath = idOrPath.endsWith('.json') || idOrPath.includes('/');
  if (!isPath && !(BUILTIN_RULE_PACKS as readonly string[]).includes(idOrPath)) {
    throw new RulePackError(
      'RULE_PACK_UNKNOWN',
      `未知的规则包“${idOrPath}”，可用：${BUILTIN_RULE_PACKS.join('、')}（运行 shuan rule-packs 查看） / ` +
        `unknown rule pack "${idOrPath}"; available: ${BUILTIN_RULE_PACKS.join(', ')} (see \`shuan rule-packs\`)`,
    );
  }
  const location = isPath ? idOrPath : new URL(`${idOrPath}.json`, PACK_DIR);
  let text: string;
  try {
    text = readFileSync(location, 'utf8');
  } catch (error) {
    throw new RulePackError(
      'RULE_PACK_UNREADABLE',
      `无法读取规则包文件 ${idOrPath}，请检查路径 / cannot read rule pack file ${idOrPath}; check the path`,
      { cause: error },
    );
  }
  return parseRulePack(text, idOrPath);
}

/** Validates the JSON text of a pack; `origin` names it in error messages. */
export function parseRulePack(text: string, origin: string): RulePack {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new RulePackError(
      'RULE_PACK_INVALID',
      `规则包 ${origin} 不是合法的 JSON / rule pack ${origin} is not valid JSON`,
      { cause: error },
    );
  }
  const parsed = RulePackSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? `${first.path.join('.')}: ${first.message}` : 'unknown';
    throw new RulePackError(
      'RULE_PACK_INVALID',
      `规则包 ${origin} 格式有误（${where}），请对照 docs/rule-packs.md 修改 / ` +
        `rule pack ${origin} is invalid (${where}); see docs/rule-packs.md`,
    );
  }
  return parsed.data;
}

/**
 * Puts an industry pack on top of its base ("1+N"): the industry's category rules come
 * first (they win ties), level rules of both apply, and rules named in `disables` drop out.
 */
export function composeRulePacks(base: RulePack, industry: RulePack): RulePack {
  const off = new Set(industry.disables);
  return {
    ...industry,
    extends: base.id,
    basis: [...new Set([...base.basis, ...industry.basis])],
    minCategoryScore: industry.minCategoryScore,
    categoryRules: [
      ...industry.categoryRules,
      ...base.categoryRules.filter((rule) => !off.has(rule.id)),
    ],
    levelRules: [...base.levelRules.filter((rule) => !off.has(rule.id)), ...industry.levelRules],
  };
}

/** Loads a pack and, when it `extends` another, composes it on its base (one level deep). */
export function resolveRulePack(idOrPath: string = 'general'): RulePack {
  const pack = loadRulePack(idOrPath);
  if (pack.extends === undefined) return pack;
  const base = loadRulePack(pack.extends);
  if (base.extends !== undefined) {
    throw new RulePackError(
      'RULE_PACK_INVALID',
      `规则包 ${idOrPath} 的基础包 ${base.id} 又继承了其他包，只支持一层继承 / ` +
        `the base ${base.id} of ${idOrPath} extends another pack; only one level is supported`,
    );
  }
  return composeRulePacks(base, pack);
}

/** The built-in packs, general first: what `--industry` accepts. */
export function listRulePacks(): RulePackSummary[] {
  return BUILTIN_RULE_PACKS.map((id) => {
    const pack = loadRulePack(id);
    return {
      id: pack.id,
      version: pack.version,
      name: pack.name,
      description: pack.description,
      ...(pack.extends !== undefined && { extends: pack.extends }),
      categoryRules: pack.categoryRules.length,
      levelRules: pack.levelRules.length,
    };
  });
}
