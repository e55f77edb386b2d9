/**
 * Batch verification of envelopes over worker threads. SM2 verification (~0.7 ms each with a
 * cached key) is the cost of ingest; SM3 digests are ~100× cheaper. So the calling thread
 * recomputes every digest (it has the payloads anyway) and sends each worker only public
 * keys, digests and signatures, in jobs of 64 items, so workers start while later digests are
 * still being computed. Small batches are verified on the calling thread, where a round
 * trip to a worker would cost more than it saves.
 */
import { Worker } from 'node:worker_threads';
import type { FederationEnvelope } from '@shuan/core';
import { planShards } from './shard-plan.ts';
import type { EnvelopeVerdict } from './sign-envelope.ts';
import { safeDigest, verifyEnvelope } from './sign-envelope.ts';
import type { VerifyJob, VerifyJobResult } from './verifier-protocol.ts';

/** Settings of {@link createEnvelopeVerifier}. */
export interface EnvelopeVerifierOptions {
  /** Worker threads, 0–64; 0 verifies everything on the calling thread. */
  workers: number;
  /** Batches with fewer items are verified on the calling thread (default 16). */
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
const DEFAULT_INLINE_BELOW = 16;
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

/**
 * Checks the digests of `indexes` on this thread (writing FED_BAD_DIGEST verdicts into
 * `results`) and builds the worker job for the rest, or undefined when none is left.
 */
function buildJob(
  jobId: number,
  items: readonly VerifyItem[],
  indexes: readonly number[],
  results: EnvelopeVerdict[],
): { job: VerifyJob; indexes: number[] } | undefined {
  const keys: string[] = [];
  const keyNumbers = new Map<string, number>();
  const keyIndex: number[] = [];
  const digests: string[] = [];
  const signatures: string[] = [];
  const sent: number[] = [];
  for (const index of indexes) {
    const item = items[index];
    const digest = item === undefined ? undefined : safeDigest(item.envelope);
    if (item === undefined || digest === undefined || digest !== item.envelope.digest) {
      results[index] = { ok: false, code: 'FED_BAD_DIGEST' };
      continue;
    }
    let keyNumber = keyNumbers.get(item.publicKey);
    if (keyNumber === undefined) {
      keyNumber = keys.push(item.publicKey) - 1;
      keyNumbers.set(item.publicKey, keyNumber);
    }
    keyIndex.push(keyNumber);
    digests.push(digest);
    signatures.push(item.envelope.signature);
    sent.push(index);
  }
  if (sent.length === 0) return undefined;
  const job = { jobId, keys, keyIndex: Uint32Array.from(keyIndex), digests, signatures };
  return { job, indexes: sent };
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
    if (workers === 0 || items.length < inlineBelow) {
      return items.map((item) => verifyEnvelope(item.envelope, item.publicKey));
    }
    const results = new Array<EnvelopeVerdict>(items.length);
    const plan = planShards(
      items.map((item) => item.publicKey),
      workers,
    );
    const pending: Promise<void>[] = [];
    const longest = Math.max(...plan.map((shard) => shard.length));
    // Round-robin over the shards, one job each per turn, so every worker starts early.
    for (let offset = 0; offset < longest; offset += JOB_SIZE) {
      plan.forEach((shard, w) => {
        const built = buildJob(nextJobId, items, shard.slice(offset, offset + JOB_SIZE), results);
        if (built === undefined) return;
        nextJobId += 1;
        pending.push(
          run(slotAt(w), built.job).then((ok) => {
            built.indexes.forEach((index, k) => {
              results[index] =
                ok[k] === 1 ? { ok: true } : { ok: false, code: 'FED_BAD_SIGNATURE' };
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
