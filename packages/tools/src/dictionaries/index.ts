/**
 * Dictionaries: column-name and comment context (English, pinyin, Chinese) and the word
 * lists the Chinese value checks use.
 */
export type { ContextTerm } from './context-term.ts';
export {
  defaultLabel,
  matchChinese,
  matchColumnContext,
  matchEnglish,
  matchText,
  type ColumnContext,
  type TermMatch,
} from './context-match.ts';
export { hasHan, tokenizeName } from './tokenize.ts';
export { COMPOUND_SURNAMES, NAME_HARD_NEGATIVES } from './person-names.ts';
