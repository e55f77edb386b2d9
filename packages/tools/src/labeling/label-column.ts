import type { ColumnInfo, ColumnLabel, LabelCode, LabelEvidence } from '@shuan/core';
import { defaultLabel, matchColumnContext, type TermMatch } from '../dictionaries/context-match.ts';
import type { ValueHint } from '../recognizers/hint-values.ts';
import { tallyValues, type ValueTally } from './value-tally.ts';

/** What {@link labelColumn} looks at: the column, its table, and the sampled values. */
export interface LabelColumnInput {
  table: string;
  tableComment?: string;
  column: ColumnInfo;
  values: readonly (string | null)[];
  /** Hits counted by a whole-file sweep, beyond the sample (files only). */
  sweepHits?: Partial<Record<LabelCode, number>>;
  sweepValues?: number;
}

/** Tuning of {@link labelColumn}. */
export interface LabelColumnOptions {
  /** Share of non-empty sampled values that must match for value evidence (default 0.3). */
  valueThreshold?: number;
}

/** Default share of matching values for a label from values alone. */
export const DEFAULT_VALUE_THRESHOLD = 0.3;
/** Share that suffices when the name or comment points to the same label. */
const NAMED_VALUE_THRESHOLD = 0.1;

/**
 * Free text (log lines, remarks) holds sensitive values inside other words, so a whole-file
 * sweep counts differently from whole values: at least 5 validated hits, in at least 0.1 % of
 * the lines, make the column personal data whatever the share of whole values. (A log with
 * an ID number on one line in 500 holds personal information all the same.)
 */
const SWEEP_MIN_HITS = 5;
const SWEEP_MIN_SHARE = 0.001;
/** Contradiction rules need at least this many non-empty values. */
const MIN_VALUES_TO_CONTRADICT = 10;
const CONTRADICTION_SHARE = 0.8;

/** Labels whose values are always recognisable when present: none among 10+ is a contradiction. */
const CHECKABLE: ReadonlySet<LabelCode> = new Set<LabelCode>([
  'pi.id_card',
  'pi.mobile',
  'pi.landline',
  'pi.email',
  'pi.bank_card',
  'pi.ip_address',
  'pi.license_plate',
  'org.uscc',
]);
const CHECKSUM: ReadonlySet<LabelCode> = new Set<LabelCode>([
  'pi.id_card',
  'pi.bank_card',
  'org.uscc',
]);
const FUZZY: ReadonlySet<LabelCode> = new Set<LabelCode>(['pi.name', 'pi.address', 'org.name']);
const EVIDENCE_ORDER: readonly LabelEvidence[] = ['values', 'name', 'comment'];

interface Found {
  code: LabelCode;
  hits: number;
  share: number;
  evidence: Set<LabelEvidence>;
}

interface SourcedTerm {
  term: TermMatch;
  source: 'name' | 'comment';
}

/** Whether the `pi.name` hits look like many people, not one repeated status word. */
function namesLookDistinct(tally: ValueTally, hits: number): boolean {
  return (
    tally.distinctNames >= Math.min(hits, 3) && tally.distinctNames >= 0.4 * Math.min(hits, 256)
  );
}

/** Whether the values clearly say the column is not what its name says. */
function contradicted(code: LabelCode, term: TermMatch, tally: ValueTally): boolean {
  const n = tally.nonEmpty;
  if (n < MIN_VALUES_TO_CONTRADICT) return false;
  if (tally.sentinels >= CONTRADICTION_SHARE * n) return true;
  let own = 0;
  for (const [other, hits] of tally.hits) {
    if (term.codes.includes(other)) own += hits;
    else if (hits >= CONTRADICTION_SHARE * n) return true;
  }
  return CHECKABLE.has(code) && own === 0 && tally.masked === 0;
}

function valueConfidence(f: Found): number {
  if (f.evidence.size > 1) return Math.min(0.99, 0.9 + 0.09 * f.share);
  if (CHECKSUM.has(f.code)) return 0.6 + 0.35 * f.share;
  if (FUZZY.has(f.code)) return 0.5 + 0.3 * f.share;
  return 0.55 + 0.35 * f.share;
}

function nameOnlyConfidence(f: Found, terms: readonly SourcedTerm[]): number {
  if (f.evidence.has('name') && f.evidence.has('comment')) return 0.8;
  if (f.evidence.has('comment')) return 0.75;
  const whole = terms.some((t) => t.source === 'name' && t.term.whole === true);
  return whole ? 0.65 : 0.7;
}

