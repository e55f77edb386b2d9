/**
 * CPU per thread of a process, from /proc/<pid>/task: tells the server's main thread (HTTP,
 * parsing, digests, SQL) from its SM2 verifier threads and V8's helpers (GC, compiler).
 */
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';

const TICKS_PER_SECOND = 100;

/** CPU seconds so far per thread id, with the thread's name. */
export type ThreadSnapshot = Map<string, { name: string; seconds: number }>;

export async function threadSnapshot(pid: number): Promise<ThreadSnapshot> {
  const snapshot: ThreadSnapshot = new Map();
  const base = `/proc/${String(pid)}/task`;
  for (const tid of await readdir(base).catch(() => [])) {
    try {
      const stat = await readFile(`${base}/${tid}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const name = stat.slice(stat.indexOf('(') + 1, close);
      const fields = stat.slice(close + 2).split(' ');
      snapshot.set(tid, {
        name,
        seconds: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND,
      });
    } catch {
      // The thread ended meanwhile.
    }
  }
  return snapshot;
}

/** CPU seconds used between two snapshots, per thread group: main, verifier workers, V8/other. */
export function threadSplit(before: ThreadSnapshot, after: ThreadSnapshot): Record<string, number> {
  const groups: Record<string, number> = {};
  for (const [tid, { name, seconds }] of after) {
    const used = seconds - (before.get(tid)?.seconds ?? 0);
    const group =
      name === 'MainThread' || name === 'node'
        ? 'main thread'
        : /^WorkerThread|^node$/i.test(name)
          ? 'worker threads'
          : name;
    groups[group] = (groups[group] ?? 0) + used;
  }
  return groups;
}

export function describeThreads(split: Record<string, number>, messages: number): string {
  return Object.entries(split)
    .filter(([, s]) => s >= 0.05)
    .sort((a, b) => b[1] - a[1])
    .map(([name, s]) => `${name} ${s.toFixed(1)} s (${((s * 1e6) / messages).toFixed(0)} µs/msg)`)
    .join(', ');
}

/**
 * Read synchronously: a /proc read takes microseconds, and through fs/promises each waits
 * for a libuv pool thread, which in the loaded country run never came (samples timed out
 * for minutes while `ps` read the same files at once).
 */
function statSeconds(pid: string): { name: string; seconds: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = stat.lastIndexOf(')');
    const fields = stat.slice(close + 2).split(' ');
    return {
      name: stat.slice(stat.indexOf('(') + 1, close),
      seconds: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND,
    };
  } catch {
    return undefined;
  }
}

/** CPU seconds so far of a group of processes, of PostgreSQL backends, of this process and of the machine. */
export interface GroupSnapshot {
  at: number;
  nodes: number;
  postgres: Map<string, number>;
  self: number;
  machine: number;
}

/**
 * `nodePids`: the node processes; `backendPids`: their PostgreSQL backends (from
 * pg_stat_activity). Reads only those /proc/<pid>/stat files: scanning all of /proc and
 * reading command lines can block for minutes on a busy machine (a process's cmdline needs
 * its memory map lock), and with it the whole libuv thread pool.
 */
export function groupSnapshot(
  nodePids: readonly number[],
  backendPids: readonly number[],
): Promise<GroupSnapshot> {
  let nodes = 0;
  for (const pid of nodePids) nodes += statSeconds(String(pid))?.seconds ?? 0;
  const postgres = new Map<string, number>();
  for (const pid of backendPids) {
    const found = statSeconds(String(pid));
    if (found !== undefined) postgres.set(String(pid), found.seconds);
  }
  const usage = process.cpuUsage();
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  const [, user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = line
    .trim()
    .split(/\s+/)
    .map(Number);
  return Promise.resolve({
    at: performance.now(),
    nodes,
    postgres,
    self: (usage.user + usage.system) / 1e6,
    machine: (user + nice + system + irq + softirq + steal) / TICKS_PER_SECOND,
  });
}

/** "nodes 0.9 / PG 0.3 / generator 0.1 / rest 0.5" in cores, between two snapshots. */
export function describeGroupSplit(before: GroupSnapshot, after: GroupSnapshot): string {
  const seconds = (after.at - before.at) / 1000;
  let pg = 0;
  for (const [pid, used] of after.postgres) pg += used - (before.postgres.get(pid) ?? 0);
  const nodes = (after.nodes - before.nodes) / seconds;
  const postgres = pg / seconds;
  const self = (after.self - before.self) / seconds;
  const rest = Math.max(0, (after.machine - before.machine) / seconds - nodes - postgres - self);
  return [nodes, postgres, self, rest].map((n) => n.toFixed(2)).join(' / ');
}
