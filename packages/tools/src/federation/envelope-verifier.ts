/**
 * Batch verification of envelopes over worker threads. SM2 verification (~0.7 ms each with a
 * cached key) is the cost of ingest; SM3 digests are ~100× cheaper. So the calling thread
 * recomputes every digest (it has the payloads anyway), works out what each signature covers
 * (the digest, or the root of a batch signed once: batch-proof.ts), keeps one check per
 * distinct (key, text, signature), and sends the workers only those, in jobs of 64. Small
 * batches are verified on the calling thread, where a round trip to a worker would cost
 * more than it saves.
 */
import { Worker } from 'node:worker_threads';
import type { EnvelopeProof, FederationEnvelope } from '@shuan/core';
import { batchRoots } from './batch-proof.ts';
import { planShards } from './shard-plan.ts';
import type { EnvelopeVerdict } from './sign-envelope.ts';
import { safeDigest, verifyDigestSignature } from './sign-envelope.ts';
import type { VerifyJob, VerifyJobResult } from './verifier-protocol.ts';

/** Settings of {@link createEnvelopeVerifier}. */
export interface EnvelopeVerifierOptions {
  /** Worker threads, 0–64; 0 verifies everything on the calling thread. */
  workers: number;
  /**
   * Deliveries that need fewer distinct SM2 checks than this are verified on the calling
   * thread (default 4). A push signed once is one check: handing it to a worker cost the
   * province ~70 µs of worker CPU per message and saved the main thread nothing (measured in
   * bench:federation, docs/benchmarks.md); workers pay off for envelopes signed one by one.
   */
  inlineBelow?: number | undefined;
}

/** One envelope and the public key of the node that claims to have sent it. */
export interface VerifyItem {
  envelope: FederationEnvelope;
  publicKey: string;
}

/** A pool of verifier threads; see {@link createEnvelopeVerifier}. */
export interface EnvelopeVerifier {
  readonly workers: number;
  /** One verdict per item, in input order. Rejects only if a worker thread dies. */
  verifyMany: (items: readonly VerifyItem[]) => Promise<EnvelopeVerdict[]>;
  /** Stops the worker threads; later calls to verifyMany reject. */
  close: () => Promise<void>;
}

const JOB_SIZE = 64;
const DEFAULT_INLINE_BELOW = 4;
const MAX_WORKERS = 64;
const WORKER_URL = new URL('./verify-worker.ts', import.meta.url);

interface PendingJob {
  resolve: (ok: Uint8Array) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  jobs: Map<number, PendingJob>;
  dead: boolean;
}

/** Starts a worker; it keeps the process alive only while it has jobs. */
function spawn(): Slot {
  const slot: Slot = { worker: new Worker(WORKER_URL), jobs: new Map(), dead: false };
  slot.worker.unref();
  slot.worker.on('message', (result: VerifyJobResult) => {
    const job = slot.jobs.get(result.jobId);
    slot.jobs.delete(result.jobId);
    if (slot.jobs.size === 0) slot.worker.unref();
    job?.resolve(result.ok);
  });
  const fail = (error: Error): void => {
    slot.dead = true;
    for (const job of slot.jobs.values()) job.reject(error);
    slot.jobs.clear();
  };
  slot.worker.on('error', fail);
  slot.worker.on('exit', (code) => {
    fail(new Error(`验签线程已退出 / verifier worker exited (code ${code})`));
  });
  return slot;
}

function run(slot: Slot, job: VerifyJob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    if (slot.jobs.size === 0) slot.worker.ref();
    slot.jobs.set(job.jobId, { resolve, reject });
    slot.worker.postMessage(job);
  });
}

/** One distinct SM2 check: a signature over a text (digest or batch root) under a key. */
interface SignatureTask {
  publicKey: string;
  text: string;
  signature: string;
  /** The items this one check decides (every envelope of a batch signed once). */
  indexes: number[];
}

/**
 * Checks every item's digest on this thread (writing FED_BAD_DIGEST, or FED_BAD_SIGNATURE
 * for a proof that does not fit, into `results`) and returns the distinct signatures left to
 * check: the envelopes of one batch signed once share one task.
 */
function signatureTasks(items: readonly VerifyItem[], results: EnvelopeVerdict[]): SignatureTask[] {
  const tasks = new Map<string, SignatureTask>();
  const addTask = (index: number, text: string | undefined): void => {
    const item = items[index] as VerifyItem;
    if (text === undefined) {
      results[index] = { ok: false, code: 'FED_BAD_SIGNATURE' };
      return;
    }
    const { signature } = item.envelope;
    const key = `${item.publicKey}|${text}|${signature}`;
    const task = tasks.get(key);
    if (task === undefined)
      tasks.set(key, { publicKey: item.publicKey, text, signature, indexes: [index] });
    else task.indexes.push(index);
  };
  // Envelopes with a proof, grouped by the batch they claim (key, signature, size), in leaf
  // order, so a whole batch's tree is rebuilt once (batchRoots).
  const batches = new Map<string, number[]>();
  items.forEach((item, index) => {
    const digest = safeDigest(item.envelope);
    if (digest === undefined || digest !== item.envelope.digest) {
      results[index] = { ok: false, code: 'FED_BAD_DIGEST' };
      return;
    }
    const { proof, signature } = item.envelope;
    if (proof === undefined) {
      addTask(index, digest);
      return;
    }
    const key = `${item.publicKey}|${signature}|${proof.count}`;
    const members = batches.get(key);
    if (members === undefined) batches.set(key, [index]);
    else members.push(index);
  });
  for (const members of batches.values()) {
    members.sort((a, b) => proofOf(items, a).index - proofOf(items, b).index);
    const roots = batchRoots(
      members.map((index) => ({
        digest: (items[index] as VerifyItem).envelope.digest,
        proof: proofOf(items, index),
      })),
    );
    members.forEach((index, k) => {
      addTask(index, roots[k]);
    });
  }
  return [...tasks.values()];
}

