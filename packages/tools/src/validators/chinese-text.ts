/**
 * Heuristic checks of Chinese text values: person names (姓名), detailed addresses (详细地址)
 * and organisation names (单位名称). None has a checksum, so each one is strict about shape
 * and leans on the dictionaries; labelColumn adds a per-column share threshold on top.
 */
import { COMPOUND_SURNAMES, NAME_HARD_NEGATIVES } from '../dictionaries/person-names.ts';
import {
  ADDRESS_ROAD_WORDS,
  NOT_ROAD_AFTER,
  NOT_ROAD_BEFORE,
  ORG_SUFFIXES,
  PLACE_NAMES,
} from '../dictionaries/places.ts';
import {
  ADDRESS_KIND,
  CHAR_FLAGS,
  F_COMPOUND_FIRST,
  F_GIVEN,
  F_ROAD,
  F_SURNAME,
  HAN_END,
  HAN_START,
  hanFlags,
} from './han-table.ts';

const COMPOUND = new Set(COMPOUND_SURNAMES);
const NAME_NEGATIVES = new Set(NAME_HARD_NEGATIVES);

/**
 * A Chinese person name: 2–4 ideographs, a listed surname (single or compound such as
 * 欧阳/司马/诸葛/上官) followed by one to three common given-name characters (胡明秀兰 has
 * three), and not one of the hard-negative nouns (王牌, 高温, 石墨, 白班 …).
 *
 * @example isChineseName('欧阳娜娜') // true
 * @example isChineseName('高温') // false
 */
export function isChineseName(value: string): boolean {
  const n = value.length;
  if (n < 2 || n > 4) return false;
  const f0 = hanFlags(value.charCodeAt(0));
  let given = 1;
  if ((f0 & F_COMPOUND_FIRST) !== 0 && n >= 3 && COMPOUND.has(value.slice(0, 2))) given = 2;
  else if ((f0 & F_SURNAME) === 0) return false;
  for (let i = given; i < n; i++) {
    if ((hanFlags(value.charCodeAt(i)) & F_GIVEN) === 0) return false;
  }
  return !NAME_NEGATIVES.has(value);
}

/** A suffix with its strength; weak ones need a longer value. */
interface OrgSuffix {
  text: string;
  weak: boolean;
}

/** Suffixes grouped by their last character, longest first: one map read rejects most text. */
const ORG_BY_LAST = new Map<number, OrgSuffix[]>();
for (const [list, weak] of [
  [ORG_SUFFIXES.strong, false],
  [ORG_SUFFIXES.weak, true],
] as const) {
  for (const text of list) {
    const last = text.charCodeAt(text.length - 1);
    const group = ORG_BY_LAST.get(last) ?? [];
    group.push({ text, weak });
    ORG_BY_LAST.set(last, group);
  }
}
for (const group of ORG_BY_LAST.values()) group.sort((a, b) => b.text.length - a.text.length);

function hanShare(value: string, end: number): number {
  let han = 0;
  for (let i = 0; i < end; i++) {
    const c = value.charCodeAt(i);
    if (c >= HAN_START && c < HAN_END) han++;
  }
  return han / end;
}

/**
 * An organisation name: ends with a legal-form or institution suffix (有限公司, 集团, 研究院,
 * 大学, 医院, 银行 …) after at least two more characters, mostly ideographs, 4–60 characters.
 * Weak suffixes that also end department names (中心, 局, 厂, 所 …) need 6+ characters. A
 * trailing parenthesised branch, as in `…有限公司（上海分公司）`, is looked through.
 *
 * @example isOrgName('上海恒锐精密机械有限公司') // true
 */
