/**
 * Where the CPU went during a load run, from /proc: the server process, the PostgreSQL
 * backends serving the bench database (their process title names it), this process (the
 * load generator) and the rest of the machine. On a 2-core machine these compete; the split
 * says which one a figure is bound by. Backends that exit during a run lose their last
 * interval, so the PostgreSQL figure is a lower bound.
 */
import { readdir, readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';

const TICKS_PER_SECOND = 100;

/** CPU seconds used so far; `postgres` per backend pid of the bench database. */
interface CpuSnapshot {
  at: number;
  server: number;
  postgres: Map<string, number>;
  bench: number;
  machineBusy: number;
}

/** Cores used on average between two snapshots. */
export interface CpuSplit {
  server: number;
  postgres: number;
  loadGenerator: number;
  other: number;
}

async function processSeconds(pid: string): Promise<{ comm: string; seconds: number } | undefined> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const close = stat.lastIndexOf(')');
    const comm = stat.slice(stat.indexOf('(') + 1, close);
    const fields = stat.slice(close + 2).split(' ');
    return { comm, seconds: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND };
  } catch {
    return undefined;
  }
}

async function machineBusySeconds(): Promise<number> {
  const line = (await readFile('/proc/stat', 'utf8')).split('\n')[0] ?? '';
  const [, user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = line
    .trim()
    .split(/\s+/)
    .map(Number);
  return (user + nice + system + irq + softirq + steal) / TICKS_PER_SECOND;
}

async function isBackendOf(pid: string, database: string): Promise<boolean> {
  try {
    return (await readFile(`/proc/${pid}/cmdline`, 'utf8')).includes(` ${database} `);
  } catch {
    return false;
  }
}

/** Takes a snapshot; `serverPid` is the server child, `database` the bench database's name. */
export async function cpuSnapshot(serverPid: number, database: string): Promise<CpuSnapshot> {
  const postgres = new Map<string, number>();
  for (const pid of await readdir('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    const found = await processSeconds(pid);
    if (found?.comm === 'postgres' && (await isBackendOf(pid, database)))
      postgres.set(pid, found.seconds);
  }
  const usage = process.cpuUsage();
  return {
    at: performance.now(),
    server: (await processSeconds(String(serverPid)))?.seconds ?? 0,
    postgres,
    bench: (usage.user + usage.system) / 1e6,
    machineBusy: await machineBusySeconds(),
  };
}

/** Average cores used by each between `before` and `after`. */
export function cpuSplit(before: CpuSnapshot, after: CpuSnapshot): CpuSplit {
  const seconds = (after.at - before.at) / 1000;
  const server = (after.server - before.server) / seconds;
  let postgresSeconds = 0;
  for (const [pid, used] of after.postgres)
    postgresSeconds += used - (before.postgres.get(pid) ?? 0);
  const postgres = postgresSeconds / seconds;
  const loadGenerator = (after.bench - before.bench) / seconds;
  const busy = (after.machineBusy - before.machineBusy) / seconds;
  return {
    server,
    postgres,
    loadGenerator,
    other: Math.max(0, busy - server - postgres - loadGenerator),
  };
}

/** "server 0.9, postgres 0.6, load generator 0.4, other 0.1 of 2 cores". */
export function describeSplit(split: CpuSplit): string {
  const f = (n: number): string => n.toFixed(2);
  return `CPU cores: server ${f(split.server)}, postgres ${f(split.postgres)}, load generator ${f(split.loadGenerator)}, other ${f(split.other)} (of ${String(availableParallelism())})`;
}
