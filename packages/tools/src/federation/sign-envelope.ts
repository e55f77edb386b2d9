/**
 * Signing and verifying federation envelopes with SM3 and SM2. What is signed, exactly, so
 * that another implementation can interoperate (docs/federation.md "What is signed"):
 *
 * 1. signing input = canonicalJson of the envelope's fields except `digest` and `signature`
 *    (keys sorted by UTF-16 code units, no whitespace; absent `chunk` is simply left out);
 * 2. `digest` = SM3(UTF-8 bytes of the signing input), 64 lower-case hex characters;
 * 3. `signature` = SM2 (GB/T 32918.2) over the 64 ASCII bytes of the digest text — not the
 *    32 raw digest bytes — with the default user id `1234567812345678`, i.e.
 *    e = SM3(ZA ‖ ASCII(digest)); written as r ‖ s, 128 lower-case hex characters.
 *
 * Signing the short digest text keeps the SM2 part constant-cost whatever the payload size,
 * and lets a receiver check the digest, then hand only 64 + 128 characters to a worker.
 */
import type { EnvelopeDraft, FederationEnvelope } from '@shuan/core';
import { canonicalJson } from '../crypto/canonical-json.ts';
import { sm2Sign, sm2Verify } from '../crypto/sm2.ts';
import { sm3 } from '../crypto/sm3.ts';

/** The signer's key pair, hex, as `generateSm2KeyPair` returns it. */
export interface EnvelopeSigningKey {
  privateKey: string;
  publicKey: string;
}

/** The outcome of verifying one envelope. */
export type EnvelopeVerdict =
  { ok: true } | { ok: false; code: 'FED_BAD_DIGEST' | 'FED_BAD_SIGNATURE' };

/**
 * The exact text whose SM3 is the envelope's digest: the canonical JSON of every field but
 * `digest` and `signature`. Throws a TypeError for a payload canonical JSON refuses (NaN,
 * BigInt, cycles).
 *
 * @example
 * envelopeSigningInput(draft); // '{"id":"…","payload":{…},"receiver":"…",…,"v":1}'
 */
export function envelopeSigningInput(envelope: EnvelopeDraft | FederationEnvelope): string {
  const { digest: _digest, signature: _signature, ...fields } = envelope as FederationEnvelope;
  return canonicalJson(fields);
}

/**
 * The SM3 digest (64 lower-case hex) of {@link envelopeSigningInput}.
 *
 * @example
 * envelopeDigest(envelope) === envelope.digest; // true when untouched
 */
export function envelopeDigest(envelope: EnvelopeDraft | FederationEnvelope): string {
  return sm3(envelopeSigningInput(envelope));
}

/**
 * Signs a draft: computes the digest and the SM2 signature of the digest text with the
 * sender's key. A `digest` or `signature` left on the draft (a retried envelope being
 * re-signed with a new `sentAt`) is replaced. Throws CRYPTO_BAD_KEY for a bad key.
 *
 * @example
 * const envelope = signEnvelope(
 *   { v: 1, id: randomUUID(), sender, receiver, type: 'filing.submit', seq, sentAt: new Date().toISOString(), payload },
 *   nodeKeys,
 * );
 */
export function signEnvelope(
  draft: EnvelopeDraft | FederationEnvelope,
  key: EnvelopeSigningKey,
): FederationEnvelope {
  const { digest: _digest, signature: _signature, ...fields } = draft as FederationEnvelope;
  const digest = sm3(canonicalJson(fields));
  const signature = sm2Sign(key.privateKey, digest, { publicKey: key.publicKey });
  return { ...fields, digest, signature };
}

/**
 * Recomputes the digest and checks the signature under the sender's public key. Returns
 * FED_BAD_DIGEST when any signed field (payload, sender, seq, receiver …) was changed or the
 * digest is malformed, FED_BAD_SIGNATURE when the signature was not made by that key over
 * that digest. Never throws. Parse the envelope with `EnvelopeSchema` first.
 *
 * @example
 * const verdict = verifyEnvelope(envelope, sender.publicKey);
 * if (!verdict.ok) recordRejection(envelope, verdict.code);
 */
export function verifyEnvelope(
  envelope: FederationEnvelope,
  senderPublicKey: string,
): EnvelopeVerdict {
  const digest = safeDigest(envelope);
  if (digest === undefined || digest !== envelope.digest)
    return { ok: false, code: 'FED_BAD_DIGEST' };
  return verifyDigestSignature(senderPublicKey, digest, envelope.signature);
}

/** {@link envelopeDigest}, or undefined when the envelope cannot be canonicalized. */
export function safeDigest(envelope: FederationEnvelope): string | undefined {
  try {
    return envelopeDigest(envelope);
  } catch {
    return undefined;
  }
}

/** The SM2 half of {@link verifyEnvelope}, for a digest already checked. */
export function verifyDigestSignature(
  publicKey: string,
  digest: string,
  signature: string,
): EnvelopeVerdict {
  return sm2Verify(publicKey, digest, signature)
    ? { ok: true }
    : { ok: false, code: 'FED_BAD_SIGNATURE' };
}
