/**
 * Batch verification of envelopes over worker threads. The calling thread (a receiver's main
 * thread, which also parses requests and talks to PostgreSQL) only writes each envelope's
 * signing input (canonical JSON); the threads recompute the SM3 digests, rebuild the Merkle
 * trees of batches signed once and make one SM2 check per signed batch (delivery-check.ts).
 * Measured in bench:federation, this takes about a quarter of the main thread's work per
 * message off it (docs/benchmarks.md).
 *
 * Items are sent in units that must stay together (one signed batch, or one envelope), each
 * key to the same thread where balance allows, so that thread's parsed-key cache stays warm
 * (shard-plan.ts).
 */
import type { FederationEnvelope } from '@shuan/core';
import {
  CHECK_BAD_DIGEST,
  CHECK_OK,
  checkItems,
  checkUnits,
  type CheckItem,
} from './delivery-check.ts';
import { planShards } from './shard-plan.ts';
import type { EnvelopeVerdict } from './sign-envelope.ts';
import { safeSigningInput } from './sign-envelope.ts';
import { createVerifierPool } from './verifier-pool.ts';
import { packItems } from './verifier-protocol.ts';

/** Settings of {@link createEnvelopeVerifier}. */
export interface EnvelopeVerifierOptions {
  /** Worker threads, 0–64; 0 does everything on the calling thread. */
  workers: number;
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
  check: (items: readonly CheckItem[]) => Promise<EnvelopeVerdict[]>;
  /** {@link check} of parsed envelopes, their signing inputs written here. */
  verifyMany: (items: readonly VerifyItem[]) => Promise<EnvelopeVerdict[]>;
  /** Stops the worker threads; later calls reject. */
  close: () => Promise<void>;
}

/** Most units (signed batches or single envelopes) per job. */
const JOB_UNITS = 64;
const MAX_WORKERS = 64;

const OK: EnvelopeVerdict = { ok: true };
const BAD_DIGEST: EnvelopeVerdict = { ok: false, code: 'FED_BAD_DIGEST' };
const BAD_SIGNATURE: EnvelopeVerdict = { ok: false, code: 'FED_BAD_SIGNATURE' };

function verdictOf(code: number | undefined): EnvelopeVerdict {
  if (code === CHECK_OK) return OK;
  return code === CHECK_BAD_DIGEST ? BAD_DIGEST : BAD_SIGNATURE;
}

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
  const pool = createVerifierPool(workers);
  let closed = false;

  const check = async (items: readonly CheckItem[]): Promise<EnvelopeVerdict[]> => {
    if (closed) throw new Error('验签器已关闭 / the envelope verifier is closed');
    if (workers === 0) return [...checkItems(items)].map(verdictOf);
    const verdicts = new Array<EnvelopeVerdict>(items.length).fill(BAD_SIGNATURE);
    const units = checkUnits(items);
    const plan = planShards(
      units.map((unit) => (items[unit[0] ?? 0] as CheckItem).publicKey),
      workers,
    );
    const pending: Promise<void>[] = [];
    const longest = Math.max(...plan.map((shard) => shard.length));
    // Round-robin over the shards, one job each per turn, so every worker starts early.
    for (let offset = 0; offset < longest; offset += JOB_UNITS) {
      plan.forEach((shard, w) => {
        const indexes = shard.slice(offset, offset + JOB_UNITS).flatMap((u) => units[u] ?? []);
        if (indexes.length === 0) return;
        pending.push(
          pool.run(w, packItems(indexes.map((i) => items[i] as CheckItem))).then((codes) => {
            indexes.forEach((i, k) => {
              verdicts[i] = verdictOf(codes[k]);
            });
          }),
        );
      });
    }
    await Promise.all(pending);
    return verdicts;
  };

  const verifyMany = (items: readonly VerifyItem[]): Promise<EnvelopeVerdict[]> =>
    check(
      items.map(({ envelope, publicKey }) => ({
        text: safeSigningInput(envelope),
        digest: envelope.digest,
        signature: envelope.signature,
        proof: envelope.proof,
        publicKey,
      })),
    );

  const close = async (): Promise<void> => {
    closed = true;
    await pool.close();
  };

  return { workers, check, verifyMany, close };
}
