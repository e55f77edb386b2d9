import { z } from 'zod';
import type { FederationEnvelope } from '@shuan/core';
import {
  ENVELOPE_VERSION,
  MAX_BATCH_LEAVES,
  MAX_CHUNKS,
  MAX_PAYLOAD_BYTES,
  MESSAGE_TYPES,
  NODE_ID_PATTERN,
  payloadFits,
} from '@shuan/core';

/** A node id: letters, digits and `._:-`, 1–128 characters (core `NODE_ID_PATTERN`). */
export const NodeIdSchema = z.string().regex(NODE_ID_PATTERN, 'invalid node id');

/** One of the federation message types (core `MESSAGE_TYPES`). */
export const MessageTypeSchema = z.enum(MESSAGE_TYPES);

/** Part `index` (0-based) of `count` parts of one split payload `groupId`. */
export const EnvelopeChunkSchema = z.strictObject({
  index: z
    .number()
    .int()
    .min(0)
    .max(MAX_CHUNKS - 1),
  count: z.number().int().min(1).max(MAX_CHUNKS),
  groupId: z.uuid(),
});

const SM3_HEX = /^[0-9a-f]{64}$/;

/** 64 lower-case hex digits: an SM3 digest. */
export const Sm3HexSchema = z.string().regex(SM3_HEX, 'SM3 digest: 64 lower-case hex');

/** 128 lower-case hex digits: an SM2 signature r ‖ s. */
export const Sm2SignatureSchema = z
  .string()
  .regex(/^[0-9a-f]{128}$/, 'SM2 signature r‖s: 128 lower-case hex');

/**
 * Leaf `index` of `count` of a batch signed once, and its audit path (core `EnvelopeProof`).
 * A tree of at most MAX_BATCH_LEAVES leaves has a path of at most 10 hashes.
 */
export const EnvelopeProofSchema = z
  .strictObject({
    index: z
      .number()
      .int()
      .min(0)
      .max(MAX_BATCH_LEAVES - 1),
    count: z.number().int().min(2).max(MAX_BATCH_LEAVES),
    // One check for the whole path: a zod schema per hash costs ~1 µs each, on every
    // envelope of every push.
    path: z.custom<string[]>(
      (value) =>
        Array.isArray(value) &&
        value.length <= 10 &&
        value.every((hash) => typeof hash === 'string' && SM3_HEX.test(hash)),
      'up to 10 SM3 digests: 64 lower-case hex each',
    ),
  })
  .refine((proof) => proof.index < proof.count, {
    message: 'index must be < count',
    path: ['index'],
  });

/**
 * The fields of an envelope before signing. Strict: an unknown field is refused, because
 * only the fields listed here are covered by the digest.
 */
export const EnvelopeDraftFields = {
  v: z.literal(ENVELOPE_VERSION),
  id: z.uuid(),
  sender: NodeIdSchema,
  receiver: NodeIdSchema,
  type: MessageTypeSchema,
  seq: z.number().int().min(1),
  sentAt: z.iso.datetime(),
  payload: z.unknown(),
  chunk: EnvelopeChunkSchema.optional(),
};

/** The size and chunk rules shared by drafts and signed envelopes. */
function checkPayload(
  envelope: { payload: unknown; chunk?: { index: number; count: number } | undefined },
  ctx: z.RefinementCtx,
): void {
  if (envelope.payload === undefined) {
    ctx.addIssue({ code: 'custom', path: ['payload'], message: 'payload is required' });
    return;
  }
  if (!payloadFits(envelope.payload, MAX_PAYLOAD_BYTES)) {
    ctx.addIssue({
      code: 'custom',
      path: ['payload'],
      message: `payload over ${MAX_PAYLOAD_BYTES} bytes serialized: send it in chunks`,
    });
  }
  if (envelope.chunk !== undefined) {
    if (typeof envelope.payload !== 'string') {
      ctx.addIssue({ code: 'custom', path: ['payload'], message: 'a chunk payload is a string' });
    }
    if (envelope.chunk.index >= envelope.chunk.count) {
      ctx.addIssue({ code: 'custom', path: ['chunk', 'index'], message: 'index must be < count' });
    }
  }
}

/** An envelope before signing (what `signEnvelope` of `@shuan/tools` takes). */
export const EnvelopeDraftSchema = z.strictObject(EnvelopeDraftFields).superRefine(checkPayload);

/**
 * The signed federation envelope, as sent between nodes. `digest` is the SM3 of the
 * canonical JSON of every other field but `signature`; `signature` is the sender's SM2
 * signature of the digest text, or, with `proof`, of the root of the batch it was signed in
 * (docs/federation.md "What is signed", "Batch signatures"). The payload may be
 * any JSON up to 4 MiB serialized; larger payloads travel as chunks, each a string slice.
 * Parse with this schema first, then `checkEnvelope` (core), then `verifyEnvelope` (tools).
 */
export const EnvelopeSchema = z
  .strictObject({
    ...EnvelopeDraftFields,
    digest: Sm3HexSchema,
    signature: Sm2SignatureSchema,
    proof: EnvelopeProofSchema.optional(),
  })
  .superRefine(checkPayload);

/** A signed envelope as parsed. */
export type Envelope = z.infer<typeof EnvelopeSchema>;

/** An envelope draft as parsed. */
export type EnvelopeDraftDto = z.infer<typeof EnvelopeDraftSchema>;

/**
 * True when A and B are assignable both ways (an optional field still differs from a
 * required one) and have the same keys (so an optional field cannot go missing on one side).
 */
type Same<A, B> = [A] extends [B]
  ? [B] extends [A]
    ? [keyof A] extends [keyof B]
      ? [keyof B] extends [keyof A]
        ? true
        : false
      : false
    : false
  : false;

/** Fails to compile when the schema and core's `FederationEnvelope` drift apart. */
export const ENVELOPE_SCHEMA_MATCHES_CORE: Same<Envelope, FederationEnvelope> = true;
