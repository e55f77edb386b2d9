import type {
  Clock,
  ColumnFinding,
  RulesetRef,
  ScanError,
  SourceKind,
  SourceReader,
  TableClassifier,
  TableFinding,
  TableRef,
} from './ports.ts';

/** Ports of {@link scanSource}. */
export interface ScanSourceDeps {
  reader: SourceReader;
  classifier: TableClassifier;
  clock: Clock;
}

/** Progress of a running scan, reported after each table. */
export interface ScanProgress {
  done: number;
  total: number;
  table: string;
}

/** Input of {@link scanSource}. */
export interface ScanSourceInput {
  /** Rows to sample from each table. */
  sampleRows: number;
  onProgress?: (progress: ScanProgress) => void;
  /** Stops sampling new tables when aborted; the report covers what was done. */
  signal?: AbortSignal;
}

/** The result of a scan, in the shape of the public scan contract (v1). */
export interface ScanReport {
  schemaVersion: 1;
  source: { kind: SourceKind; name: string };
  ruleset: RulesetRef;
  startedAt: string;
  finishedAt: string;
  tables: TableFinding[];
  columns: ColumnFinding[];
  errors: ScanError[];
}

/**
 * Scans one source: lists its tables, samples each (at most `reader.concurrency` at once),
 * classifies every column and collects the findings in the order the source listed them.
 * A table that fails to read lands in `errors` and the scan goes on; errors opening the
 * source itself are thrown by the reader before this is called.
 *
 * @example
 * const report = await scanSource({ reader, classifier, clock }, { sampleRows: 100 });
 */
export async function scanSource(
  deps: ScanSourceDeps,
  input: ScanSourceInput,
): Promise<ScanReport> {
  const { reader, classifier, clock } = deps;
  const startedAt = clock.now().toISOString();
  const listed = await reader.listTables();
  const errors: ScanError[] = [...listed.errors];
  const results: ({ table: TableFinding; columns: ColumnFinding[] } | undefined)[] = [];
  let done = 0;

  const scanOne = async (index: number, table: TableRef): Promise<void> => {
    try {
      const sample = await reader.sampleTable(table, input.sampleRows);
      results[index] = classifier.classifyTable(sample);
    } catch (error) {
      errors.push({ table: table.name, message: describeError(error), ...errorCode(error) });
    }
    done += 1;
    input.onProgress?.({ done, total: listed.tables.length, table: table.name });
  };

  await runBounded(listed.tables, Math.max(1, reader.concurrency), scanOne, input.signal);

  const found = results.filter((r): r is NonNullable<typeof r> => r !== undefined);
  return {
    schemaVersion: 1,
    source: { kind: reader.kind, name: reader.name },
    ruleset: classifier.ruleset,
    startedAt,
    finishedAt: clock.now().toISOString(),
    tables: found.map((r) => r.table),
    columns: found.flatMap((r) => r.columns),
    errors,
  };
}

/** Runs `work` over `items` with at most `limit` in flight, stopping early when aborted. */
async function runBounded<T>(
  items: readonly T[],
  limit: number,
  work: (index: number, item: T) => Promise<void>,
  signal: AbortSignal | undefined,
): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length && signal?.aborted !== true) {
      const index = next++;
      await work(index, items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function errorCode(error: unknown): { code?: string } {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    if (typeof error.code === 'string') return { code: error.code };
  }
  return {};
}
