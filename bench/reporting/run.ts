/**
 * `npm run bench:reporting` — speed of the regulator views on a ministry node (issue #5 §6,
 * docs/benchmarks.md). Creates a fresh database, starts the real server as a ministry child
 * process, seeds 45,000 enterprises, 1,000,000 incidents and risk reports and 100,000
 * warning acknowledgements (bulk SQL, then the rollup migration's own backfill, 0015),
 * then for every endpoint of lib/views.ts: autocannon load (p95 from every response time)
 * and, for the figure views, the same figures computed from the raw tables by SQL in the
 * same run (the baseline). Once with the response cache on, once off. Prints every figure
 * with its baseline, ratio and PASS/FAIL; exits 0 (1 with --strict when a goal is missed).
 */
import { createHash } from 'node:crypto';
import { login, type Session } from '../server/lib/api.ts';
import { cpuSnapshot, cpuSplit } from '../server/lib/cpu.ts';
import { load, type LoadResult } from '../server/lib/load.ts';
import { describeLoad, fmt, printSummary, type Goal } from '../server/lib/report.ts';
import { orgOf, waitIdle } from '../server/lib/seed.ts';
import {
  BENCH_ADMIN_PASSWORD,
  startServer,
  type ServerProcess,
} from '../server/lib/server-process.ts';
import { timeBaseline, type BaselineResult } from './lib/baseline.ts';
import { BENCH_DATABASE, createBenchDatabase } from './lib/database.ts';
import { sequential, type SequentialResult } from './lib/sequential.ts';
import { compareOverview } from './lib/figures.ts';
import { parseOptions, USAGE, type ReportingBenchOptions } from './lib/options.ts';
import {
  backfillOfMigration,
  backfillRollups,
  rollupSizes,
  rollupsPresent,
} from './lib/rollups.ts';
import * as seed from './lib/seed.ts';
import { goalsOf } from './lib/goals.ts';
import { OTHER_ROUTES, REGULATOR_VIEWS, type ViewCase } from './lib/views.ts';

/** Requests timed one at a time per endpoint (the unloaded time per request). */
const SEQUENTIAL_REQUESTS = 15;
const NODE_ID = 'bench-ministry';
/** Sizes at --scale 1 (issue #5 §6; assessments and warnings are the seed's own choice). */
const SIZES = {
  enterprises: 45_000,
  incidents: 500_000,
  risks: 500_000,
  assessments: 30_000,
  warnings: 240,
  acknowledgements: 100_000,
};

function log(message: string): void {
  process.stdout.write(`[reporting] ${message}\n`);
}

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  log(`${label}: ${fmt((performance.now() - started) / 1000, 1)} s`);
  return result;
}

function parseOrExit(): ReportingBenchOptions | 'help' {
  try {
    return parseOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    process.exit(2);
  }
}

/** The seeded warning number `n` (seed.ts derives its id the same way). */
function warningId(n: number): string {
  const hex = createHash('md5')
    .update(`bench-warning-${String(n)}`)
    .digest('hex');
  // As seed.ts shapes it: version nibble 4, variant 8.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20)}`;
}

function start(databaseUrl: string, cache: boolean): Promise<ServerProcess> {
  return startServer(databaseUrl, [], {
    SHUAN_ROLE: 'ministry',
    SHUAN_NODE_ID: NODE_ID,
    SHUAN_ORG_NAME: '工业和信息化部 (bench)',
    ...(cache ? {} : { SHUAN_RESPONSE_CACHE_MB: '0' }),
  });
}

