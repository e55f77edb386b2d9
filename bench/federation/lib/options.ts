/** Command-line options of `npm run bench:federation`. */
import { parseArgs } from 'node:util';

export type Part = 'ingest' | 'catchup' | 'country';

export interface FederationBenchOptions {
  pgUrl: string;
  parts: Part[];
  strict: boolean;
  /** Start the ingest and catch-up provinces with --cpu-prof (profiles in bench/.work/). */
  cpuProf: boolean;
  /** Ingest: concurrent senders, messages per sender, envelopes per POST. */
  senders: number;
  perSender: number;
  batch: number;
  /** Ingest: rounds of baseline, ingest, baseline (the median round is the figure). */
  rounds: number;
  /** Catch-up: senders with `queued` messages each, released at once. */
  catchupSenders: number;
  queued: number;
  /** Country: provinces (real processes), light enterprises, minutes, messages per enterprise per minute. */
  provinces: number;
  enterprises: number;
  minutes: number;
  perMinute: number;
}

export const USAGE = `npm run bench:federation -- [options]
  --only LIST           parts to run, comma-separated: ingest,catchup,country (default all)
  --pg URL              PostgreSQL server (default postgres://postgres@127.0.0.1:5432)
  --senders N           ingest: concurrent senders (default 8)
  --per-sender N        ingest: messages per sender (default 1000)
  --batch N             ingest: envelopes per POST (default 100)
  --rounds N            ingest: rounds of baseline, ingest, baseline; the median is reported (default 3)
  --catchup-senders N   catch-up: senders (default 500)
  --queued N            catch-up: messages queued per sender (default 100)
  --provinces N         country: province processes (default 31)
  --enterprises N       country: light enterprises (default 5000)
  --minutes M           country: duration in minutes, fractions allowed (default 10)
  --per-minute R        country: messages per enterprise per minute (default 1)
  --quick               ingest 4 × 500 in 1 round, catch-up 100 × 100, country 1 minute
  --cpu-prof            profile the ingest and catch-up provinces (node --cpu-prof, bench/.work/)
  --strict              exit 1 when a goal is missed`;

export function parseOptions(argv: string[]): FederationBenchOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      only: { type: 'string', default: 'ingest,catchup,country' },
      pg: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432' },
      senders: { type: 'string' },
      'per-sender': { type: 'string' },
      batch: { type: 'string', default: '100' },
      rounds: { type: 'string' },
      'catchup-senders': { type: 'string' },
      queued: { type: 'string', default: '100' },
      provinces: { type: 'string', default: '31' },
      enterprises: { type: 'string', default: '5000' },
      minutes: { type: 'string' },
      'per-minute': { type: 'string', default: '1' },
      quick: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      'cpu-prof': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return 'help';
  const quick = values.quick;
  const number = (name: string, text: string, min: number, whole = true): number => {
    const n = Number(text);
    if (!Number.isFinite(n) || n < min || (whole && !Number.isInteger(n)))
      throw new Error(`--${name} 须为 ≥ ${String(min)} 的数 / must be a number ≥ ${String(min)}`);
    return n;
  };
  const parts = values.only.split(',').map((p) => p.trim());
  for (const part of parts)
    if (!['ingest', 'catchup', 'country'].includes(part))
      throw new Error(`--only: 未知部分 / unknown part ${part}`);
  return {
    pgUrl: values.pg,
    parts: parts as Part[],
    strict: values.strict,
    cpuProf: values['cpu-prof'],
    senders: number('senders', values.senders ?? (quick ? '4' : '8'), 1),
    perSender: number('per-sender', values['per-sender'] ?? (quick ? '500' : '1000'), 1),
    batch: number('batch', values.batch, 1),
    rounds: number('rounds', values.rounds ?? (quick ? '1' : '3'), 1),
    catchupSenders: number(
      'catchup-senders',
      values['catchup-senders'] ?? (quick ? '100' : '500'),
      1,
    ),
    queued: number('queued', values.queued, 1),
    provinces: number('provinces', values.provinces, 1),
    enterprises: number('enterprises', values.enterprises, 1),
    minutes: number('minutes', values.minutes ?? (quick ? '1' : '10'), 0.1, false),
    perMinute: number('per-minute', values['per-minute'], 0.01, false),
  };
}
