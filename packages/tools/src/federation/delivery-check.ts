/**
 * The digest and signature checks of a delivery, given each envelope's signing input (its
 * canonical JSON, worked out by the receiver: sign-envelope.ts). Runs on a verifier thread
 * (or inline without threads): SM3 of each input, the Merkle roots of batches signed once
 * (batch-proof.ts), then one SM2 check per distinct (key, text, signature) — a push signed
 * once costs one SM2 check (~1.7 ms) and ~100 SM3 digests (~10 µs each).
 */
import type { EnvelopeProof } from '@shuan/core';
import { sm2Verify } from '../crypto/sm2.ts';
import { sm3 } from '../crypto/sm3.ts';
import { batchRoots } from './batch-proof.ts';

/** One envelope's check, as the receiver prepared it. */
export interface CheckItem {
  /**
   * The envelope's signing input (or its UTF-8 bytes, as a verifier thread gets it), or
   * undefined when it could not be canonicalized.
   */
  text: string | Uint8Array | undefined;
  /** What the envelope claims. */
  digest: string;
  signature: string;
  proof?: EnvelopeProof | undefined;
  /** The claimed sender's public key. */
  publicKey: string;
}

/** Check outcomes, one byte per item. */
export const CHECK_OK = 0;
export const CHECK_BAD_DIGEST = 1;
export const CHECK_BAD_SIGNATURE = 2;

/**
 * Checks every item: `CHECK_BAD_DIGEST` when SM3 of its text is not its digest,
 * `CHECK_BAD_SIGNATURE` when its proof does not fit or its (batch) signature fails.
 *
 * @example
 * const codes = checkItems(items); // codes[i] === CHECK_OK when item i is genuine
 */
export function checkItems(items: readonly CheckItem[]): Uint8Array<ArrayBuffer> {
  const codes = new Uint8Array(items.length);
  /** SM2 checks by (key, text, signature), each with the items it decides. */
  const checks = new Map<string, { item: CheckItem; text: string; indexes: number[] }>();
  const addCheck = (index: number, text: string | undefined): void => {
    const item = items[index] as CheckItem;
    if (text === undefined) {
      codes[index] = CHECK_BAD_SIGNATURE;
      return;
    }
    const key = `${item.publicKey}|${text}|${item.signature}`;
    const check = checks.get(key);
    if (check === undefined) checks.set(key, { item, text, indexes: [index] });
    else check.indexes.push(index);
  };
  // Items with a proof, grouped by the batch they claim, so each tree is rebuilt once.
  const batches = new Map<string, number[]>();
  items.forEach((item, index) => {
    if (item.text === undefined || sm3(item.text) !== item.digest) {
      codes[index] = CHECK_BAD_DIGEST;
      return;
    }
    if (item.proof === undefined) {
      addCheck(index, item.digest);
      return;
    }
    const key = `${item.publicKey}|${item.signature}|${String(item.proof.count)}`;
    const members = batches.get(key);
    if (members === undefined) batches.set(key, [index]);
    else members.push(index);
  });
  for (const members of batches.values()) {
    const proofOf = (index: number): EnvelopeProof =>
      (items[index] as CheckItem).proof as EnvelopeProof;
    members.sort((a, b) => proofOf(a).index - proofOf(b).index);
    const roots = batchRoots(
      members.map((index) => ({
        digest: (items[index] as CheckItem).digest,
        proof: proofOf(index),
      })),
    );
    members.forEach((index, k) => {
      addCheck(index, roots[k]);
    });
  }
  for (const { item, text, indexes } of checks.values()) {
    if (sm2Verify(item.publicKey, text, item.signature)) continue;
    for (const index of indexes) codes[index] = CHECK_BAD_SIGNATURE;
  }
  return codes;
}

/**
 * Splits items into units that must be checked together: a batch signed once (same key and
 * signature) or one envelope. A unit costs one SM2 check, whatever its size.
 */
export function checkUnits(items: readonly CheckItem[]): number[][] {
  const units = new Map<string, number[]>();
  items.forEach((item, index) => {
    const key = `${item.publicKey}|${item.signature}`;
    const unit = units.get(key);
    if (unit === undefined) units.set(key, [index]);
    else unit.push(index);
  });
  return [...units.values()];
}
