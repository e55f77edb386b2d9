import { InvalidArgumentError } from 'commander';

/** Output formats of `shuan scan`. */
export const SCAN_FORMATS = ['table', 'json', 'xlsx'] as const;

/** One output format of `shuan scan`. */
export type ScanFormat = (typeof SCAN_FORMATS)[number];

/** The options of `shuan scan`, as commander hands them over after parsing. */
export interface ScanOptions {
  format: ScanFormat;
  out?: string;
  sample: number;
  industry?: string;
  threshold?: number;
  concurrency?: number;
  all: boolean;
}

/** Default rows sampled from each table. */
export const DEFAULT_SAMPLE_ROWS = 1000;

/** Parses a whole number ≥ 1 (`--sample`, `--concurrency`). */
export function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1) {
    throw new InvalidArgumentError(`须为正整数 / must be a whole number ≥ 1`);
  }
  return n;
}

/** Parses a share of values between 0 and 1 (`--threshold 0.3`). */
export function parseShare(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n <= 0 || n > 1) {
    throw new InvalidArgumentError(
      `须为 0 到 1 之间的比例，如 0.3 / must be a share in (0, 1], e.g. 0.3`,
    );
  }
  return n;
}

/** The file an xlsx report goes to without `--out`: `shuan-scan-20261123-080003.xlsx`. */
export function defaultXlsxFile(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  const date = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}`;
  const time = `${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  return `shuan-scan-${date}-${time}.xlsx`;
}
