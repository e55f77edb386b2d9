import { scanSource, type ScanProgress, type ScanReport, type TableClassifier } from '@shuan/core';

/** The word that stands for the bundled demo database. */
export const DEMO_SOURCE = 'demo';

/** Input of {@link runScan}. */
export interface RunScanInput {
  source: string;
  sampleRows: number;
  industry?: string;
  threshold?: number;
  concurrency?: number;
  onProgress?: (progress: ScanProgress) => void;
  signal?: AbortSignal;
}

/**
 * Scans one source as the command line names it: `demo`, a database URL, `sqlite:<path>`,
 * or a file or folder. The classifier is built first, so that an unknown rule pack fails
 * before anything is opened; the reader is always closed. Connectors and tools load on
 * first use, so that `shuan --help` does not load every database driver.
 */
export async function runScan(input: RunScanInput): Promise<ScanReport> {
  const { createClassifier, createTextSweeper } = await import('@shuan/tools');
  const { openSource } = await import('@shuan/connectors');
  const classifier: TableClassifier = createClassifier({
    ...(input.industry !== undefined && { industry: input.industry }),
    ...(input.threshold !== undefined && { valueThreshold: input.threshold }),
  });
  const reader = await openSource(await resolveSource(input.source), {
    sweeper: createTextSweeper(),
    ...(input.concurrency !== undefined && { concurrency: input.concurrency }),
  });
  try {
    return await scanSource(
      {
        reader,
        classifier,
        clock: { now: () => new Date() },
      },
      {
        sampleRows: input.sampleRows,
        ...(input.onProgress && { onProgress: input.onProgress }),
        ...(input.signal && { signal: input.signal }),
      },
    );
  } finally {
    await reader.close();
  }
}

async function resolveSource(source: string): Promise<string> {
  if (source !== DEMO_SOURCE) return source;
  const { ensureDemoDatabase } = await import('@shuan/demo');
  return `sqlite:${await ensureDemoDatabase()}`;
}
