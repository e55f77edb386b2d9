/** Messages between the envelope verifier and its worker threads. */

/** SM2 checks: item i is signatures[i] over texts[i] under keys[keyIndex[i]]. */
export interface VerifyJob {
  jobId: number;
  /** Distinct public keys of the job, each sent once. */
  keys: string[];
  keyIndex: Uint32Array;
  texts: string[];
  signatures: string[];
}

/** The answer: `ok[i]` is 1 when check i verified. */
export interface VerifyJobResult {
  jobId: number;
  ok: Uint8Array;
}