async function seedAll(url: string, options: ReportingBenchOptions, facts: string[]) {
  const size = (n: number): number => Math.max(1, Math.round(n * options.scale));
  const orgId = await orgOf(url);
  await timed(`播种名录 / registry of ${fmt(size(SIZES.enterprises))} enterprises`, () =>
    seed.seedRegistry(url, orgId, size(SIZES.enterprises)),
  );
  const via = options.viaTriggers;
  await timed(
    `播种 / incidents ‖ risks ‖ assessments ‖ warnings (${via ? 'rollup triggers per row' : 'triggers off'})`,
    () =>
      Promise.all([
        seed.seedIncidents(url, size(SIZES.incidents), via),
        seed.seedRisks(url, size(SIZES.risks), via),
        seed.seedAssessments(url, size(SIZES.assessments), via),
        seed.seedWarnings(
          url,
          {
            orgId,
            nodeId: NODE_ID,
            warnings: size(SIZES.warnings),
            acknowledgements: size(SIZES.acknowledgements),
          },
          via,
        ),
      ]),
  );
  if (rollupsPresent()) {
    if (!via) {
      const tables = await timed('迁移回填 / migration backfill of the rollups (0015)', () =>
        backfillRollups(url),
      );
      facts.push(
        `rollups rebuilt from the raw rows by the migrations' own backfill (regulator_rebuild_rollups, 0015): ${tables.join(', ')}`,
      );
    } else
      facts.push(
        'rollups kept by the rollup triggers (0014 row, 0015 statement triggers) during the seed',
      );
    facts.push(`rollup rows: ${await rollupSizes(url, backfillOfMigration().tables)}`);
  } else facts.push('rollup migration absent: no rollups');
  await timed('VACUUM ANALYZE', () => seed.settle(url));
  const counts = await seed.seededCounts(url);
  facts.push(
    `seeded (scale ${String(options.scale)}): ${Object.entries(counts)
      .map(([k, v]) => `${fmt(v)} ${k}`)
      .join(', ')}`,
  );
}

/**
 * One request at a time first (the unloaded time per request), then, after the database is
 * idle again, a short warm-up (discarded) and the measured load run.
 */
async function measure(
  server: ServerProcess,
  session: Session,
  options: ReportingBenchOptions,
  path: string,
): Promise<{ result: LoadResult; single: SequentialResult }> {
  await waitIdle(server.databaseUrl);
  const settings = {
    connections: options.connections,
    headers: { 'accept-encoding': 'gzip, deflate, br', cookie: session.cookie },
  };
  const url = `${server.url}/api/v1${path}`;
  const single = await sequential(url, settings.headers, SEQUENTIAL_REQUESTS);
  await waitIdle(server.databaseUrl);
  if (options.warmup > 0) await load(url, { ...settings, seconds: options.warmup });
  const before = await cpuSnapshot(server.pid, BENCH_DATABASE);
  const result = await load(url, { ...settings, seconds: options.duration });
  const cpu = cpuSplit(before, await cpuSnapshot(server.pid, BENCH_DATABASE));
  return { result: { ...result, cpu }, single };
}

/** The cases the server answers (a 404 is a route not mounted yet: listed, skipped). */
async function mountedCases(server: ServerProcess, session: Session, cases: readonly ViewCase[]) {
  const mounted: ViewCase[] = [];
  const missing: string[] = [];
  for (const item of cases) {
    const response = await fetch(`${server.url}/api/v1${item.path}`, {
      headers: { cookie: session.cookie },
    });
    await response.arrayBuffer();
    if (response.status === 404) missing.push(item.path);
    else mounted.push(item);
  }
  return { mounted, missing };
}

async function baselines(
  databaseUrl: string,
  cases: readonly ViewCase[],
  options: ReportingBenchOptions,
): Promise<Map<string, BaselineResult>> {
  const results = new Map<string, BaselineResult>();
  for (const item of cases) {
    if (item.baseline === undefined) continue;
    await waitIdle(databaseUrl);
    const result = await timeBaseline(databaseUrl, item.baseline.queries, options.rounds);
    const slowest = Math.max(...result.queryMedianMs);
    log(
      `baseline ${item.name}: median ${fmt(result.medianMs, 1)} ms (${fmt(result.minMs, 1)}–${fmt(result.maxMs, 1)}), ${String(item.baseline.queries.length)} queries side by side, slowest ${fmt(slowest, 1)} ms`,
    );
    results.set(item.name, result);
  }
  return results;
}

