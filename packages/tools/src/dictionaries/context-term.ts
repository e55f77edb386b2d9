/**
 * The shape of one entry of the column-name and comment dictionaries.
 */
import type { LabelCode } from '@shuan/core';
import type { ValueHint } from '../recognizers/hint-values.ts';

/**
 * What a word in a column name or comment says about the column.
 * - `strong`: the word alone labels the column with `codes[0]` (when the values do not
 *   contradict it); `weak`: it only adds name evidence to a label the values found.
 * - `codes`: the labels it points to; several when it is ambiguous (电话 → mobile or
 *   landline, 客户名称 → organisation or person — the values decide). An ambiguous strong
 *   term with `noDefault` labels nothing on its own.
 * - `hint`: lets context-dependent value checks run (single lat/lng, birth dates, hex digests).
 * - `tails`: words that may follow this term without changing its meaning (`face_template`,
 *   `password_hash`, 人脸特征值), besides the generic ones (`no`, `number`, 号码 …).
 * - `veto`: a hard negative (`mac_address`, `product_name`): labels the values must not get.
 * - `whole`: a 2-letter pinyin abbreviation that counts only as the whole name (`dz`, `xm`,
 *   `mm`), so `mm_size` or `thickness_mm` (millimetres) are not passwords.
 */
export interface ContextTerm {
  codes: readonly LabelCode[];
  strength: 'strong' | 'weak';
  noDefault?: boolean;
  hint?: ValueHint;
  tails?: readonly string[];
  veto?: readonly LabelCode[];
  whole?: boolean;
}

/** A group of phrases sharing one meaning, as written in the data tables. */
export interface TermGroup extends ContextTerm {
  /** Phrases separated by `|`; English phrases are space-separated lower-case tokens. */
  phrases: string;
}

/** Expands the groups into a phrase → term map (a later group never overrides an earlier). */
export function buildTermMap(groups: readonly TermGroup[]): Map<string, ContextTerm> {
  const map = new Map<string, ContextTerm>();
  for (const { phrases, ...term } of groups) {
    for (const phrase of phrases.split('|')) {
      const key = phrase.trim();
      if (key.length > 0 && !map.has(key)) map.set(key, term);
    }
  }
  return map;
}
