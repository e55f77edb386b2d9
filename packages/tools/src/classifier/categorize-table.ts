import type { CategoryCode, ColumnLabel, LabelCode } from '@shuan/core';
import type { KeywordMatcher } from '../rule-packs/keywords.ts';
import type { CompiledCategoryRule, CompiledPack } from './compile-pack.ts';
import type { ColumnText, TableText } from './table-text.ts';

/** Weights of the places a category keyword can appear (documented in docs/rule-packs.md). */
export const CATEGORY_WEIGHTS = { tableName: 3, tableComment: 3, column: 1, maxColumns: 3 };

/** Why a category rule scored: the words it found and where. */
export interface CategoryEvidence {
  ruleId: string;
  category: CategoryCode;
  score: number;
  tableName?: string;
  tableComment?: string;
  columns: { column: string; keyword: string }[];
  labels?: LabelCode[];
}

/** What {@link categorizeTable} looks at. */
export interface CategorizeInput {
  table: TableText;
  columns: { name: string; text: ColumnText; labels: readonly ColumnLabel[] }[];
}

/**
 * Scores every category rule of the pack against a table and returns the winner, or
 * `undefined` when no rule reaches the pack's minimum score. Earlier rules win ties, which is
 * why an industry pack's rules (listed first) beat the general pack's.
 */
export function categorizeTable(
  pack: CompiledPack,
  input: CategorizeInput,
): CategoryEvidence | undefined {
  const present = new Set<LabelCode>();
  for (const column of input.columns) for (const label of column.labels) present.add(label.code);
  let best: CategoryEvidence | undefined;
  for (const rule of pack.categoryRules) {
    const evidence = scoreRule(rule, input, present);
    if (evidence.score >= pack.minCategoryScore && (!best || evidence.score > best.score)) {
      best = evidence;
    }
  }
  return best;
}

function scoreRule(
  rule: CompiledCategoryRule,
  input: CategorizeInput,
  present: ReadonlySet<LabelCode>,
): CategoryEvidence {
  const evidence: CategoryEvidence = {
    ruleId: rule.id,
    category: rule.category,
    score: 0,
    columns: [],
  };
  const inName = rule.table(input.table.name);
  if (inName !== undefined) {
    evidence.tableName = inName;
    evidence.score += CATEGORY_WEIGHTS.tableName;
  }
  const inComment = input.table.comment ? rule.table(input.table.comment) : undefined;
  if (inComment !== undefined) {
    evidence.tableComment = inComment;
    evidence.score += CATEGORY_WEIGHTS.tableComment;
  }
  for (const column of input.columns) {
    if (evidence.columns.length >= CATEGORY_WEIGHTS.maxColumns) break;
    const keyword = matchColumn(rule.column, column.text);
    if (keyword === undefined) continue;
    evidence.columns.push({ column: column.name, keyword });
    evidence.score += CATEGORY_WEIGHTS.column;
  }
  if (rule.labels?.allOf.every((code) => present.has(code)) === true) {
    evidence.labels = rule.labels.allOf;
    evidence.score += rule.labels.weight;
  }
  return evidence;
}

/** The keyword a column's name or comment holds, if any. */
export function matchColumn(matcher: KeywordMatcher, text: ColumnText): string | undefined {
  return matcher(text.name) ?? (text.comment ? matcher(text.comment) : undefined);
}
