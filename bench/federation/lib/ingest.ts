/**
 * Ingest (issue 4 § 5): a real province receives pre-signed `filing.submit` envelopes over
 * HTTP from several concurrent senders, `batch` per POST, each sender's POSTs in order (as a
 * child's sync pushes). The baseline, in the same run and on the same PostgreSQL: plain
 * INSERTs of the same payloads into an inbox-shaped table, one statement per message and one
 * transaction per batch, on as many connections as there are senders.
 */
import pg from 'pg';
import type { FederationEnvelope } from '@shuan/core';
import { buildFilingPayload } from '../../../apps/server/src/federation/testing/envelopes.ts';
import { cpuSnapshot, cpuSplit, describeSplit, type CpuSplit } from '../../server/lib/cpu.ts';
import { describeThreads, threadSnapshot, threadSplit } from './threads.ts';
import { inboxCount, PROVINCE_ID, type BenchNode } from './province.ts';
import {
  createSenders,
  enrollDirectly,
  nextDrafts,
  pushBody,
  signInWorkers,
  type LightSender,
} from './senders.ts';

/** One measured pass: messages per wall-clock second and where the CPU went. */
export interface Throughput {
  messages: number;
  seconds: number;
  perSecond: number;
  cpu: CpuSplit;
  /** CPU seconds of the server's threads, by group (see threads.ts). */
  threads: Record<string, number>;
}

export interface IngestOptions {
  senders: number;
  perSender: number;
  batch: number;
}

/** Every sender's batches, signed, in seq order. */
async function signedBatches(
  senders: readonly LightSender[],
  options: IngestOptions,
): Promise<FederationEnvelope[][][]> {
  const jobs = senders.flatMap((sender) =>
    Array.from({ length: Math.ceil(options.perSender / options.batch) }, (_, i) => ({
      sender,
      drafts: nextDrafts(
        sender,
        PROVINCE_ID,
        Math.min(options.batch, options.perSender - i * options.batch),
        'filing.submit',
        buildFilingPayload,
      ),
      key: sender.key,
    })),
  );
  const signed = await signInWorkers(jobs);
  return senders.map((sender) =>
    jobs.flatMap((job, i) => (job.sender === sender ? [signed[i] ?? []] : [])),
  );
}

async function timedPass(
  node: BenchNode,
  count: number,
  work: () => Promise<void>,
): Promise<Throughput> {
  const before = await cpuSnapshot(node.server.pid, node.database.name);
  const threadsBefore = await threadSnapshot(node.server.pid);
  const start = performance.now();
  await work();
  const seconds = (performance.now() - start) / 1000;
  const cpu = cpuSplit(before, await cpuSnapshot(node.server.pid, node.database.name));
  const threads = threadSplit(threadsBefore, await threadSnapshot(node.server.pid));
  return { messages: count, seconds, perSecond: count / seconds, cpu, threads };
}

/** The baseline: the same payloads as plain INSERTs, one transaction per batch per sender. */
async function plainInserts(
  node: BenchNode,
  batches: readonly FederationEnvelope[][][],
  table: string,
): Promise<Throughput> {
  await node.pool.query(`DROP TABLE IF EXISTS ${table}`);
  await node.pool.query(
    `CREATE TABLE ${table} (envelope_id uuid PRIMARY KEY, sender text NOT NULL, seq bigint NOT NULL,
       type text NOT NULL, payload jsonb NOT NULL, sent_at timestamptz NOT NULL, UNIQUE (sender, seq))`,
  );
  const clients = await Promise.all(
    batches.map(async () => {
      const client = new pg.Client({ connectionString: node.database.url });
      await client.connect();
      return client;
    }),
  );
  const count = batches.flat(2).length;
  try {
    return await timedPass(node, count, async () => {
      await Promise.all(
        batches.map(async (senderBatches, i) => {
          const client = clients[i];
          if (client === undefined) return;
          for (const batch of senderBatches) {
            await client.query('BEGIN');
            for (const e of batch)
              await client.query(
                `INSERT INTO ${table} (envelope_id, sender, seq, type, payload, sent_at)
                 VALUES ($1, $2, $3, $4, $5, $6)`,
                [e.id, e.sender, e.seq, e.type, JSON.stringify(e.payload), e.sentAt],
              );
            await client.query('COMMIT');
          }
        }),
      );
    });
  } finally {
    await Promise.all(clients.map((client) => client.end()));
  }
}

async function filingsCount(pool: pg.Pool): Promise<number> {
  const result = await pool.query<{ n: string }>('SELECT count(*) AS n FROM federation_filings');
  return Number(result.rows[0]?.n ?? 0);
}

