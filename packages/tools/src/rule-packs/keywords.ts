/**
 * Keyword matching for rule packs. Identifiers and comments are split into lower-case ASCII
 * words (snake_case, camelCase, digits and punctuation all separate words), so a short
 * keyword such as `hr` or `sis` matches a whole word only; keywords holding Chinese
 * characters match anywhere in the text, as Chinese has no spaces between words.
 */
import { tokenizeName } from '../dictionaries/tokenize.ts';

/** A text prepared once for many keyword look-ups. */
export interface Words {
  /** The text, lower-cased, for Chinese substring matches. */
  lower: string;
  /** Its ASCII words, lower-cased, in order. */
  words: string[];
  /** Whether it holds Chinese characters at all: most identifiers do not, and then the
   * Chinese keywords need no substring search. */
  cjk: boolean;
}

const CJK = /[\u3400-\u9fff]/;

/**
 * Splits an identifier or comment into {@link Words}, with the same tokenizer the column
 * dictionaries use, so a rule-pack keyword and a dictionary term see the same words.
 */
export function toWords(text: string): Words {
  return { lower: text.toLowerCase(), words: tokenizeName(text), cjk: CJK.test(text) };
}

/** A compiled keyword list: returns the first keyword found in a text, or `undefined`. */
export type KeywordMatcher = (text: Words) => string | undefined;

/** Compiles `keywords` into a {@link KeywordMatcher}. */
export function compileKeywords(keywords: readonly string[]): KeywordMatcher {
  const chinese: string[] = [];
  const single = new Map<string, string>();
  const phrases: { parts: string[]; keyword: string }[] = [];
  for (const keyword of keywords) {
    if (CJK.test(keyword)) {
      chinese.push(keyword.toLowerCase());
      continue;
    }
    const parts = toWords(keyword).words;
    const first = parts[0];
    if (first === undefined) continue;
    if (parts.length === 1) single.set(first, keyword);
    else phrases.push({ parts, keyword });
  }
  if (keywords.length === 0) return () => undefined;
  return (text) => {
    for (const word of text.words) {
      const hit = single.get(word);
      if (hit !== undefined) return hit;
    }
    for (const phrase of phrases) {
      if (containsRun(text.words, phrase.parts)) return phrase.keyword;
    }
    if (!text.cjk) return undefined;
    for (const keyword of chinese) {
      if (text.lower.includes(keyword)) return keyword;
    }
    return undefined;
  };
}

function containsRun(words: readonly string[], parts: readonly string[]): boolean {
  outer: for (let i = 0; i + parts.length <= words.length; i++) {
    for (let j = 0; j < parts.length; j++) {
      if (words[i + j] !== parts[j]) continue outer;
    }
    return true;
  }
  return false;
}