function proofOf(items: readonly VerifyItem[], index: number): EnvelopeProof {
  return (items[index] as VerifyItem).envelope.proof as EnvelopeProof;
}

function settle(task: SignatureTask, ok: boolean, results: EnvelopeVerdict[]): void {
  const verdict: EnvelopeVerdict = ok ? { ok: true } : { ok: false, code: 'FED_BAD_SIGNATURE' };
  for (const index of task.indexes) results[index] = verdict;
}

/** The worker job for `tasks` (one key list, keys sent once). */
function buildJob(jobId: number, tasks: readonly SignatureTask[]): VerifyJob {
  const keys: string[] = [];
  const keyNumbers = new Map<string, number>();
  const keyIndex: number[] = [];
  for (const task of tasks) {
    let keyNumber = keyNumbers.get(task.publicKey);
    if (keyNumber === undefined) {
      keyNumber = keys.push(task.publicKey) - 1;
      keyNumbers.set(task.publicKey, keyNumber);
    }
    keyIndex.push(keyNumber);
  }
  return {
    jobId,
    keys,
    keyIndex: Uint32Array.from(keyIndex),
    digests: tasks.map((task) => task.text),
    signatures: tasks.map((task) => task.signature),
  };
}

/**
 * A verifier with `workers` threads for batches of envelopes, e.g. everything one push of
 * a child's outbox delivers. Items of the same sender go to the same thread where balance
 * allows, so each thread's public-key cache stays warm. Call `close()` when done; an idle
 * verifier does not keep the process alive.
 *
 * @example
 * const verifier = createEnvelopeVerifier({ workers: 2 });
 * const verdicts = await verifier.verifyMany(batch.map((envelope) => ({ envelope, publicKey: keyOf(envelope.sender) })));
 * await verifier.close();
 */
export function createEnvelopeVerifier(options: EnvelopeVerifierOptions): EnvelopeVerifier {
  const { workers } = options;
  if (!Number.isInteger(workers) || workers < 0 || workers > MAX_WORKERS) {
    throw new RangeError(
      `workers 须为 0–${MAX_WORKERS} 的整数 / workers must be an integer in [0, ${MAX_WORKERS}]`,
    );
  }
  const inlineBelow = options.inlineBelow ?? DEFAULT_INLINE_BELOW;
  const slots: (Slot | undefined)[] = new Array<Slot | undefined>(workers).fill(undefined);
  let nextJobId = 1;
  let closed = false;

  const slotAt = (w: number): Slot => {
    const slot = slots[w];
    if (slot !== undefined && !slot.dead) return slot;
    const fresh = spawn();
    slots[w] = fresh;
    return fresh;
  };

  const verifyMany = async (items: readonly VerifyItem[]): Promise<EnvelopeVerdict[]> => {
    if (closed) throw new Error('验签器已关闭 / the envelope verifier is closed');
    const results = new Array<EnvelopeVerdict>(items.length);
    const tasks = signatureTasks(items, results);
    // Few checks stay on this thread (a batch signed once is one): see `inlineBelow`.
    if (workers === 0 || tasks.length === 0 || tasks.length < inlineBelow) {
      for (const task of tasks) {
        settle(task, verifyDigestSignature(task.publicKey, task.text, task.signature).ok, results);
      }
      return results;
    }
    const plan = planShards(
      tasks.map((task) => task.publicKey),
      workers,
    );
    const pending: Promise<void>[] = [];
    const longest = Math.max(...plan.map((shard) => shard.length));
    // Round-robin over the shards, one job each per turn, so every worker starts early.
    for (let offset = 0; offset < longest; offset += JOB_SIZE) {
      plan.forEach((shard, w) => {
        const jobTasks = shard
          .slice(offset, offset + JOB_SIZE)
          .map((t) => tasks[t] as SignatureTask);
        if (jobTasks.length === 0) return;
        const job = buildJob(nextJobId, jobTasks);
        nextJobId += 1;
        pending.push(
          run(slotAt(w), job).then((ok) => {
            jobTasks.forEach((task, k) => {
              settle(task, ok[k] === 1, results);
            });
          }),
        );
      });
    }
    await Promise.all(pending);
    return results;
  };

  const close = async (): Promise<void> => {
    closed = true;
    await Promise.all(
      slots.flatMap((slot) => (slot === undefined ? [] : [slot.worker.terminate()])),
    );
  };

  return { workers, verifyMany, close };
}