/** The province's push route, every sender concurrently, its batches in order. */
async function pushAll(node: BenchNode, batches: readonly FederationEnvelope[][][]) {
  const count = batches.flat(2).length;
  const before = await inboxCount(node.pool);
  const filingsBefore = await filingsCount(node.pool);
  // Serialized before the clock starts: the children are other machines.
  const bodies = batches.map((senderBatches) =>
    senderBatches.map((batch) => Buffer.from(JSON.stringify({ envelopes: batch }))),
  );
  const result = await timedPass(node, count, async () => {
    await Promise.all(
      bodies.map(async (senderBodies) => {
        for (const body of senderBodies) {
          const results = await pushBody(node.server.url, body);
          const refused = results.filter((r) => r.status !== 'accepted');
          if (refused.length > 0)
            throw new Error(`push refused: ${JSON.stringify(refused.slice(0, 3))}`);
        }
      }),
    );
  });
  const stored = (await inboxCount(node.pool)) - before;
  if (stored !== count)
    throw new Error(`收件箱条数不符 / inbox holds ${String(stored)} of ${String(count)}`);
  // Applied, not only stored (a scope or payload refusal would store without applying).
  const filed = (await filingsCount(node.pool)) - filingsBefore;
  if (filed !== count)
    throw new Error(`备案未全部生效 / ${String(filed)} of ${String(count)} filings applied`);
  return result;
}

/** One round: plain INSERTs, the province's ingest, plain INSERTs again, of the same payloads. */
export interface IngestRound {
  before: Throughput;
  ingest: Throughput;
  after: Throughput;
  /** Ingest msg/s over the mean of the two baselines around it. */
  ratio: number;
}

export interface IngestResult {
  rounds: IngestRound[];
  /** The round with the median ratio. */
  median: IngestRound;
  payloadBytes: number;
}

/**
 * `rounds` rounds, each with its own senders and payloads. This machine's speed drifts by a
 * quarter within a minute (the same code measured 103–161 µs of main-thread CPU per message
 * in consecutive runs), so each ingest pass is compared with the baselines taken right
 * before and after it, and the round with the median ratio is the figure.
 */
export async function measureIngest(
  node: BenchNode,
  options: IngestOptions & { rounds: number },
  log: (line: string) => void,
): Promise<IngestResult> {
  // Warm-up (not counted): 2,000 messages from 4 senders, so the route, the verifier threads
  // and the database path are compiled by the JIT, as in a province that has been running.
  // With 200 messages the first round ran a fifth slower than the next ones.
  const warm = createSenders(4, 'ent-warmup');
  await enrollDirectly(node.pool, warm);
  await pushAll(node, await signedBatches(warm, { ...options, senders: 4, perSender: 500 }));
  const rounds: IngestRound[] = [];
  let payloadBytes = 0;
  for (let r = 1; r <= options.rounds; r += 1) {
    const senders = createSenders(options.senders, `ent-ingest-r${String(r)}`);
    await enrollDirectly(node.pool, senders);
    const batches = await signedBatches(senders, options);
    payloadBytes = Buffer.byteLength(JSON.stringify(batches[0]?.[0]?.[0]?.payload ?? {}));
    const before = await plainInserts(node, batches, 'bench_plain_inbox');
    log(`round ${String(r)} baseline plain INSERTs: ${describe(before)}`);
    const ingest = await pushAll(node, batches);
    log(`round ${String(r)} province ingest: ${describe(ingest)}`);
    const after = await plainInserts(node, batches, 'bench_plain_inbox');
    log(`round ${String(r)} baseline plain INSERTs again: ${describe(after)}`);
    const ratio = ingest.perSecond / ((before.perSecond + after.perSecond) / 2);
    log(`round ${String(r)} ratio ${ratio.toFixed(2)}×`);
    rounds.push({ before, ingest, after, ratio });
  }
  await node.pool.query('DROP TABLE IF EXISTS bench_plain_inbox');
  const sorted = [...rounds].sort((a, b) => a.ratio - b.ratio);
  const median = sorted[Math.floor((sorted.length - 1) / 2)] as IngestRound;
  return { rounds, median, payloadBytes };
}

export function describe(t: Throughput): string {
  const f = (n: number): string => Math.round(n).toLocaleString('en-US');
  const threads = describeThreads(t.threads, t.messages);
  return `${f(t.messages)} messages in ${t.seconds.toFixed(2)} s = ${f(t.perSecond)} msg/s; ${describeSplit(t.cpu)}${threads === '' ? '' : `; server threads: ${threads}`}`;
}
