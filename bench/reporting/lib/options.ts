/** Command-line options of `npm run bench:reporting`. */
import { parseArgs } from 'node:util';
import { whole } from '../../server/lib/options.ts';

/** Everything the bench needs. */
export interface ReportingBenchOptions {
  /** PostgreSQL server (without a database name); the bench creates its own database there. */
  pgUrl: string;
  /** Multiplies every seeded size (0.1 for a quick run). */
  scale: number;
  /** Load: seconds per measured run, seconds of warm-up before it, concurrent connections. */
  duration: number;
  warmup: number;
  connections: number;
  /** Timed rounds of each raw-SQL baseline (after one untimed round); the median counts. */
  rounds: number;
  /** Only the server with its response cache off (default: both, cache on then off). */
  noCache: boolean;
  /** Seed the received tables with the rollup triggers firing row by row (the ingest path). */
  viaTriggers: boolean;
  /** Run only the endpoints whose name contains this text. */
  filter: string | undefined;
  keep: boolean;
  strict: boolean;
}

/** The usage text. */
export const USAGE = `npm run bench:reporting -- [options]
  --pg URL              PostgreSQL server (default postgres://postgres@127.0.0.1:5432)
  --scale X             multiply the seeded sizes (default 1: 45,000 enterprises, 500,000 incidents,
                        500,000 risk reports, 30,000 assessments, 240 warnings, 100,000 acknowledgements)
  --duration S          seconds per load run (default 5)
  --warmup S            seconds of warm-up before each load run (default 1)
  --connections N       concurrent connections (default 20)
  --rounds N            timed rounds of each raw-SQL baseline (default 5; median)
  --no-cache            only the server with its response cache off (default: cache on, then off)
  --via-triggers        seed with the rollup triggers firing (0014 per row, 0015 per statement: the ingest path)
                        instead of triggers off + the migration's backfill (slower seeding)
  --filter TEXT         only the endpoints whose name contains TEXT
  --keep                keep the bench database (shuan_bench_reporting) after the run
  --strict              exit 1 when a goal is missed`;

/** Parses `argv` (without node and script). */
export function parseOptions(argv: string[]): ReportingBenchOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      pg: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432' },
      scale: { type: 'string', default: '1' },
      duration: { type: 'string', default: '5' },
      warmup: { type: 'string', default: '1' },
      connections: { type: 'string', default: '20' },
      rounds: { type: 'string', default: '5' },
      'no-cache': { type: 'boolean', default: false },
      'via-triggers': { type: 'boolean', default: false },
      filter: { type: 'string' },
      keep: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return 'help';
  const scale = Number(values.scale);
  if (!Number.isFinite(scale) || scale < 0.001 || scale > 10)
    throw new Error('--scale 须在 0.001–10 之间 / must be between 0.001 and 10');
  return {
    pgUrl: values.pg,
    scale,
    duration: whole('duration', values.duration, 1),
    warmup: whole('warmup', values.warmup, 0),
    connections: whole('connections', values.connections, 1),
    rounds: whole('rounds', values.rounds, 1),
    noCache: values['no-cache'],
    viaTriggers: values['via-triggers'],
    filter: values.filter,
    keep: values.keep,
    strict: values.strict,
  };
}
