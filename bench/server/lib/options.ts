/** Command-line options of `npm run bench:server`. */
import { parseArgs } from 'node:util';

/** Everything the bench needs. */
export interface ServerBenchOptions {
  /** PostgreSQL server (without a database name); the bench creates its own database there. */
  pgUrl: string;
  strict: boolean;
  /** Keep the bench database after the run (for inspection; every run starts from a fresh one). */
  keep: boolean;
  /** Seeded catalog items and audit entries. */
  items: number;
  audit: number;
  /** Shape of the scan whose import is timed: tables × columns. */
  tables: number;
  columns: number;
  /** Load: seconds per measured run, seconds of warm-up before it, concurrent connections. */
  duration: number;
  warmup: number;
  connections: number;
  /** Run only the list cases whose name contains this text (and skip the import part). */
  filter: string | undefined;
  /** Start the server with `--cpu-prof` (profile written to bench/.work/ when it stops). */
  cpuProf: boolean;
  /** Start the server with its response and session caches off (every request reads the database). */
  noCache: boolean;
}

/** The usage text. */
export const USAGE = `npm run bench:server -- [options]
  --pg URL              PostgreSQL server (default postgres://postgres@127.0.0.1:5432)
  --items N             catalog items seeded (default 100000)
  --audit N             audit entries seeded (default 2000000)
  --tables N            tables of the imported scan (default 500)
  --columns N           columns per table of the imported scan (default 20)
  --duration S          seconds per load run (default 10)
  --warmup S            seconds of warm-up before each load run (default 2)
  --connections N       concurrent connections (default 50)
  --filter TEXT         run only the list cases whose name contains TEXT, skip the import
  --no-cache            server with its caches off (SHUAN_RESPONSE_CACHE_MB=0): every request reads the database
  --cpu-prof            profile the server (node --cpu-prof, written to bench/.work/)
  --keep                keep the bench database (shuan_bench_server) after the run
  --strict              exit 1 when a goal is missed`;

/** Parses `argv` (without node and script). */
export function parseOptions(argv: string[]): ServerBenchOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      pg: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432' },
      items: { type: 'string', default: '100000' },
      audit: { type: 'string', default: '2000000' },
      tables: { type: 'string', default: '500' },
      columns: { type: 'string', default: '20' },
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '2' },
      connections: { type: 'string', default: '50' },
      filter: { type: 'string' },
      'cpu-prof': { type: 'boolean', default: false },
      'no-cache': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return 'help';
  return {
    pgUrl: values.pg,
    strict: values.strict,
    keep: values.keep,
    items: whole('items', values.items, 1),
    audit: whole('audit', values.audit, 0),
    tables: whole('tables', values.tables, 1),
    columns: whole('columns', values.columns, 1),
    duration: whole('duration', values.duration, 1),
    warmup: whole('warmup', values.warmup, 0),
    connections: whole('connections', values.connections, 1),
    filter: values.filter,
    cpuProf: values['cpu-prof'],
    noCache: values['no-cache'],
  };
}

/** The value of option `--name` as an integer ≥ `min`; throws a bilingual message otherwise. */
export function whole(name: string, text: string, min: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min)
    throw new Error(`--${name} 须为 ≥ ${String(min)} 的整数 / must be an integer ≥ ${String(min)}`);
  return n;
}
