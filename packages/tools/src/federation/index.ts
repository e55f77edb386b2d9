/**
 * Federation messages in the toolkit: signing and verifying envelopes with SM3 and SM2, and
 * a batch verifier over worker threads. See docs/federation.md.
 */
export {
  envelopeSigningInput,
  envelopeDigest,
  signEnvelope,
  signEnvelopes,
  verifyEnvelope,
  type EnvelopeSigningKey,
  type EnvelopeVerdict,
} from './sign-envelope.ts';
export { batchRoot, batchTree, MAX_BATCH_LEAVES, type BatchProof } from './batch-proof.ts';
export {
  createEnvelopeVerifier,
  type EnvelopeVerifier,
  type EnvelopeVerifierOptions,
  type VerifyItem,
} from './envelope-verifier.ts';
export {
  prepareDelivery,
  type EnvelopeValidator,
  type PreparedDelivery,
  type ShapeVerdict,
} from './prepare-delivery.ts';
export type { CheckItem } from './delivery-check.ts';
