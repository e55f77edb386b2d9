/**
 * The simulated country (issue 4 § 5): 1 ministry and N province server processes (31 by
 * default, real programs on their own databases, provinces enrolled with the ministry
 * through the real token + enroll APIs), and 5,000 light enterprises (in this process, see
 * light-traffic.ts) enrolled by rows written into their province's database. Runs for
 * `minutes`, samples throughput, backlog and the nodes' memory, then drains and checks that
 * the provinces hold exactly what was acknowledged.
 */
import { availableParallelism } from 'node:os';
import { loginOverHttp } from '../../../apps/server/src/testing/http-session.ts';
import { BENCH_ADMIN_PASSWORD } from '../../server/lib/server-process.ts';
import { startCountryPostgres } from './country-postgres.ts';
import { LightTraffic, quantile } from './light-traffic.ts';
import type { FederationBenchOptions } from './options.ts';
import { inboxCount, startBenchNode, type BenchNode } from './province.ts';
import { createSenders, enrollDirectly } from './senders.ts';
import { describeGroupSplit, groupSnapshot, type GroupSnapshot } from './threads.ts';

/** The 31 provincial-level divisions of the mainland (GB/T 2260 codes). */
const PROVINCE_CODES = [
  '110000',
  '120000',
  '130000',
  '140000',
  '150000',
  '210000',
  '220000',
  '230000',
  '310000',
  '320000',
  '330000',
  '340000',
  '350000',
  '360000',
  '370000',
  '410000',
  '420000',
  '430000',
  '440000',
  '450000',
  '460000',
  '500000',
  '510000',
  '520000',
  '530000',
  '540000',
  '610000',
  '620000',
  '630000',
  '640000',
  '650000',
];
const MINISTRY_ID = 'ministry-000000';

/**
 * Every node of the country: one verifier thread, job queues polled every 10 s instead of
 * every 0.5–2 s (32 nodes × 5 queues polling on 2 cores kept the machine busy idling), and
 * a smaller request pool.
 */
const NODE_ENV = {
  SHUAN_FEDERATION_VERIFY_WORKERS: '1',
  SHUAN_JOB_POLL_SECONDS: '10',
  // 6 + 4 job-queue connections per node kept open: 32 nodes with 20 + 4 each kept ~700
  // PostgreSQL backends alive on 2 cores.
  SHUAN_DB_POOL_MAX: '6',
};

/** A figure, or — for one not read in time (NaN). */
const f = (n: number, digits = 0): string =>
  Number.isNaN(n)
    ? '—'
    : n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

async function inBatches<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>) {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size)
    out.push(...(await Promise.all(items.slice(i, i + size).map(work))));
  return out;
}

/** Waits for `work` at most `ms`; a sample must never stop the run. */
async function withTimeout(work: Promise<void>, ms: number, onTimeout: () => void): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      onTimeout();
      resolve();
    }, ms);
  });
  await Promise.race([work.catch(() => undefined), timeout]);
  clearTimeout(timer);
}

async function provinceBacklog(provinces: readonly BenchNode[]): Promise<number> {
  const counts = await Promise.all(
    provinces.map(async (p) => {
      const r = await p.pool.query<{ n: string }>(
        'SELECT count(*) AS n FROM federation_outbox WHERE acked_at IS NULL',
      );
      return Number(r.rows[0]?.n ?? 0);
    }),
  );
  return counts.reduce((a, b) => a + b, 0);
}

/** `work`, or `fallback` when it takes more than 5 s (a /proc read stuck on a busy machine). */
async function bounded<T>(work: Promise<T>, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<T>((resolve) => {
    timer = setTimeout(() => {
      resolve(fallback);
    }, 5000);
  });
  const result = await Promise.race([work.catch(() => fallback), late]);
  clearTimeout(timer);
  return result;
}

async function memory(nodes: readonly BenchNode[]): Promise<number[]> {
  return Promise.all(nodes.map((n) => bounded(n.server.rssMb(), Number.NaN)));
}

