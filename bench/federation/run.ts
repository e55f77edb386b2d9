/**
 * `npm run bench:federation` — the federation speed goals of issue 4 § 5 (docs/benchmarks.md):
 *
 *   ingest    a real province process takes pre-signed envelopes over HTTP from concurrent
 *             senders; msg/s vs plain INSERTs of the same payloads on the same PostgreSQL,
 *             measured in the same run (goal ≥ 0.5× and ≥ 2,000 msg/s)
 *   catchup   500 enrolled senders with 100 queued messages each released at once: time
 *             until all are applied (goal < 60 s)
 *   country   1 ministry and 31 province processes, 5,000 light enterprises, for --minutes:
 *             throughput, backlog over time, memory of the nodes
 *
 * Each part uses fresh databases (shuan_bench_fed_*) dropped afterwards. Prints every figure
 * with its baseline and ratio, then PASS/FAIL; exits 0 (1 with --strict when a goal is missed).
 */
import { mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { fmt, printSummary, type Goal } from '../server/lib/report.ts';
import { measureCatchUp } from './lib/catch-up.ts';
import { runCountry } from './lib/country.ts';
import { describe, measureIngest } from './lib/ingest.ts';
import { parseOptions, USAGE, type FederationBenchOptions } from './lib/options.ts';
import { PROVINCE_ID, startBenchNode } from './lib/province.ts';

const WORK_DIR = fileURLToPath(new URL('../.work/', import.meta.url));
const RATIO_TARGET = 0.5;
const RATE_TARGET = 2000;
const CATCHUP_TARGET_S = 60;

function log(message: string): void {
  process.stdout.write(`[federation] ${message}\n`);
}

const load = (): string =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

function profileArgs(options: FederationBenchOptions): string[] {
  if (!options.cpuProf) return [];
  mkdirSync(WORK_DIR, { recursive: true });
  return ['--cpu-prof', '--cpu-prof-dir', WORK_DIR];
}

async function ingestGoals(options: FederationBenchOptions, facts: string[], goals: Goal[]) {
  const node = await startBenchNode(
    options.pgUrl,
    'ingest',
    'province',
    PROVINCE_ID,
    {},
    profileArgs(options),
  );
  try {
    const { rounds, median, payloadBytes } = await measureIngest(
      node,
      {
        senders: options.senders,
        perSender: options.perSender,
        batch: options.batch,
        rounds: options.rounds,
      },
      log,
    );
    const mean = (median.before.perSecond + median.after.perSecond) / 2;
    const highest = Math.max(...rounds.flatMap((r) => [r.before.perSecond, r.after.perSecond]));
    facts.push(
      `ingest: ${String(options.senders)} senders × ${fmt(options.perSender)} filing.submit (${fmt(payloadBytes)} B payload), ${String(options.batch)} per POST, ${String(rounds.length)} rounds`,
      ...rounds.flatMap((r, i) => [
        `ingest round ${String(i + 1)}: province ${describe(r.ingest)}`,
        `ingest round ${String(i + 1)}: baselines ${fmt(r.before.perSecond)} and ${fmt(r.after.perSecond)} msg/s; ratio ${fmt(r.ratio, 2)}×`,
      ]),
      `ingest: ratios by round ${rounds.map((r) => `${fmt(r.ratio, 2)}×`).join(', ')}; against the highest baseline of the run (${fmt(highest)} msg/s) the median round is ${fmt(median.ingest.perSecond / highest, 2)}×`,
      `ingest: server peak RSS ${fmt(await node.server.peakRssMb())} MB`,
    );
    goals.push(
      {
        title:
          'ingest vs plain INSERTs of the same payloads (same PostgreSQL, same run; median of the rounds)',
        figure: `${fmt(median.ingest.perSecond)} msg/s vs ${fmt(mean)} msg/s = ${fmt(median.ratio, 2)}×`,
        target: `≥ ${String(RATIO_TARGET)}×`,
        pass: median.ratio >= RATIO_TARGET,
      },
      {
        title: 'ingest rate (median round)',
        figure: `${fmt(median.ingest.perSecond)} msg/s`,
        target: `≥ ${fmt(RATE_TARGET)} msg/s`,
        pass: median.ingest.perSecond >= RATE_TARGET,
      },
    );
  } finally {
    await node.close();
  }
}

async function catchUpGoals(options: FederationBenchOptions, facts: string[], goals: Goal[]) {
  const node = await startBenchNode(
    options.pgUrl,
    'catchup',
    'province',
    PROVINCE_ID,
    {},
    profileArgs(options),
  );
  try {
    const result = await measureCatchUp(
      node,
      { senders: options.catchupSenders, queued: options.queued },
      log,
    );
    facts.push(...result.facts);
    goals.push({
      title: `catch-up: ${fmt(options.catchupSenders)} senders × ${fmt(options.queued)} queued, released at once`,
      figure: `${fmt(result.seconds, 1)} s until all ${fmt(result.messages)} applied (${fmt(result.messages / result.seconds)} msg/s)`,
      target: `< ${String(CATCHUP_TARGET_S)} s`,
      pass: result.seconds < CATCHUP_TARGET_S && result.applied === result.messages,
    });
  } finally {
    await node.close();
  }
}

async function main(options: FederationBenchOptions): Promise<boolean> {
  log(
    `node ${process.version}; load average ${load()}; 共享机器上数字有噪声 / numbers are noisy on a shared machine`,
  );
  const facts: string[] = [];
  const goals: Goal[] = [];
  const parts: [string, () => Promise<void>][] = [
    ['ingest', () => ingestGoals(options, facts, goals)],
    ['catchup', () => catchUpGoals(options, facts, goals)],
    [
      'country',
      async () => {
        facts.push(...(await runCountry(options, log)));
      },
    ],
  ];
  for (const [name, part] of parts) {
    if (!options.parts.includes(name as FederationBenchOptions['parts'][number])) continue;
    log(`--- ${name} (load average ${load()}) ---`);
    try {
      await part();
    } catch (error) {
      goals.push({
        title: name,
        figure: error instanceof Error ? error.message : String(error),
        target: 'no error',
        pass: false,
      });
    }
  }
  printSummary(facts, goals);
  log(`load average at the end ${load()}`);
  return goals.every((goal) => goal.pass);
}

let parsed: FederationBenchOptions | 'help';
try {
  parsed = parseOptions(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
  process.exit(2);
}
if (parsed === 'help') {
  process.stdout.write(`${USAGE}\n`);
} else {
  const met = await main(parsed);
  log(met ? '全部达成 / all goals met' : '有目标未达成 / some goals missed');
  if (!met && parsed.strict) process.exitCode = 1;
}
