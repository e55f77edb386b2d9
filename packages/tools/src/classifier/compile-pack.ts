import type { CategoryCode, LabelCode, Level } from '@shuan/core';
import { compileKeywords, type KeywordMatcher } from '../rule-packs/keywords.ts';
import type { BilingualText, RulePack } from '../rule-packs/rule-pack.schema.ts';

/** A category rule with its keyword lists compiled. */
export interface CompiledCategoryRule {
  id: string;
  category: CategoryCode;
  table: KeywordMatcher;
  column: KeywordMatcher;
  labels?: { allOf: LabelCode[]; weight: number };
}

/** A level rule with its keyword lists compiled; `undefined` conditions always hold. */
export interface CompiledLevelRule {
  id: string;
  level: Exclude<Level, 'general'>;
  scope: 'table' | 'column';
  categories?: ReadonlySet<CategoryCode>;
  table?: KeywordMatcher;
  column?: KeywordMatcher;
  labelsAny?: ReadonlySet<LabelCode>;
  minRows?: number;
  reason: BilingualText;
  basis: string;
}

/** A pack ready to classify with: keyword lists turned into matchers once. */
export interface CompiledPack {
  id: string;
  version: string;
  minCategoryScore: number;
  categoryRules: CompiledCategoryRule[];
  levelRules: CompiledLevelRule[];
}

/** Compiles a (composed) rule pack. */
export function compilePack(pack: RulePack): CompiledPack {
  return {
    id: pack.id,
    version: pack.version,
    minCategoryScore: pack.minCategoryScore,
    categoryRules: pack.categoryRules.map((rule) => ({
      id: rule.id,
      category: rule.category,
      table: compileKeywords(rule.tableKeywords),
      column: compileKeywords(rule.columnKeywords),
      ...(rule.labels && { labels: rule.labels }),
    })),
    levelRules: pack.levelRules.map((rule) => ({
      id: rule.id,
      level: rule.level,
      scope: rule.scope,
      ...(rule.categories && { categories: new Set(rule.categories) }),
      ...(rule.tableKeywords && { table: compileKeywords(rule.tableKeywords) }),
      ...(rule.columnKeywords && { column: compileKeywords(rule.columnKeywords) }),
      ...(rule.labelsAny && { labelsAny: new Set(rule.labelsAny) }),
      ...(rule.minRows !== undefined && { minRows: rule.minRows }),
      reason: rule.reason,
      basis: rule.basis,
    })),
  };
}
