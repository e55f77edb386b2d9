import type { ColumnInfo, ColumnLabel, LabelCode } from '@shuan/core';

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

/**
 * Labels one column from its sampled values (whole-value recognizers with checksum
 * validation) and from its name and comment (English, Chinese and pinyin dictionaries).
 * STUB: the recognizer work replaces this body.
 */
export function labelColumn(
  _input: LabelColumnInput,
  _options: LabelColumnOptions = {},
): ColumnLabel[] {
  return [];
}
