/** Messages between the envelope verifier and its worker threads. */
import type { CheckItem } from './delivery-check.ts';

/** Items to check together (delivery-check.ts). */
export interface CheckJob {
  jobId: number;
  items: CheckItem[];
}

/** The answer: one check code per item (CHECK_OK, CHECK_BAD_DIGEST, CHECK_BAD_SIGNATURE). */
export interface CheckJobResult {
  jobId: number;
  codes: Uint8Array;
}
