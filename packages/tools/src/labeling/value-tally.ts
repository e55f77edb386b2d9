/**
 * Counts, over a column's sampled values, how many carry each label — the value evidence of
 * labelColumn — plus what the contradiction rules need (sentinels, masked values, distinct
 * names).
 */
import type { LabelCode } from '@shuan/core';
import type { ValueHint } from '../recognizers/hint-values.ts';
import { recognizeWithHint } from '../recognizers/hint-values.ts';
import { recognizeValue } from '../recognizers/value-recognizer.ts';

/** Per-label hits and the facts about the sample the rules read. */
export interface ValueTally {
  /** Non-empty values (after trimming). */
  nonEmpty: number;
  hits: Map<LabelCode, number>;
  /** Distinct values among the `pi.name` hits (a column of 成功/成功/成功 is a status). */
  distinctNames: number;
  /** Values that are small integers or flags (`0`, `1`, `-1`, `Y`, `是`): a sentinel column. */
  sentinels: number;
  /** Values with masking characters (`138****5678`). */
  masked: number;
}

const MAX_DISTINCT = 256;

function isBlank(v: string): boolean {
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c > 32 && c !== 0x3000 && c !== 0xa0) return false;
  }
  return true;
}

const FLAGS = new Set([
  'y',
  'n',
  'yes',
  'no',
  'true',
  'false',
  't',
  'f',
  '是',
  '否',
  '有',
  '无',
  'null',
  'none',
  'n/a',
  '-',
  '--',
  '/',
]);

// Longest sentinel with some padding around it; anything longer is no sentinel. The early
// exit matters: this runs on every unrecognised sampled value of every column.
const MAX_SENTINEL_LENGTH = 8;

function isSentinel(v: string): boolean {
  if (v.length > MAX_SENTINEL_LENGTH) return false;
  const t = v.trim();
  if (/^-?\d{1,3}$/.test(t)) return true;
  return FLAGS.has(t.toLowerCase());
}

function isMasked(v: string): boolean {
  return v.includes('*') || v.includes('×') || v.includes('＊');
}

/**
 * Tallies labels over the values; `hints` (from the column's name and comment) let the
 * context-dependent checks run on values the plain recognizer left unlabelled.
 */
export function tallyValues(
  values: readonly (string | null)[],
  hints: readonly ValueHint[],
  stopBelow?: number,
): ValueTally {
  const hits = new Map<LabelCode, number>();
  const names = new Set<string>();
  let nonEmpty = 0;
  let sentinels = 0;
  let masked = 0;
  let best = 0;
  for (let i = 0; i < values.length; i++) {
    // With `stopBelow` (the value threshold, for columns whose name says nothing), stop as
    // soon as no label can reach it even if every remaining value matched: most columns
    // hold no sensitive values, and this skips the last third of their sample.
    if (stopBelow !== undefined && nonEmpty >= 10) {
      const left = values.length - i;
      if ((best + left) / (nonEmpty + left) < stopBelow) break;
    }
    const v = values[i];
    if (v === null || v === undefined || v.length === 0) continue;
    let code = recognizeValue(v);
    if (code === null) {
      if (isBlank(v)) continue;
      for (const hint of hints) {
        code = recognizeWithHint(v.trim(), hint);
        if (code !== null) break;
      }
    }
    nonEmpty++;
    if (code === null) {
      if (isSentinel(v)) sentinels++;
      else if (isMasked(v)) masked++;
      continue;
    }
    const count = (hits.get(code) ?? 0) + 1;
    hits.set(code, count);
    if (count > best) best = count;
    if (code === 'pi.name' && names.size < MAX_DISTINCT) names.add(v.trim());
  }
  return { nonEmpty, hits, distinctNames: names.size, sentinels, masked };
}
