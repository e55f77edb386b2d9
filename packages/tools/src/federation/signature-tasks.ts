/**
 * What the SM2 checks of a delivery are. SM2 verification (~1.7 ms each in JavaScript) is the
 * cost of ingest, so every digest is recomputed first (SM3, ~100× cheaper), the text each
 * signature covers is worked out (the digest, or the root of a batch signed once:
 * batch-proof.ts), and one check is kept per distinct (signer, text, signature).
 */
import type { EnvelopeProof, FederationEnvelope } from '@shuan/core';
import { batchRoots } from './batch-proof.ts';
import { safeDigest } from './sign-envelope.ts';

/** Why an envelope failed before any SM2 work: its digest, or a proof that does not fit. */
export type DigestFailure = 'FED_BAD_DIGEST' | 'FED_BAD_SIGNATURE';

/** One distinct SM2 check: `signature` over `text` (a digest or a batch root) by `signer`. */
export interface SignatureTask {
  /** Whatever names the key: a public key, or the sender's node id until its key is known. */
  signer: string;
  text: string;
  signature: string;
  /** The input indexes this one check decides (every envelope of a batch signed once). */
  indexes: number[];
}

/** One envelope to plan for, and who signed it (see {@link SignatureTask.signer}). */
export interface TaskInput {
  index: number;
  envelope: FederationEnvelope;
  signer: string;
}

/**
 * Checks every envelope's digest (writing the failures into `failures` by input index) and
 * returns the distinct signatures left to check. Envelopes with a proof are grouped by the
 * batch they claim (signer, signature, size), in leaf order, so a whole batch's tree is
 * rebuilt once (batchRoots).
 */
export function signatureTasks(
  inputs: readonly TaskInput[],
  failures: Map<number, DigestFailure>,
): SignatureTask[] {
  const tasks = new Map<string, SignatureTask>();
  const addTask = (input: TaskInput, text: string | undefined): void => {
    if (text === undefined) {
      failures.set(input.index, 'FED_BAD_SIGNATURE');
      return;
    }
    const { signature } = input.envelope;
    const key = `${input.signer}|${text}|${signature}`;
    const task = tasks.get(key);
    if (task === undefined)
      tasks.set(key, { signer: input.signer, text, signature, indexes: [input.index] });
    else task.indexes.push(input.index);
  };
  const batches = new Map<string, TaskInput[]>();
  for (const input of inputs) {
    const digest = safeDigest(input.envelope);
    if (digest === undefined || digest !== input.envelope.digest) {
      failures.set(input.index, 'FED_BAD_DIGEST');
      continue;
    }
    const { proof, signature } = input.envelope;
    if (proof === undefined) {
      addTask(input, digest);
      continue;
    }
    const key = `${input.signer}|${signature}|${String(proof.count)}`;
    const members = batches.get(key);
    if (members === undefined) batches.set(key, [input]);
    else members.push(input);
  }
  for (const members of batches.values()) {
    members.sort((a, b) => proofOf(a).index - proofOf(b).index);
    const roots = batchRoots(
      members.map((input) => ({ digest: input.envelope.digest, proof: proofOf(input) })),
    );
    members.forEach((input, k) => {
      addTask(input, roots[k]);
    });
  }
  return [...tasks.values()];
}

function proofOf(input: TaskInput): EnvelopeProof {
  return input.envelope.proof as EnvelopeProof;
}
