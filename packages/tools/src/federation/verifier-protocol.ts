/** Messages between the envelope verifier and its worker threads. */

/** A job: item i is signature[i] over digests[i] under keys[keyIndex[i]]. */
export interface VerifyJob {
  jobId: number;
  /** Distinct public keys of the job, each sent once. */
  keys: string[];
  keyIndex: Uint32Array;
  digests: string[];
  signatures: string[];
}

/** The answer: ok[i] is 1 when item i verified. */
export interface VerifyJobResult {
  jobId: number;
  ok: Uint8Array;
}
