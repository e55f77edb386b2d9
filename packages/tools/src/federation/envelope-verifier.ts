/**
 * Batch verification of envelopes over worker threads. SM2 verification (~1.7 ms each with a
 * cached key, more under load) is the cost of ingest; SM3 digests are ~100× cheaper. So the
 * calling thread recomputes the digests and plans one check per signed batch
 * (signature-tasks.ts, or prepare-delivery.ts for raw envelopes), and `verifySignatures`
 * sends the SM2 checks to the threads in jobs of 64, each key kept on one thread where
 * balance allows (its parsed-key cache stays warm: shard-plan.ts). Even one check per push
 * goes to a thread: measured in bench:federation, that frees the receiver's main thread of
 * ~15 % of its work (docs/benchmarks.md).
 */
import type { FederationEnvelope } from '@shuan/core';
import { planShards } from './shard-plan.ts';
import type { EnvelopeVerdict } from './sign-envelope.ts';
import { verifyDigestSignature } from './sign-envelope.ts';
import { signatureTasks, type DigestFailure } from './signature-tasks.ts';
import { createVerifierPool } from './verifier-pool.ts';

/** Settings of {@link createEnvelopeVerifier}. */
export interface EnvelopeVerifierOptions {
  /** Worker threads, 0–64; 0 does everything on the calling thread. */
  workers: number;
  /** Fewer SM2 checks than this are done on the calling thread (default 1: none are). */
  inlineBelow?: number | undefined;
}

/** One envelope and the public key of the node that claims to have sent it. */
export interface VerifyItem {
  envelope: FederationEnvelope;
  publicKey: string;
}

/** One SM2 check: `signature` over `text` under `publicKey`. */
export interface SignatureCheck {
  publicKey: string;
  text: string;
  signature: string;
}

/** A pool of verifier threads; see {@link createEnvelopeVerifier}. */
export interface EnvelopeVerifier {
  readonly workers: number;
  /** One answer per check, in input order. Rejects only if a worker dies. */
  verifySignatures: (checks: readonly SignatureCheck[]) => Promise<boolean[]>;
  /** Digests, then signatures, of parsed envelopes: one verdict per item, in input order. */
  verifyMany: (items: readonly VerifyItem[]) => Promise<EnvelopeVerdict[]>;
  /** Stops the worker threads; later calls reject. */
  close: () => Promise<void>;
}

const JOB_SIZE = 64;
const MAX_WORKERS = 64;

/**
 * A verifier with `workers` threads for whole deliveries, e.g. everything one push of a
 * child's outbox brings. Call `close()` when done; an idle verifier does not keep the
 * process alive.
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
  const inlineBelow = options.inlineBelow ?? 1;
  const pool = createVerifierPool(workers);
  let closed = false;

  const assertOpen = (): void => {
    if (closed) throw new Error('验签器已关闭 / the envelope verifier is closed');
  };

  const verifySignatures = async (checks: readonly SignatureCheck[]): Promise<boolean[]> => {
    assertOpen();
    if (workers === 0 || checks.length < inlineBelow) {
      return checks.map((c) => verifyDigestSignature(c.publicKey, c.text, c.signature).ok);
    }
    const answers = new Array<boolean>(checks.length).fill(false);
    const plan = planShards(
      checks.map((c) => c.publicKey),
      workers,
    );
    const pending: Promise<void>[] = [];
    const longest = Math.max(...plan.map((shard) => shard.length));
    // Round-robin over the shards, one job each per turn, so every worker starts early.
    for (let offset = 0; offset < longest; offset += JOB_SIZE) {
      plan.forEach((shard, w) => {
        const indexes = shard.slice(offset, offset + JOB_SIZE);
        if (indexes.length === 0) return;
        const { keys, keyIndex } = keyTable(
          indexes.map((i) => (checks[i] as SignatureCheck).publicKey),
        );
        pending.push(
          pool
            .run(w, {
              keys,
              keyIndex,
              texts: indexes.map((i) => (checks[i] as SignatureCheck).text),
              signatures: indexes.map((i) => (checks[i] as SignatureCheck).signature),
            })
            .then((ok) => {
              indexes.forEach((i, k) => {
                answers[i] = ok[k] === 1;
              });
            }),
        );
      });
    }
    await Promise.all(pending);
    return answers;
  };

  const verifyMany = async (items: readonly VerifyItem[]): Promise<EnvelopeVerdict[]> => {
    assertOpen();
    const failures = new Map<number, DigestFailure>();
    const tasks = signatureTasks(
      items.map((item, index) => ({ index, envelope: item.envelope, signer: item.publicKey })),
      failures,
    );
    const ok = await verifySignatures(
      tasks.map((task) => ({ publicKey: task.signer, text: task.text, signature: task.signature })),
    );
    const results = new Array<EnvelopeVerdict>(items.length);
    for (const [index, code] of failures) results[index] = { ok: false, code };
    tasks.forEach((task, k) => {
      const verdict: EnvelopeVerdict = ok[k]
        ? { ok: true }
        : { ok: false, code: 'FED_BAD_SIGNATURE' };
      for (const index of task.indexes) results[index] = verdict;
    });
    return results;
  };

  const close = async (): Promise<void> => {
    closed = true;
    await pool.close();
  };

  return { workers, verifySignatures, verifyMany, close };
}

/** A job's distinct keys, each sent once, and each check's key number. */
function keyTable(publicKeys: readonly string[]): { keys: string[]; keyIndex: Uint32Array } {
  const keys: string[] = [];
  const numbers = new Map<string, number>();
  const keyIndex = Uint32Array.from(publicKeys, (publicKey) => {
    let n = numbers.get(publicKey);
    if (n === undefined) {
      n = keys.push(publicKey) - 1;
      numbers.set(publicKey, n);
    }
    return n;
  });
  return { keys, keyIndex };
}
