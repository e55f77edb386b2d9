import { fmt } from './measure.ts';

/** The three parts of the bench. */
export const PARTS = ['values', 'postgres', 'files'] as const;
/** One part of the bench. */
export type PartName = (typeof PARTS)[number];

/**
 * One goal of the issue: a measured figure, the target it must reach, and (when the goal is
 * relative) the baseline measured in the same run and the ratio figure ÷ baseline.
 * `pass` is null when the figure could not be measured (a subject not wired yet).
 */
export interface GoalResult {
  id: string;
  title: string;
  unit: string;
  figure: number | null;
  target: string;
  pass: boolean | null;
  baseline?: { label: string; figure: number };
  ratio?: number | null;
  note?: string;
}

/** What a part reports to the runner. */
export interface PartResult {
  part: PartName;
  goals: GoalResult[];
  /** Other figures worth printing (fixture build time, row counts, …). */
  facts: { label: string; value: string }[];
  /** Peak RSS of the process that ran the part, MB. */
  peakRssMb: number;
  error?: string;
}

/** Prints one line, prefixed with the part. */
export function log(part: PartName | 'bench', message: string): void {
  process.stdout.write(`[${part}] ${message}\n`);
}

/** The verdict word of a goal. */
export function verdict(goal: GoalResult): string {
  if (goal.pass === null) return 'FAIL (未测得 / not measured)';
  return goal.pass ? 'PASS' : 'FAIL';
}

/** Formats a goal figure with its unit. */
export function formatFigure(value: number | null, unit: string): string {
  if (value === null) return '—';
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${fmt(value, digits)} ${unit}`;
}

/** Prints the summary table of every part that ran. */
export function printSummary(results: readonly PartResult[]): void {
  const lines: string[] = ['', '=== 汇总 / summary ==='];
  for (const result of results) {
    lines.push(`-- ${result.part}  (峰值内存 / peak RSS ${fmt(result.peakRssMb, 0)} MB)`);
    if (result.error !== undefined) lines.push(`   ERROR: ${result.error}`);
    for (const fact of result.facts) lines.push(`   ${fact.label}: ${fact.value}`);
    for (const goal of result.goals) {
      const base = goal.baseline
        ? `; baseline ${goal.baseline.label} = ${formatFigure(goal.baseline.figure, goal.unit)}`
        : '';
      const ratio =
        goal.ratio === undefined
          ? ''
          : `; ratio ${goal.ratio === null ? '—' : fmt(goal.ratio, 2)}×`;
      lines.push(
        `   [${verdict(goal)}] ${goal.id} ${goal.title}: ${formatFigure(goal.figure, goal.unit)}${base}${ratio} (目标 / target ${goal.target})`,
      );
      if (goal.note !== undefined) lines.push(`      ${goal.note}`);
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}
