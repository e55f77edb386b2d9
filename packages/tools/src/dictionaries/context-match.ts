/**
 * Reads a column name or comment and says which label it points to. Both languages put the
 * head word last (`contact_email`, 对接人邮箱), so matching starts at the end: the last word
 * that is a dictionary term decides, and only generic words (`no`, 号码, `hash` after
 * `password` …) may follow it — `email_template`, `plate_thickness` and 密码策略 name
 * something else. Hard negatives (`mac_address`, `product_name`, MAC地址) are terms too.
 */
import type { LabelCode } from '@shuan/core';
import { buildTermMap, type ContextTerm } from './context-term.ts';
import { EN_NEUTRAL_TAILS, EN_TERM_GROUPS, PINYIN_SUFFIXES } from './terms-en.ts';
import { ZH_NEUTRAL_TAILS, ZH_TERM_GROUPS } from './terms-zh.ts';
import { hasHan, tokenizeName } from './tokenize.ts';

/** A dictionary term found in a name or comment. */
export interface TermMatch extends ContextTerm {
  /** The dictionary phrase that matched (English tokens or Chinese text), for reasons. */
  phrase: string;
}

/** What the column's name and comment say, each read on its own. */
export interface ColumnContext {
  name: TermMatch | null;
  comment: TermMatch | null;
}

const EN = buildTermMap(EN_TERM_GROUPS);
const ZH = buildTermMap(ZH_TERM_GROUPS);
const EN_NEUTRAL = new Set(EN_NEUTRAL_TAILS);
const EN_ANY_TAIL = new Set([...EN_NEUTRAL_TAILS, ...EN_TERM_GROUPS.flatMap((g) => g.tails ?? [])]);
const ZH_NEUTRAL = new Set(ZH_NEUTRAL_TAILS);
const ZH_ANY_TAIL = [
  ...new Set([...ZH_NEUTRAL_TAILS, ...ZH_TERM_GROUPS.flatMap((g) => g.tails ?? [])]),
].sort((a, b) => b.length - a.length);
const ZH_MAX = Math.max(...[...ZH.keys()].map((k) => k.length));
const MAX_EN_PHRASE = 5;

const isDigits = (t: string): boolean => /^\d+$/.test(t);

function enTailOk(term: ContextTerm, tail: readonly string[]): boolean {
  return tail.every((t) => EN_NEUTRAL.has(t) || isDigits(t) || (term.tails?.includes(t) ?? false));
}

function enLookup(tokens: readonly string[], start: number, end: number): ContextTerm | undefined {
  const phrase = tokens.slice(start, end).join(' ');
  const exact = EN.get(phrase);
  if (exact !== undefined || end - start !== 1) return exact;
  const token = tokens[start] ?? '';
  if (token.length < 6) return undefined;
  for (const p of PINYIN_SUFFIXES) if (token.endsWith(p)) return EN.get(p);
  return undefined;
}

/**
 * Matches English and pinyin tokens of a name. Candidates end at the last token or before
 * trailing generic words; the one reaching furthest left wins (`id_card_no` is `id card`
 * with `no`, not `card no`), then the longer one.
 *
 * @example matchEnglish('last_login_ip')?.codes // ['pi.ip_address']
 */
export function matchEnglish(text: string): TermMatch | null {
  const tokens = tokenizeName(text);
  let best: ContextTerm | undefined;
  let bestStart = Number.POSITIVE_INFINITY;
  let bestEnd = 0;
  for (let end = tokens.length; end >= 1; end--) {
    for (let len = Math.min(MAX_EN_PHRASE, end); len >= 1; len--) {
      const start = end - len;
      const term = enLookup(tokens, start, end);
      if (term === undefined || (term.whole === true && start !== 0)) continue;
      if (start < bestStart) {
        best = term;
        bestStart = start;
        bestEnd = end;
      }
      break;
    }
    const last = tokens[end - 1] ?? '';
    if (!EN_ANY_TAIL.has(last) && !isDigits(last)) break;
  }
  if (best === undefined || !enTailOk(best, tokens.slice(bestEnd))) return null;
  return { ...best, phrase: tokens.slice(bestStart, bestEnd).join(' ') };
}

