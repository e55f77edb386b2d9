/**
 * The hash chain that makes an audit log tamper-evident (pure; used by the server's audit log
 * and by `shuan audit verify`). Each entry stores the hash of the entry before it:
 *
 *   hash(n) = SM3(prevHash(n) + "\n" + payload(n)),  prevHash(n) = hash(n − 1),
 *   prevHash(first) = GENESIS_HASH,                  seq(n) = seq(n − 1) + 1
 *
 * so editing, deleting, inserting or reordering any row breaks the chain from that row on,
 * unless every later hash is recomputed — which signed checkpoints (SM2) guard against.
 */
import { sm3 } from './sm3.ts';

/** prevHash of the first entry of a chain: 64 zeros. */
export const GENESIS_HASH = '0'.repeat(64);

/** One stored row of a chain, as the verifier needs it. */
export interface ChainEntry {
  seq: number;
  prevHash: string;
  hash: string;
  /** The exact string that was hashed — use `canonicalJson` to produce it. */
  payload: string;
}

/** Why an entry breaks the chain: its own hash, its link to the previous row, or its seq. */
export type ChainBreakReason = 'hash' | 'link' | 'sequence';

/** The verdict of {@link verifyChain}; `checked` counts the entries that passed. */
export type ChainVerdict =
  | { ok: true; checked: number }
  | { ok: false; checked: number; firstBroken: { seq: number; reason: ChainBreakReason } };

/** A trusted earlier point (e.g. a signed checkpoint) to verify a chain's tail from. */
export interface ChainAnchor {
  seq: number;
  hash: string;
}

/**
 * The hash of an entry: SM3 of the previous hash, a line feed, and the payload, as
 * lower-case hex.
 *
 * @example
 * const hash = chainHash(GENESIS_HASH, canonicalJson({ action: 'login', user: 'u1' }));
 */
export function chainHash(prevHash: string, payload: string): string {
  return sm3(`${prevHash}\n${payload}`);
}

/**
 * Walks entries in storage order and reports the first one that breaks the chain, checking
 * for each: `sequence` (seq is not previous seq + 1: a deleted, inserted or reordered row),
 * then `link` (prevHash is not the previous hash), then `hash` (hash is not
 * chainHash(prevHash, payload): an edited row). Without an anchor the first entry must link
 * to GENESIS_HASH (so deleting the head is caught) and may have any integer seq; with an
 * anchor it must follow the anchor. Stops at the first break. An empty chain is ok.
 *
 * @example
 * const verdict = verifyChain(rows);
 * if (!verdict.ok) console.log(verdict.firstBroken); // { seq: 42, reason: 'hash' }
 */
export function verifyChain(entries: Iterable<ChainEntry>, anchor?: ChainAnchor): ChainVerdict {
  let expectedSeq: number | undefined = anchor === undefined ? undefined : anchor.seq + 1;
  let expectedPrev = anchor === undefined ? GENESIS_HASH : anchor.hash;
  let checked = 0;
  for (const entry of entries) {
    const reason = breakReason(entry, expectedSeq, expectedPrev);
    if (reason !== undefined)
      return { ok: false, checked, firstBroken: { seq: entry.seq, reason } };
    expectedSeq = entry.seq + 1;
    expectedPrev = entry.hash;
    checked += 1;
  }
  return { ok: true, checked };
}

function breakReason(
  entry: ChainEntry,
  expectedSeq: number | undefined,
  expectedPrev: string,
): ChainBreakReason | undefined {
  const seqOk =
    Number.isSafeInteger(entry.seq) && (expectedSeq === undefined || entry.seq === expectedSeq);
  if (!seqOk) return 'sequence';
  if (entry.prevHash !== expectedPrev) return 'link';
  if (entry.hash !== chainHash(entry.prevHash, entry.payload)) return 'hash';
  return undefined;
}
