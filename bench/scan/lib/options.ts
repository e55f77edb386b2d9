/** Command-line options of `npm run bench:scan`. */
import { parseArgs } from 'node:util';
import { PARTS, type PartName } from './report.ts';
import { parseSize } from './measure.ts';

/** Everything a part may need; passed to the part's child process as JSON. */
export interface BenchOptions {
  only: PartName[];
  strict: boolean;
  keep: boolean;
  /** Goal 1: corpus size and measured rounds. */
  values: number;
  rounds: number;
  /** Goal 2: fixture shape and sample size. */
  pgUrl: string;
  tables: number;
  rows: number;
  sampleRows: number;
  /** Goal 3: folder size in bytes. */
  sizeBytes: number;
}

/** The usage text. */
export const USAGE = `npm run bench:scan -- [options]
  --only values|postgres|files   run some parts (comma-separated; default all)
  --strict                       exit 1 when a goal is missed
  --keep                         keep fixtures (PostgreSQL database, files) for the next run
  --values N                     goal 1 corpus size (default 1000000)
  --rounds N                     goal 1 measured rounds (default 7)
  --pg URL                       PostgreSQL server (default postgres://postgres@127.0.0.1:5432)
  --tables N --rows N            goal 2 fixture (default 1000 tables x 10000 rows)
  --sample-rows N                goal 2 sample size (default 100)
  --size 1GB                     goal 3 folder size (e.g. 200MB)`;

/** Parses `argv` (without node and script). */
export function parseOptions(argv: string[]): BenchOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      only: { type: 'string' },
      strict: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      values: { type: 'string', default: '1000000' },
      rounds: { type: 'string', default: '7' },
      pg: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432' },
      tables: { type: 'string', default: '1000' },
      rows: { type: 'string', default: '10000' },
      'sample-rows': { type: 'string', default: '100' },
      size: { type: 'string', default: '1GB' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return 'help';
  const only = values.only === undefined ? [...PARTS] : values.only.split(',').map((p) => p.trim());
  for (const part of only) {
    if (!(PARTS as readonly string[]).includes(part))
      throw new Error(`未知部分 / unknown part: ${part}`);
  }
  const positive = (name: string, text: string): number => {
    const n = Number(text);
    if (!Number.isInteger(n) || n <= 0)
      throw new Error(`--${name} 须为正整数 / must be a positive integer`);
    return n;
  };
  return {
    only: only as PartName[],
    strict: values.strict,
    keep: values.keep,
    values: positive('values', values.values),
    rounds: positive('rounds', values.rounds),
    pgUrl: values.pg,
    tables: positive('tables', values.tables),
    rows: positive('rows', values.rows),
    sampleRows: positive('sample-rows', values['sample-rows']),
    sizeBytes: parseSize(values.size),
  };
}