const BRACKETS = /（[^（）]*）|\([^()]*\)|【[^【】]*】|\[[^[\]]*\]/g;
const CLAUSE_END = /[，,；;。:：\n]/;

function isAsciiWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Person-role endings: 收货人, 操作员 … (weak evidence for names). */
const ROLE_ENDINGS = ['人', '员'];
const NOT_ROLES = new Set([
  '机器人',
  '纳税人',
  '人员',
  '会员',
  '成员',
  '动员',
  '法人单位',
  '个人',
  '本人',
  '他人',
  '人数',
  '员数',
]);

function zhTerm(s: string, end: number, stripped: readonly string[]): TermMatch | null | undefined {
  for (let len = Math.min(ZH_MAX, end); len >= 1; len--) {
    const piece = s.slice(end - len, end);
    const term = ZH.get(piece);
    if (term === undefined) continue;
    const before = end - len - 1;
    if (
      isAsciiWordChar(piece.charCodeAt(0)) &&
      before >= 0 &&
      isAsciiWordChar(s.charCodeAt(before))
    ) {
      continue; // "VIP" is not "IP"
    }
    const ok = stripped.every((t) => ZH_NEUTRAL.has(t) || (term.tails?.includes(t) ?? false));
    return ok ? { ...term, phrase: piece } : null;
  }
  return undefined;
}

/**
 * Matches a Chinese comment or name: the first clause, without bracketed remarks, read from
 * its end; generic endings (号码, 号, 信息 …) are peeled off until a term ends there.
 *
 * @example matchChinese('紧急联系人电话')?.codes // ['pi.mobile', 'pi.landline']
 */
export function matchChinese(text: string): TermMatch | null {
  const upper = text.toUpperCase();
  const clause = upper.split(CLAUSE_END)[0] ?? '';
  const bare = clause.replace(BRACKETS, '').trim();
  const s = bare.length > 0 ? bare : clause.trim();
  let end = s.length;
  const stripped: string[] = [];
  for (let round = 0; round < 4 && end > 0; round++) {
    const found = zhTerm(s, end, stripped);
    if (found !== undefined) return found;
    const tail = ZH_ANY_TAIL.find((t) => t.length < end && s.endsWith(t, end));
    if (tail === undefined) break;
    stripped.push(tail);
    end -= tail.length;
  }
  const head = s.slice(0, end);
  if (head.length >= 2 && head.length <= 6 && ROLE_ENDINGS.some((e) => head.endsWith(e))) {
    if (!NOT_ROLES.has(head) && stripped.every((t) => ZH_NEUTRAL.has(t))) {
      return { codes: ['pi.name'], strength: 'weak', phrase: head };
    }
  }
  return null;
}

/**
 * Matches one name or comment in whichever language it is written: Chinese first when it
 * holds ideographs, then its ASCII words.
 */
export function matchText(text: string | undefined): TermMatch | null {
  if (text === undefined) return null;
  const trimmed = text.trim();
  if (trimmed.length === 0) return null;
  if (hasHan(trimmed))
    return matchChinese(trimmed) ?? matchEnglish(trimmed.replace(/[^\x20-\x7e]+/g, ' '));
  return matchEnglish(trimmed);
}

const CACHE_LIMIT = 20_000;
const cache = new Map<string, ColumnContext>();

/**
 * What a column's name and comment say (cached: a database repeats the same names in many
 * tables, and the classifier labels every column).
 *
 * @example matchColumnContext('sjhm', '手机号码').name?.codes // ['pi.mobile']
 */
export function matchColumnContext(name: string, comment?: string): ColumnContext {
  const key = `${name}\u0000${comment ?? ''}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const context: ColumnContext = { name: matchText(name), comment: matchText(comment) };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, context);
  return context;
}

/** Labels a context term may give on its own (strong, unambiguous or with a default). */
export function defaultLabel(term: TermMatch | null): LabelCode | null {
  if (term === null || term.strength !== 'strong' || term.noDefault === true) return null;
  return term.codes[0] ?? null;
}
