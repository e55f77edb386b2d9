/**
 * Messages between the envelope verifier and its worker threads. A job's items travel
 * packed — each kind of string joined into one, with end offsets — because copying a
 * message to a thread costs per object: 100 items as objects were ~1,300 of them, and
 * posting them cost the main thread about as much as the SM3 digests it hands off.
 */
import type { CheckItem } from './delivery-check.ts';

/** Strings joined, with where each ends. */
export interface PackedStrings {
  joined: string;
  ends: Uint32Array;
}

/** A job: its items packed (see {@link packItems}). */
export interface CheckJob {
  jobId: number;
  texts: PackedStrings;
  /** 1 where the item has a signing input. */
  hasText: Uint8Array;
  digests: PackedStrings;
  signatures: PackedStrings;
  /** The job's distinct public keys, and each item's. */
  keys: string[];
  keyIndex: Uint32Array;
  /** Per item: proof index, proof count, path length; -1, -1, 0 without a proof. */
  proofs: Float64Array;
  /** Every path hash of every item, in item order. */
  paths: PackedStrings;
}

/** The answer: one check code per item (CHECK_OK, CHECK_BAD_DIGEST, CHECK_BAD_SIGNATURE). */
export interface CheckJobResult {
  jobId: number;
  codes: Uint8Array;
}

function pack(strings: readonly string[]): PackedStrings {
  const ends = new Uint32Array(strings.length);
  let end = 0;
  strings.forEach((s, i) => {
    end += s.length;
    ends[i] = end;
  });
  return { joined: strings.join(''), ends };
}

function unpack({ joined, ends }: PackedStrings): string[] {
  const strings: string[] = [];
  let start = 0;
  for (const end of ends) {
    strings.push(joined.slice(start, end));
    start = end;
  }
  return strings;
}

/** The job body for `items` (the calling thread). */
export function packItems(items: readonly CheckItem[]): Omit<CheckJob, 'jobId'> {
  const keys: string[] = [];
  const keyNumbers = new Map<string, number>();
  const keyIndex = new Uint32Array(items.length);
  const proofs = new Float64Array(items.length * 3);
  const paths: string[] = [];
  items.forEach((item, i) => {
    let n = keyNumbers.get(item.publicKey);
    if (n === undefined) {
      n = keys.push(item.publicKey) - 1;
      keyNumbers.set(item.publicKey, n);
    }
    keyIndex[i] = n;
    const { proof } = item;
    proofs[i * 3] = proof?.index ?? -1;
    proofs[i * 3 + 1] = proof?.count ?? -1;
    proofs[i * 3 + 2] = proof?.path.length ?? 0;
    if (proof !== undefined) for (const hash of proof.path) paths.push(hash);
  });
  return {
    texts: pack(items.map((item) => item.text ?? '')),
    hasText: Uint8Array.from(items, (item) => (item.text === undefined ? 0 : 1)),
    digests: pack(items.map((item) => item.digest)),
    signatures: pack(items.map((item) => item.signature)),
    keys,
    keyIndex,
    proofs,
    paths: pack(paths),
  };
}

/** The items of a job (the worker thread). */
export function unpackItems(job: CheckJob): CheckItem[] {
  const texts = unpack(job.texts);
  const digests = unpack(job.digests);
  const signatures = unpack(job.signatures);
  const paths = unpack(job.paths);
  let nextPath = 0;
  return texts.map((text, i) => {
    const index = job.proofs[i * 3] ?? -1;
    const count = job.proofs[i * 3 + 1] ?? -1;
    const length = job.proofs[i * 3 + 2] ?? 0;
    const path = paths.slice(nextPath, nextPath + length);
    nextPath += length;
    return {
      text: job.hasText[i] === 1 ? text : undefined,
      digest: digests[i] ?? '',
      signature: signatures[i] ?? '',
      proof: count === -1 ? undefined : { index, count, path },
      publicKey: job.keys[job.keyIndex[i] ?? 0] ?? '',
    };
  });
}
