/**
 * A process that does ONLY a scan (goals 2 and 3), so its `maxRSS` is the scanner's peak memory.
 * `scan-child.ts <source> <sampleRows> scan|reader-only` — `reader-only` runs the same scan with
 * a classifier that does nothing (the cost of everything but classification). Sends a
 * {@link ScanChildResult} to the parent over IPC.
 */
import { scanSource, type TableClassifier, type TableSample } from '@shuan/core';
import {
  loadClassifier,
  loadOpenSource,
  loadTextSweeper,
  type BenchSourceOptions,
} from './subjects.ts';
import { nowMs, peakRssMb } from './measure.ts';

/** What the child measured. */
export interface ScanChildResult {
  mode: 'scan' | 'reader-only';
  wallMs: number;
  classifyMs: number;
  tables: number;
  columns: number;
  labelledColumns: number;
  errors: number;
  firstError?: string;
  concurrency: number;
  peakRssMb: number;
  /** Peak RSS when a quarter, half, three quarters of the tables were done (MB). */
  peakRssAtMb: number[];
  error?: string;
}

const nullClassifier: TableClassifier = {
  ruleset: { id: 'bench-null', version: '0' },
  classifyTable: (sample: TableSample) => ({
    table: { table: sample.table.name, category: null, level: 'general', reasons: [] },
    columns: [],
  }),
};

/** Wraps `classifyTable` to add up the time spent inside it. */
function timed(classifier: TableClassifier, total: { ms: number }): TableClassifier {
  return {
    ruleset: classifier.ruleset,
    classifyTable: (sample) => {
      const start = nowMs();
      try {
        return classifier.classifyTable(sample);
      } finally {
        total.ms += nowMs() - start;
      }
    },
  };
}

async function main(
  url: string,
  sampleRows: number,
  mode: 'scan' | 'reader-only',
): Promise<ScanChildResult> {
  const openSource = await loadOpenSource();
  const inner = mode === 'scan' ? await loadClassifier() : nullClassifier;
  const classify = { ms: 0 };
  const peakRssAt: number[] = [];
  // A folder scan sweeps whole files with the tools' sweeper, which the app passes in.
  const sourceOptions: BenchSourceOptions = /^[a-z]+:\/\//.test(url)
    ? {}
    : { sweeper: await loadTextSweeper() };
  const start = nowMs();
  const reader = await openSource(url, sourceOptions);
  let report;
  try {
    report = await scanSource(
      { reader, classifier: timed(inner, classify), clock: { now: () => new Date() } },
      {
        sampleRows,
        onProgress: ({ done, total }) => {
          if (done === Math.ceil((total * (peakRssAt.length + 1)) / 4) && peakRssAt.length < 3) {
            peakRssAt.push(peakRssMb());
          }
        },
      },
    );
  } finally {
    await reader.close();
  }
  const wallMs = nowMs() - start;
  return {
    mode,
    wallMs,
    classifyMs: classify.ms,
    tables: report.tables.length,
    columns: report.columns.length,
    labelledColumns: report.columns.filter((c) => c.labels.length > 0).length,
    errors: report.errors.length,
    ...(report.errors[0]
      ? { firstError: `${report.errors[0].table}: ${report.errors[0].message}` }
      : {}),
    concurrency: reader.concurrency,
    peakRssMb: peakRssMb(),
    peakRssAtMb: peakRssAt,
  };
}

const [url, rows, mode] = process.argv.slice(2) as [string, string, 'scan' | 'reader-only'];
let result: ScanChildResult;
try {
  result = await main(url, Number(rows), mode);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  result = {
    mode,
    wallMs: 0,
    classifyMs: 0,
    tables: 0,
    columns: 0,
    labelledColumns: 0,
    errors: 0,
    concurrency: 0,
    peakRssMb: peakRssMb(),
    peakRssAtMb: [],
    error: message,
  };
}
process.send?.(result);
process.disconnect();
