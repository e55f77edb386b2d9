/**
 * The receiver's main-thread half of checking a delivery, before its database is asked
 * anything: each raw envelope's shape is judged by the receiver's own schema (passed in, so
 * this package needs no message schemas), and the signing input of each well-formed one is
 * written out (canonical JSON). Hashing and SM2 then run on the verifier threads
 * (delivery-check.ts), which are sent these strings, not the envelopes.
 *
 * Judging the shapes on the threads too was tried (bench:federation): the envelopes had to
 * be copied there as objects, and on a 2-core machine the ingest got slower
 * (docs/benchmarks.md).
 */
import type { FederationEnvelope } from '@shuan/core';
import { safeSigningInput } from './sign-envelope.ts';

/**
 * How a receiver's schema judges one raw envelope: `ok`; `malformed` (not an envelope:
 * refused unread); or `payload-invalid` (a well-formed envelope whose payload fails its
 * type's schema: its signature is still checked, so it can be stored as refused).
 */
export type ShapeVerdict = 'ok' | 'malformed' | 'payload-invalid';

/** The receiver's judgement of one raw envelope. Must not throw. */
export type EnvelopeValidator = (value: unknown) => ShapeVerdict;

/** What {@link prepareDelivery} found, by input index. */
export interface PreparedDelivery {
  shapes: ShapeVerdict[];
  /** The signing input of each well-formed envelope; undefined if it cannot be written. */
  texts: (string | undefined)[];
}

/**
 * Judges every raw envelope with `validate` and writes the signing input of the
 * well-formed ones.
 *
 * @example
 * const { shapes, texts } = prepareDelivery(body.envelopes, validateEnvelope);
 */
export function prepareDelivery(
  raw: readonly unknown[],
  validate: EnvelopeValidator,
): PreparedDelivery {
  const shapes = raw.map((value) => validate(value));
  const texts = raw.map((value, index) =>
    shapes[index] === 'malformed' ? undefined : safeSigningInput(value as FederationEnvelope),
  );
  return { shapes, texts };
}
