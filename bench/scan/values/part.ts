/**
 * Goal 1: values classified per second on one core. The subject is the fast whole-value
 * path `createValueRecognizer().recognize(value)` of `@shuan/tools`; the baseline is one
 * `RegExp.test` per value with {@link BASELINE_PATTERN} — the floor any scanner pays.
 * Rounds of baseline and subject alternate after a warm-up; the median round counts.
 */
import { log, type GoalResult, type PartResult } from '../lib/report.ts';
import { fmt, median, nowMs, peakRssMb } from '../lib/measure.ts';
import { NotWiredError, loadValueRecognizer } from '../lib/subjects.ts';
import { buildCorpus } from './corpus.ts';

/** The baseline: a bare one-regex pass (ID-number shape, mobile shape, or an `@`). */
export const BASELINE_PATTERN = /^\d{17}[\dXx]$|^1[3-9]\d{9}$|@/;

/** Options of the values part. */
export interface ValuesOptions {
  count: number;
  rounds: number;
}

function timeRound(
  values: readonly string[],
  test: (value: string) => boolean,
): { ms: number; hits: number } {
  const start = nowMs();
  let hits = 0;
  for (let i = 0; i < values.length; i += 1) if (test(values[i] as string)) hits += 1;
  return { ms: nowMs() - start, hits };
}

/** Runs goal 1 and reports it. */
export async function runValuesPart(options: ValuesOptions): Promise<PartResult> {
  const facts: PartResult['facts'] = [];
  const t0 = nowMs();
  const { values, kinds } = buildCorpus(options.count);
  facts.push({
    label: '语料 / corpus',
    value: `${fmt(values.length)} values, ${Object.keys(kinds).length} kinds, built in ${fmt(nowMs() - t0)} ms`,
  });
  log('values', facts[0]!.value);

  const baselineTest = (value: string): boolean => BASELINE_PATTERN.test(value);
  let subjectTest: ((value: string) => boolean) | null = null;
  let notWired: string | undefined;
  try {
    const recognizer = await loadValueRecognizer();
    subjectTest = (value) => recognizer.recognize(value) !== null;
  } catch (error) {
    if (!(error instanceof NotWiredError)) throw error;
    notWired = error.message;
    log('values', `!! ${notWired}`);
  }

  const baseMs: number[] = [];
  const subjMs: number[] = [];
  let baseHits = 0;
  let subjHits = 0;
  const warmups = 2;
  for (let round = 0; round < warmups + options.rounds; round += 1) {
    const base = timeRound(values, baselineTest);
    baseHits = base.hits;
    const subj = subjectTest ? timeRound(values, subjectTest) : null;
    if (subj) subjHits = subj.hits;
    const tag = round < warmups ? 'warm-up' : `round ${round - warmups + 1}`;
    log(
      'values',
      `${tag}: baseline ${fmt(base.ms, 1)} ms${subj ? `, recognizer ${fmt(subj.ms, 1)} ms` : ''}`,
    );
    if (round >= warmups) {
      baseMs.push(base.ms);
      if (subj) subjMs.push(subj.ms);
    }
  }

  const baseRate = values.length / (median(baseMs) / 1000);
  const subjRate = subjMs.length > 0 ? values.length / (median(subjMs) / 1000) : null;
  facts.push({
    label: '基线模式 / baseline pattern',
    value: `${String(BASELINE_PATTERN)} (RegExp.test, one call per value)`,
  });
  facts.push({
    label: '命中 / hits',
    value: `baseline ${fmt(baseHits)}, recognizer ${subjectTest ? fmt(subjHits) : '—'} of ${fmt(values.length)}`,
  });
  facts.push({
    label: '轮次 / rounds',
    value: `${warmups} warm-up + ${options.rounds} measured, median reported`,
  });

  const goals: GoalResult[] = [
    {
      id: '1a',
      title: '每秒识别值数（单核）/ values classified per second, one core',
      unit: 'values/s',
      figure: subjRate,
      target: '≥ 1,000,000 values/s',
      pass: subjRate === null ? null : subjRate >= 1_000_000,
      ...(notWired === undefined ? {} : { note: notWired }),
    },
    {
      id: '1b',
      title: '相对单正则基线 / relative to a bare one-regex pass',
      unit: 'values/s',
      figure: subjRate,
      target: '≥ 0.5× baseline',
      pass: subjRate === null ? null : subjRate / baseRate >= 0.5,
      baseline: { label: 'one RegExp.test per value', figure: baseRate },
      ratio: subjRate === null ? null : subjRate / baseRate,
    },
  ];
  return { part: 'values', goals, facts, peakRssMb: peakRssMb() };
}