export async function runCountry(
  options: FederationBenchOptions,
  log: (line: string) => void,
): Promise<string[]> {
  const codes = PROVINCE_CODES.slice(0, Math.min(options.provinces, PROVINCE_CODES.length));
  const postgres = await startCountryPostgres();
  const nodes: BenchNode[] = [];
  const facts: string[] = [];
  try {
    const setupStart = performance.now();
    const ministry = await startBenchNode(postgres.url, 'c_ministry', 'ministry', MINISTRY_ID, {
      ...NODE_ENV,
    });
    nodes.push(ministry);
    const ministryAdmin = await loginOverHttp(ministry.server.url, 'admin', BENCH_ADMIN_PASSWORD);
    // One per core at a time: each start runs the migrations and the first-start bootstrap,
    // and 32 starts at once overran the machine (job queues timed out on connect).
    const provinces = await inBatches(codes, Math.max(1, availableParallelism()), async (code) => {
      const node = await startBenchNode(postgres.url, `c_${code}`, 'province', `province-${code}`, {
        ...NODE_ENV,
        SHUAN_FEDERATION_SYNC_SECONDS: '10',
      });
      nodes.push(node);
      const { token } = await ministryAdmin.ok<{ token: string }>('POST', '/federation/tokens', {
        scope: { kind: 'region', code },
        ttlHours: 1,
      });
      const admin = await loginOverHttp(node.server.url, 'admin', BENCH_ADMIN_PASSWORD);
      await admin.ok('POST', '/federation/enroll', { parentUrl: ministry.server.url, token });
      return node;
    });
    const senders = createSenders(options.enterprises, 'ent-c');
    const placements = senders.map((sender, i) => {
      const province = provinces[i % provinces.length];
      if (province === undefined) throw new Error('no provinces');
      return { sender, provinceId: province.nodeId, url: province.server.url, province };
    });
    for (const province of provinces)
      await enrollDirectly(
        province.pool,
        placements.filter((p) => p.province === province).map((p) => p.sender),
      );
    const setupSeconds = (performance.now() - setupStart) / 1000;
    log(
      `country up in ${f(setupSeconds, 1)} s: ministry + ${String(provinces.length)} provinces (real processes, enrolled through the API), ${f(senders.length)} light enterprises (peer rows written directly)`,
    );

    const traffic = new LightTraffic(placements, options.perMinute);
    const runMs = options.minutes * 60_000;
    const sampleMs = Math.max(5000, Math.min(60_000, runMs / 10));
    const rows: string[] = [
      '| t (s) | queued | acked | acked/s (interval) | enterprise backlog | province → ministry backlog | ministry RSS MB | province RSS MB min / median / max | load generator RSS MB | CPU cores: nodes / their PG / generator / rest |',
      '|---|---|---|---|---|---|---|---|---|---|',
    ];
    const start = Date.now();
    let lastAcked = 0;
    let lastAt = start;
    const pids = nodes.map((n) => n.server.pid);
    const backends = async (): Promise<number[]> =>
      (
        await ministry.pool.query<{ pid: number }>(
          `SELECT pid FROM pg_stat_activity WHERE datname LIKE 'shuan_bench_fed_c_%'`,
        )
      ).rows.map((row) => row.pid);
    let lastCpu: GroupSnapshot = await groupSnapshot(pids, await backends());
    // A sample that outlived its timeout still runs: the next one is skipped, not overlapped.
    let sampling = false;
    const sample = async (): Promise<void> => {
      if (sampling) return;
      sampling = true;
      try {
        await takeSample();
      } finally {
        sampling = false;
      }
    };
    // Every part that reads /proc or a database is bounded (5 s): on 2026-11-30 the first
    // sample of a loaded run hung for 9 minutes and no row was written until the end.
    const takeSample = async (): Promise<void> => {
      const cpu = await bounded(
        backends().then((pgPids) => groupSnapshot(pids, pgPids)),
        undefined,
      );
      const split = cpu === undefined ? '—' : describeGroupSplit(lastCpu, cpu);
      if (cpu !== undefined) lastCpu = cpu;
      const outbox = await bounded(provinceBacklog(provinces), undefined);
      const [ministryRss = Number.NaN, ...provinceRss] = await memory(nodes);
      const sorted = provinceRss.filter((n) => !Number.isNaN(n)).sort((a, b) => a - b);
      const now = Date.now();
      const acked = traffic.counters.acknowledged;
      const row = `| ${f((now - start) / 1000)} | ${f(traffic.counters.generated)} | ${f(acked)} | ${f((acked - lastAcked) / ((now - lastAt) / 1000), 1)} | ${f(traffic.backlog())} | ${outbox === undefined ? '—' : f(outbox)} | ${f(ministryRss)} | ${f(sorted[0] ?? Number.NaN)} / ${sorted.length === 0 ? '—' : f(quantile(sorted, 0.5))} / ${f(sorted.at(-1) ?? Number.NaN)} | ${f(process.memoryUsage().rss / 2 ** 20)} | ${split} |`;
      rows.push(row);
      log(row);
      lastAcked = acked;
      lastAt = now;
    };
    traffic.start();
    while (Date.now() - start < runMs) {
      await new Promise((resolve) =>
        setTimeout(resolve, Math.min(sampleMs, runMs - (Date.now() - start))),
      );
      await withTimeout(sample(), 20_000, () => {
        log('(sample timed out / 采样超时)');
      });
    }
    traffic.stopGenerating();
    const runSeconds = (Date.now() - start) / 1000;
    const ackedInRun = traffic.counters.acknowledged;
    // Drain: what is still queued goes out (≤ 60 s).
    const drainStart = Date.now();
    while (traffic.backlog() > 0 && Date.now() - drainStart < 60_000)
      await new Promise((resolve) => setTimeout(resolve, 500));
    traffic.stop();
    const drainSeconds = (Date.now() - drainStart) / 1000;
    if (drainSeconds >= 1)
      await withTimeout(sample(), 20_000, () => {
        log('(sample timed out / 采样超时)');
      });
    const stored = (
      await Promise.all(provinces.map((p) => inboxCount(p.pool, "sender LIKE 'ent-c-%'")))
    ).reduce((a, b) => a + b, 0);
    const ministryInbox = await inboxCount(ministry.pool);
    const c = traffic.counters;
    const peak = await Promise.all(nodes.map((n) => bounded(n.server.peakRssMb(), 0)));
    facts.push(
      `country: ministry + ${String(provinces.length)} provinces (real processes, own databases on a dedicated PostgreSQL with max_connections 1000), ${f(senders.length)} light enterprises, ${String(options.perMinute)} msg per enterprise per minute (1 in 5 a filing), ${f(runSeconds / 60, 1)} min; setup ${f(setupSeconds, 1)} s`,
      `country: ${f(c.generated)} queued, ${f(ackedInRun)} acknowledged during the run = ${f(ackedInRun / runSeconds, 1)} msg/s (offered ${f((options.enterprises * options.perMinute) / 60, 1)} msg/s); ${f(c.posts)} POSTs, ${f(c.failedPosts)} failed; backlog ${f(traffic.backlog())} after a ${f(drainSeconds, 1)} s drain`,
      `country: queue → ack delay p50 ${f(quantile(c.delays, 0.5) / 1000, 1)} s, p95 ${f(quantile(c.delays, 0.95) / 1000, 1)} s, max ${f(quantile(c.delays, 1) / 1000, 1)} s (an enterprise wakes every 10 s)`,
      `country: provinces hold ${f(stored)} enterprise messages (acknowledged ${f(c.acknowledged)}: ${stored === c.acknowledged ? 'equal' : 'DIFFERENT'}); ministry inbox ${f(ministryInbox)} (province heartbeats)`,
      `country: peak RSS ministry ${f(peak[0] ?? 0)} MB, provinces max ${f(Math.max(...peak.slice(1)))} MB, all nodes ${f(peak.reduce((a, b) => a + b, 0))} MB`,
      'country: samples',
      ...rows.map((row) => `  ${row}`),
    );
    return facts;
  } finally {
    // Provinces first, the ministry last: a province whose parent is gone logs failed syncs.
    const [ministryNode, ...provinceNodes] = nodes;
    await inBatches(provinceNodes, 8, (node) => node.close().catch(() => undefined));
    await ministryNode?.close().catch(() => undefined);
    await postgres.stop().catch(() => undefined);
  }
}
