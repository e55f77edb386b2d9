import type { TableSample } from '@shuan/core';
import { idCardCheckChar } from '../validators/index.ts';

/** Test factory: a sampled table from column names, comments and values. */
export function buildSample(input: {
  table: string;
  comment?: string;
  rows?: number;
  columns: { name: string; comment?: string; dataType?: string; values?: (string | null)[] }[];
}): TableSample {
  const longest = Math.max(0, ...input.columns.map((c) => c.values?.length ?? 0));
  return {
    table: {
      name: input.table,
      ...(input.comment !== undefined && { comment: input.comment }),
      ...(input.rows !== undefined && { estimatedRows: input.rows }),
      columns: input.columns.map((c) => ({
        name: c.name,
        dataType: c.dataType ?? 'text',
        ...(c.comment !== undefined && { comment: c.comment }),
      })),
    },
    rowsSampled: longest,
    columns: input.columns.map((c) => ({
      column: {
        name: c.name,
        dataType: c.dataType ?? 'text',
        ...(c.comment !== undefined && { comment: c.comment }),
      },
      values: c.values ?? [],
    })),
  };
}

/** Test factory: `count` valid 18-digit resident ID numbers (region 110105, born 1980s). */
export function validIdNumbers(count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const body = `110105198${String(i % 10)}0${String((i % 9) + 1)}1${String(i % 10)}${String(100 + (i % 900))}`;
    out.push(body + idCardCheckChar(body));
  }
  return out;
}
