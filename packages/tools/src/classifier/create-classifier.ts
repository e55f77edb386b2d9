import type { TableClassifier } from '@shuan/core';
import { resolveRulePack } from '../rule-packs/load-rule-pack.ts';
import type { RulePack } from '../rule-packs/rule-pack.schema.ts';
import { classifyTable } from './classify-table.ts';
import { compilePack } from './compile-pack.ts';

/** Options of {@link createClassifier}. */
export interface ClassifierOptions {
  /** A built-in pack id (`steel`, `automotive` …) or a pack file path; default `general`. */
  industry?: string;
  /** A pack already loaded (and composed); wins over `industry`. */
  pack?: RulePack;
  /** Share of non-empty sampled values that must match for a value label (default 0.3). */
  valueThreshold?: number;
}

/**
 * Creates the rule-pack classifier: labels each column (recognizers and name/comment
 * dictionaries), puts the table in an industrial data category (its columns inherit it), and
 * grades columns and table with the pack's level rules. Loading the pack is the only I/O and
 * happens here, once; `classifyTable` is pure and synchronous. Throws `RulePackError`
 * (`RULE_PACK_UNKNOWN`, `RULE_PACK_INVALID` …) for a bad pack before any scan starts.
 *
 * @example
 * const classifier = createClassifier({ industry: 'automotive' });
 * classifier.ruleset; // { id: 'automotive', version: '2026.1' }
 */
export function createClassifier(options: ClassifierOptions = {}): TableClassifier {
  const pack = compilePack(options.pack ?? resolveRulePack(options.industry ?? 'general'));
  const labelOptions =
    options.valueThreshold === undefined ? {} : { valueThreshold: options.valueThreshold };
  return {
    ruleset: { id: pack.id, version: pack.version },
    classifyTable: (sample) => classifyTable(pack, labelOptions, sample),
  };
}
