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
 *
 * A batch may be signed once instead ({@link signEnvelopes}, batch-proof.ts): each envelope
 * then carries a `proof` (not part of the digest) and the SM2 signature of the batch root.
 */
import type { EnvelopeDraft, FederationEnvelope } from '@shuan/core';
import { canonicalJson } from '../crypto/canonical-json.ts';
import { sm2Sign, sm2Verify } from '../crypto/sm2.ts';
import { sm3 } from '../crypto/sm3.ts';
import { batchRoot, batchTree, MAX_BATCH_LEAVES } from './batch-proof.ts';

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
  return canonicalJson(draftFields(envelope));
}

/**
 * The fields the digest covers: all but `digest`, `signature` and `proof`, copied in sorted
 * key order, so that canonical JSON takes its native fast path (canonical-json.ts) whatever
 * order the envelope's keys came in (a parsed schema output lists them in schema order).
 */
function draftFields(envelope: EnvelopeDraft | FederationEnvelope): EnvelopeDraft {
  const source = envelope as unknown as Record<string, unknown>;
  const fields: Record<string, unknown> = {};
  for (const key of Object.keys(source).sort()) {
    if (key !== 'digest' && key !== 'signature' && key !== 'proof') fields[key] = source[key];
  }
  return fields as unknown as EnvelopeDraft;
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
  const { fields, digest } = canonicalDraft(draft);
  const signature = sm2Sign(key.privateKey, digest, { publicKey: key.publicKey });
  return { ...fields, digest, signature };
}

/**
 * The draft's fields rebuilt from their canonical JSON (keys in canonical order, at every
 * level), and its digest. Sent in that order, a receiver's JSON.parse gives back objects
 * whose JSON.stringify is already canonical, and its digest takes the native fast path
 * (canonical-json.ts); the signed bytes are the same either way.
 */
function canonicalDraft(draft: EnvelopeDraft | FederationEnvelope): {
  fields: EnvelopeDraft;
  digest: string;
} {
  const text = canonicalJson(draftFields(draft));
  return { fields: JSON.parse(text) as EnvelopeDraft, digest: sm3(text) };
}

/**
 * Signs a batch with ONE SM2 signature: the root of a Merkle tree over the drafts' digests
 * (batch-proof.ts). Each envelope gets that signature and its own `proof`, so it can still be
 * verified alone. A batch of one is signed like {@link signEnvelope}, without a proof. At most
 * MAX_BATCH_LEAVES (1,024) drafts; throws RangeError beyond.
 *
 * @example
 * const envelopes = signEnvelopes(outboxRows.map(toDraft), nodeKeys); // one push
 */
export function signEnvelopes(
  drafts: readonly (EnvelopeDraft | FederationEnvelope)[],
  key: EnvelopeSigningKey,
): FederationEnvelope[] {
  if (drafts.length > MAX_BATCH_LEAVES) {
    throw new RangeError(`a signed batch holds at most ${MAX_BATCH_LEAVES} envelopes`);
  }
  if (drafts.length <= 1) return drafts.map((draft) => signEnvelope(draft, key));
  const canonical = drafts.map(canonicalDraft);
  const { root, proofs } = batchTree(canonical.map((draft) => draft.digest));
  const signature = sm2Sign(key.privateKey, root, { publicKey: key.publicKey });
  return canonical.map(({ fields, digest }, i) => ({
    ...fields,
    digest,
    signature,
    proof: proofs[i],
  }));
}

/**
 * The text the envelope's signature covers once its digest is known to be right: the digest
 * itself, or the root its `proof` leads to. Undefined for a proof that does not fit.
 */
export function signedText(envelope: FederationEnvelope, digest: string): string | undefined {
  return envelope.proof === undefined ? digest : batchRoot(digest, envelope.proof);
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
  const text = signedText(envelope, digest);
  if (text === undefined) return { ok: false, code: 'FED_BAD_SIGNATURE' };
  return verifyDigestSignature(senderPublicKey, text, envelope.signature);
}

/** {@link envelopeDigest}, or undefined when the envelope cannot be canonicalized. */
export function safeDigest(envelope: FederationEnvelope): string | undefined {
  const text = safeSigningInput(envelope);
  return text === undefined ? undefined : sm3(text);
}

/** {@link envelopeSigningInput}, or undefined when the envelope cannot be canonicalized. */
export function safeSigningInput(envelope: FederationEnvelope): string | undefined {
  try {
    return envelopeSigningInput(envelope);
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
