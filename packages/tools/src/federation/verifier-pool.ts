/**
 * The worker threads of `createEnvelopeVerifier`: started with it, replaced when one dies
 * (its pending jobs reject), and holding the process open only while they have jobs.
 */
import { Worker } from 'node:worker_threads';
import type { CheckJob, CheckJobResult } from './verifier-protocol.ts';

const WORKER_URL = new URL('./verify-worker.ts', import.meta.url);

interface PendingJob {
  resolve: (codes: Uint8Array) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  jobs: Map<number, PendingJob>;
  dead: boolean;
}

/** A fixed number of verifier threads; see {@link createVerifierPool}. */
export interface VerifierPool {
  /** Runs a job (its `jobId` is set here) on thread `w`, 0 ≤ w < size: one code per item. */
  run: (w: number, job: Omit<CheckJob, 'jobId'>) => Promise<Uint8Array>;
  close: () => Promise<void>;
}

function spawn(): Slot {
  const slot: Slot = { worker: new Worker(WORKER_URL), jobs: new Map(), dead: false };
  slot.worker.unref();
  slot.worker.on('message', (result: CheckJobResult) => {
    const job = slot.jobs.get(result.jobId);
    slot.jobs.delete(result.jobId);
    if (slot.jobs.size === 0) slot.worker.unref();
    job?.resolve(result.codes);
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

/**
 * `size` threads, started now: a thread loads and compiles the SM2 and SM3 code in some 100 ms of
 * CPU, which should not fall on the first deliveries. A dead thread is replaced when next
 * used.
 */
export function createVerifierPool(size: number): VerifierPool {
  const slots: Slot[] = Array.from({ length: size }, spawn);
  let nextJobId = 1;

  const slotAt = (w: number): Slot => {
    const slot = slots[w];
    if (slot !== undefined && !slot.dead) return slot;
    const fresh = spawn();
    slots[w] = fresh;
    return fresh;
  };

  const run: VerifierPool['run'] = (w, body) =>
    new Promise((resolve, reject) => {
      const slot = slotAt(w);
      const job: CheckJob = { ...body, jobId: nextJobId };
      nextJobId += 1;
      if (slot.jobs.size === 0) slot.worker.ref();
      slot.jobs.set(job.jobId, { resolve, reject });
      // The texts' buffer is handed over, not copied (it is not used here again).
      slot.worker.postMessage(job, [job.texts.buffer]);
    });

  const close = async (): Promise<void> => {
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  };

  return { run, close };
}