export function isOrgName(value: string): boolean {
  let n = value.length;
  if (n < 4 || n > 60) return false;
  const last = value.charCodeAt(n - 1);
  if (last === 0xff09 || last === 41) {
    const open = Math.max(value.lastIndexOf('（'), value.lastIndexOf('('));
    if (open < 2) return false;
    const inner = value.slice(open + 1, n - 1);
    if (inner.length >= 2 && endsWithOrgSuffix(inner, inner.length))
      return hanShare(value, n) >= 0.6;
    n = open;
  }
  return endsWithOrgSuffix(value, n) && hanShare(value, n) >= 0.6;
}

/** Whether `value[0, end)` ends with an organisation suffix after 2+ more characters. */
function endsWithOrgSuffix(value: string, end: number): boolean {
  const group = ORG_BY_LAST.get(value.charCodeAt(end - 1));
  if (group === undefined) return false;
  for (const s of group) {
    if (value.endsWith(s.text, end)) {
      return end - s.text.length >= 2 && (!s.weak || end >= 6);
    }
  }
  return false;
}

/**
 * Every address has a road-level part (路 街 巷 弄 村, 大道, 胡同, 小区, 公寓): a tight scan
 * for those characters rejects most free text before the full per-character analysis.
 */
function hasRoadChar(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (((CHAR_FLAGS[c] ?? 0) & F_ROAD) !== 0) return true;
  }
  return false;
}
const ROAD = 2;
const NUMBER = 3;
const ADMIN = 1;

/** Whether the road character at `i` is a road (not 回路, 线路, 路由 …). */
function isRoadAt(value: string, i: number): boolean {
  if (value.charCodeAt(i) !== 0x8def) return true; // only 路 has look-alikes
  const before = i > 0 ? value.charAt(i - 1) : '';
  const after = i + 1 < value.length ? value.charAt(i + 1) : '';
  return (
    (before === '' || !NOT_ROAD_BEFORE.includes(before)) &&
    (after === '' || !NOT_ROAD_AFTER.includes(after))
  );
}

/**
 * A detailed address: 6–120 characters, mostly ideographs, with a road or village part
 * (路 街 巷 弄 村 大道 胡同 小区 …) and either a division part (省 市 区 县 镇 乡) or a house
 * number after the road (…路88号), and a digit or a province/large-city name somewhere.
 * Warehouse bins (A区3号货架), circuits (2号回路) and pipes (1号管道) have no road.
 *
 * @example isAddress('上海市浦东新区张江路88号') // true
 */
export function isAddress(value: string): boolean {
  const n = value.length;
  if (n < 6 || n > 120 || !hasRoadChar(value)) return false;
  let admin = false;
  let road = -1;
  let digit = false;
  let digitAfterRoad = false;
  let numberAfterRoad = false;
  let han = 0;
  let roadWordChar = false;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19)) {
      digit = true;
      if (road >= 0) digitAfterRoad = true;
    } else if (c >= HAN_START && c < HAN_END) {
      han++;
      const kind = ADDRESS_KIND[c] ?? 0;
      if (kind === ADMIN) admin = true;
      else if (kind === ROAD && road < 0 && isRoadAt(value, i)) road = i;
      else if (kind === NUMBER && road >= 0) numberAfterRoad = true;
      else if (c === 0x9053 || c === 0x540c || c === 0x5bd3) roadWordChar = true; // 道 同 寓
    }
  }
  if (han < 4 || (!digit && !admin)) return false;
  if (road < 0) {
    if (!admin && !roadWordChar) return false; // 小区/社区 hold 区; 大道, 胡同, 公寓 the others
    for (const word of ADDRESS_ROAD_WORDS) {
      const at = value.indexOf(word);
      if (at >= 0 && (road < 0 || at < road)) road = at;
    }
    if (road < 0) return false;
    numberAfterRoad = value.indexOf('号', road) > 0;
    digitAfterRoad = /[0-9０-９]/.test(value.slice(road));
  }
  if (!admin && !(digitAfterRoad && numberAfterRoad)) return false;
  if (digit) return true;
  for (const place of PLACE_NAMES) if (value.includes(place)) return true;
  return false;
}
