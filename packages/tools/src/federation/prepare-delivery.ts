/**
 * The CPU half of receiving a delivery, before the receiver's database is asked anything:
 * each raw envelope's shape is checked by the receiver's own schema (passed in, so this
 * package needs no message schemas), its digest is recomputed and the SM2 checks are planned
 * (signature-tasks.ts); the checks themselves go to the verifier's threads.
 *
 * It runs on the receiver's main thread. Run on the verifier threads instead (tried in
 * bench:federation), it cost about 2.5× the CPU — the envelopes copied to the thread, a
 * second heap to collect — and slowed ingest on a 2-core machine (docs/benchmarks.md).
 */
import type { FederationEnvelope } from '@shuan/core';
import {
  signatureTasks,
  type DigestFailure,
  type SignatureTask,
  type TaskInput,
} from './signature-tasks.ts';

/**
 * How a receiver's schema judges one raw envelope: `ok`; `malformed` (not an envelope:
 * refused unread); or `payload-invalid` (a well-formed envelope whose payload fails its
 * type's schema: its signature is still checked, so it can be stored as refused).
 */
export type ShapeVerdict = 'ok' | 'malformed' | 'payload-invalid';

/** The receiver's judgement of one raw envelope. Must not throw. */
export type EnvelopeValidator = (value: unknown) => ShapeVerdict;

/** What {@link prepareDelivery} found. */
export interface PreparedDelivery {
  /** Per input index. */
  shapes: ShapeVerdict[];
  /** Input index → why it failed before SM2, for envelopes of a valid shape. */
  failures: Map<number, DigestFailure>;
  /** The SM2 checks left; each task's `signer` is the sender node id its envelopes claim. */
  tasks: SignatureTask[];
}

/**
 * Judges every raw envelope with `validate`, then checks the digests of the well-formed ones
 * and plans their signature checks, one per sender's signed batch.
 *
 * @example
 * const prepared = prepareDelivery(body.envelopes, validateEnvelope);
 */
export function prepareDelivery(
  raw: readonly unknown[],
  validate: EnvelopeValidator,
): PreparedDelivery {
  const shapes = raw.map((value) => validate(value));
  const inputs: TaskInput[] = [];
  shapes.forEach((shape, index) => {
    if (shape === 'malformed') return;
    const envelope = raw[index] as FederationEnvelope;
    inputs.push({ index, envelope, signer: envelope.sender });
  });
  const failures = new Map<number, DigestFailure>();
  const tasks = signatureTasks(inputs, failures);
  return { shapes, failures, tasks };
}