async function runLoads(
  server: ServerProcess,
  cases: readonly ViewCase[],
  label: string,
  options: ReportingBenchOptions,
  results: Map<string, BaselineResult>,
  goals: Goal[],
): Promise<void> {
  const session = await login(server.url, 'admin', BENCH_ADMIN_PASSWORD);
  for (const item of cases) {
    const path = item.path.replace('{warningId}', warningId(1));
    const { result, single } = await measure(server, session, options, path);
    log(
      `[${label}] ${item.name}: one at a time ${fmt(single.medianMs, 1)} ms; under load ${describeLoad(result)}`,
    );
    goals.push(...goalsOf(label, item, result, single, results.get(item.name)));
  }
}

async function main(options: ReportingBenchOptions): Promise<boolean> {
  log(
    `node ${process.version}; scale ${String(options.scale)}; ${String(options.connections)} connections, ${String(options.duration)} s per run (+${String(options.warmup)} s warm-up); 共享机器上数字有噪声 / numbers are noisy on a shared machine`,
  );
  const database = await createBenchDatabase(options.pgUrl);
  const facts: string[] = [];
  const goals: Goal[] = [];
  let server: ServerProcess | undefined;
  try {
    const modes = options.noCache ? [false] : [true, false];
    server = await timed('服务启动 / ministry server started (migrations, first admin)', () =>
      start(database.url, modes[0] ?? false),
    );
    await seedAll(database.url, options, facts);
    const session = await login(server.url, 'admin', BENCH_ADMIN_PASSWORD);
    const wanted = [...REGULATOR_VIEWS, ...OTHER_ROUTES]
      .map((c) => ({ ...c, path: c.path.replace('{warningId}', warningId(1)) }))
      .filter((c) => options.filter === undefined || c.name.includes(options.filter));
    const { mounted, missing } = await mountedCases(server, session, wanted);
    facts.push(
      `endpoints measured: ${String(mounted.length)}; not mounted (404): ${missing.join(', ') || 'none'}`,
    );
    for (const item of mounted.filter((c) => c.kind === 'view' && c.baseline === undefined))
      facts.push(`(no raw baseline) ${item.name}: ${item.note ?? ''}`);
    if (mounted.some((c) => c.path.startsWith('/regulator/overview'))) {
      const diffs = await compareOverview(server.url, session, database.url);
      goals.push({
        title: 'overview figures = raw counts (totals, open, acknowledgements)',
        figure: diffs.length === 0 ? 'equal' : diffs.join('; '),
        target: 'equal',
        pass: diffs.length === 0,
      });
    }
    const results = await baselines(database.url, mounted, options);
    for (const cache of modes) {
      if (cache !== modes[0]) {
        await server.stop();
        server = undefined;
        server = await timed('服务重启 / server restarted with SHUAN_RESPONSE_CACHE_MB=0', () =>
          start(database.url, cache),
        );
      }
      const label = cache ? 'cache on' : 'cache off';
      await runLoads(server, mounted, label, options, results, goals);
      facts.push(`[${label}] server peak RSS ${fmt(await server.peakRssMb())} MB`);
    }
  } catch (error) {
    goals.push({
      title: 'run',
      figure: error instanceof Error ? error.message : String(error),
      target: 'no error',
      pass: false,
    });
  } finally {
    if (server !== undefined) await server.stop();
    if (options.keep) log(`保留数据库 / kept database ${database.url}`);
    else await database.drop();
  }
  printSummary(facts, goals);
  return goals.every((goal) => goal.pass);
}

const parsed = parseOrExit();
if (parsed === 'help') {
  process.stdout.write(`${USAGE}\n`);
} else {
  const started = performance.now();
  const met = await main(parsed);
  log(`总耗时 / wall time ${fmt((performance.now() - started) / 1000, 0)} s`);
  log(met ? '全部达成 / all goals met' : '有目标未达成 / some goals missed');
  if (!met && parsed.strict) process.exitCode = 1;
}
