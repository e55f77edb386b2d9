/**
 * Catch-up (issue 4 § 5): `senders` enrolled enterprises each hold `queued` messages after
 * an outage and are all released at once. Each pushes its queue as a child's sync does
 * (100 per POST, in order, the next POST after the answer; a failed POST is retried after a
 * jittered second). Measures the time from the release until every message is applied, and
 * the province's backlog (queued − applied) every 2 s.
 */
import type { FederationEnvelope } from '@shuan/core';
import { buildFilingPayload } from '../../../apps/server/src/federation/testing/envelopes.ts';
import { cpuSnapshot, cpuSplit, describeSplit } from '../../server/lib/cpu.ts';
import { describeThreads, threadSnapshot, threadSplit } from './threads.ts';
import { inboxCount, PROVINCE_ID, type BenchNode } from './province.ts';
import { createSenders, enrollDirectly, nextDrafts, push, signInWorkers } from './senders.ts';

const PER_POST = 100;

export interface CatchUpResult {
  messages: number;
  applied: number;
  seconds: number;
  facts: string[];
}

async function pushQueue(url: string, batches: readonly FederationEnvelope[][]): Promise<number> {
  let retries = 0;
  for (const batch of batches) {
    let pending = batch;
    while (pending.length > 0) {
      try {
        const results = await push(url, pending);
        const done = new Set(
          results
            .filter((r) => r.status === 'accepted' || r.status === 'duplicate')
            .map((r) => r.id),
        );
        pending = pending.filter((e) => !done.has(e.id));
        if (pending.length > 0 && results.some((r) => r.status === 'rejected'))
          throw new Error(
            `rejected: ${JSON.stringify(results.find((r) => r.status === 'rejected'))}`,
          );
      } catch (error) {
        if ((error as Error).message.startsWith('rejected')) throw error;
      }
      if (pending.length > 0) {
        retries += 1;
        await new Promise((resolve) => setTimeout(resolve, 500 + Math.random() * 500));
      }
    }
  }
  return retries;
}

export async function measureCatchUp(
  node: BenchNode,
  options: { senders: number; queued: number },
  log: (line: string) => void,
): Promise<CatchUpResult> {
  const senders = createSenders(options.senders, 'ent-catchup');
  await enrollDirectly(node.pool, senders);
  const signStart = performance.now();
  const jobs = senders.flatMap((sender) =>
    Array.from({ length: Math.ceil(options.queued / PER_POST) }, (_, i) => ({
      sender,
      key: sender.key,
      drafts: nextDrafts(
        sender,
        PROVINCE_ID,
        Math.min(PER_POST, options.queued - i * PER_POST),
        'filing.submit',
        buildFilingPayload,
      ),
    })),
  );
  const signed = await signInWorkers(jobs);
  const queues = senders.map((sender) =>
    jobs.flatMap((job, i) => (job.sender === sender ? [signed[i] ?? []] : [])),
  );
  const messages = options.senders * options.queued;
  log(
    `${String(messages)} envelopes signed in ${((performance.now() - signStart) / 1000).toFixed(1)} s; releasing ${String(options.senders)} senders at once`,
  );
  const cpuBefore = await cpuSnapshot(node.server.pid, node.database.name);
  const threadsBefore = await threadSnapshot(node.server.pid);
  const start = performance.now();
  const timeline: string[] = [];
  const timer = setInterval(() => {
    void inboxCount(node.pool).then((applied) => {
      const at = ((performance.now() - start) / 1000).toFixed(0);
      timeline.push(`${at} s: ${String(messages - applied)}`);
    });
  }, 2000);
  let retries: number[];
  try {
    retries = await Promise.all(queues.map((queue) => pushQueue(node.server.url, queue)));
  } finally {
    clearInterval(timer);
  }
  const seconds = (performance.now() - start) / 1000;
  const cpu = cpuSplit(cpuBefore, await cpuSnapshot(node.server.pid, node.database.name));
  const threads = threadSplit(threadsBefore, await threadSnapshot(node.server.pid));
  const applied = await inboxCount(node.pool);
  const retried = retries.reduce((a, b) => a + b, 0);
  log(`catch-up: ${String(applied)} of ${String(messages)} applied in ${seconds.toFixed(1)} s`);
  return {
    messages,
    applied,
    seconds,
    facts: [
      `catch-up: ${String(applied)}/${String(messages)} applied in ${seconds.toFixed(1)} s = ${Math.round(applied / seconds).toLocaleString('en-US')} msg/s; ${String(retried)} POSTs retried; ${describeSplit(cpu)}`,
      `catch-up: server threads: ${describeThreads(threads, messages)}`,
      `catch-up: backlog over time: ${timeline.join(', ')}`,
      `catch-up: server peak RSS ${Math.round(await node.server.peakRssMb()).toLocaleString('en-US')} MB`,
    ],
  };
}