function valueLabels(
  input: LabelColumnInput,
  tally: ValueTally,
  terms: readonly SourcedTerm[],
  threshold: number,
): Map<LabelCode, Found> {
  const found = new Map<LabelCode, Found>();
  const vetoed = new Set(terms.flatMap((t) => t.term.veto ?? []));
  const sweep = input.sweepHits ?? {};
  const sweepValues = input.sweepValues ?? 0;
  const codes = new Set<LabelCode>([...tally.hits.keys(), ...(Object.keys(sweep) as LabelCode[])]);
  for (const code of codes) {
    const sampled = tally.hits.get(code) ?? 0;
    const swept = sweep[code] ?? 0;
    const share = Math.max(
      tally.nonEmpty > 0 ? sampled / tally.nonEmpty : 0,
      sweepValues > 0 ? Math.min(1, swept / sweepValues) : 0,
    );
    const named = terms.filter((t) => t.term.codes.includes(code));
    const sweptEnough =
      swept >= SWEEP_MIN_HITS && sweepValues > 0 && swept / sweepValues >= SWEEP_MIN_SHARE;
    const needed = named.length > 0 ? Math.min(threshold, NAMED_VALUE_THRESHOLD) : threshold;
    if (share < needed && !sweptEnough) continue;
    if (named.length === 0) {
      if (vetoed.has(code)) continue;
      if (code === 'pi.name' && swept === 0 && !namesLookDistinct(tally, sampled)) continue;
    }
    const evidence = new Set<LabelEvidence>(['values', ...named.map((t) => t.source)]);
    found.set(code, { code, hits: Math.max(sampled, swept), share, evidence });
  }
  return found;
}

/**
 * Labels one column from its sampled values (whole-value recognizers with checksum
 * validation) and from its name and comment (English, Chinese and pinyin dictionaries).
 *
 * - Values: a label when at least `valueThreshold` (default 30 %) of the non-empty sampled
 *   values carry it — or of the whole-file sweep (`sweepHits / sweepValues`) — 10 % when the
 *   name or comment agrees. Values failing a checksum never count. Person names also need
 *   several distinct values.
 * - Name or comment alone: a label when a strong dictionary term says so, unless the values
 *   contradict it (10+ values of which 80 % carry another label or are 0/1 sentinels, or none
 *   is recognisable for a checkable format and none is masked).
 * - Hard negatives in the name (`product_name`, `mac_address`) veto value labels.
 *
 * Returns labels sorted by confidence, highest first. Evidence never holds sample values.
 *
 * @example labelColumn({ table: 't', column: { name: 'sjhm', dataType: 'varchar' }, values: ['13812345678'] })
 * // [{ code: 'pi.mobile', confidence: 0.99, hits: 1, evidence: ['values', 'name'] }]
 */
export function labelColumn(
  input: LabelColumnInput,
  options: LabelColumnOptions = {},
): ColumnLabel[] {
  const threshold = options.valueThreshold ?? DEFAULT_VALUE_THRESHOLD;
  const context = matchColumnContext(input.column.name, input.column.comment);
  const terms: SourcedTerm[] = [];
  if (context.name) terms.push({ term: context.name, source: 'name' });
  if (context.comment) terms.push({ term: context.comment, source: 'comment' });
  const hints = [...new Set(terms.map((t) => t.term.hint).filter((h): h is ValueHint => !!h))];
  // A column whose name and comment say nothing can only get a label from its values (or
  // the sweep), so its tally may stop once the threshold is out of reach.
  const tally = tallyValues(input.values, hints, terms.length === 0 ? threshold : undefined);

  const found = valueLabels(input, tally, terms, threshold);
  const confidence = new Map<LabelCode, number>();
  for (const f of found.values()) confidence.set(f.code, valueConfidence(f));

  const nameOnly = new Map<LabelCode, Found>();
  for (const { term, source } of terms) {
    if (term.codes.some((c) => found.has(c))) continue;
    const code = defaultLabel(term);
    if (code === null || contradicted(code, term, tally)) continue;
    const f = nameOnly.get(code) ?? {
      code,
      hits: tally.hits.get(code) ?? 0,
      share: 0,
      evidence: new Set(),
    };
    f.evidence.add(source);
    nameOnly.set(code, f);
  }
  for (const f of nameOnly.values()) {
    found.set(f.code, f);
    confidence.set(f.code, nameOnlyConfidence(f, terms));
  }

  const labels: ColumnLabel[] = [...found.values()].map((f) => ({
    code: f.code,
    confidence: Math.round((confidence.get(f.code) ?? 0) * 100) / 100,
    hits: f.hits,
    evidence: EVIDENCE_ORDER.filter((e) => f.evidence.has(e)),
  }));
  return labels.sort(
    (a, b) => b.confidence - a.confidence || b.hits - a.hits || a.code.localeCompare(b.code),
  );
}
