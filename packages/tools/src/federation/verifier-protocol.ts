/**
 * Messages between the envelope verifier and its worker threads. A job's items travel
 * packed — the signing inputs as one UTF-8 buffer handed over without a copy (the thread
 * hashes the bytes), the other strings joined, with end offsets — because copying a message
 * to a thread costs per object and per character: 100 items as objects were ~1,300 objects
 * and ~140 KB of UTF-16, and posting them cost the main thread about as much as the SM3
 * digests it hands off.
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
  /** The signing inputs in UTF-8, back to back; item i's ends at textEnds[i]. */
  texts: Uint8Array<ArrayBuffer>;
  textEnds: Uint32Array;
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

/** The signing inputs as UTF-8 bytes, back to back (one pass, into room for the worst case). */
function packTexts(items: readonly CheckItem[]): {
  texts: Uint8Array<ArrayBuffer>;
  textEnds: Uint32Array;
} {
  let room = 0;
  for (const item of items) room += typeof item.text === 'string' ? item.text.length * 3 : 0;
  const bytes = new Uint8Array(room);
  const textEnds = new Uint32Array(items.length);
  let end = 0;
  items.forEach((item, i) => {
    if (typeof item.text === 'string')
      end += encoder.encodeInto(item.text, bytes.subarray(end)).written;
    textEnds[i] = end;
  });
  return { texts: bytes.subarray(0, end), textEnds };
}

const encoder = new TextEncoder();

/** The job body for `items` (the calling thread); its `texts` buffer can be transferred. */
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
    ...packTexts(items),
    hasText: Uint8Array.from(items, (item) => (item.text === undefined ? 0 : 1)),
    digests: pack(items.map((item) => item.digest)),
    signatures: pack(items.map((item) => item.signature)),
    keys,
    keyIndex,
    proofs,
    paths: pack(paths),
  };
}

/** The items of a job (the worker thread); their texts are views of the job's bytes. */
export function unpackItems(job: CheckJob): CheckItem[] {
  const digests = unpack(job.digests);
  const signatures = unpack(job.signatures);
  const paths = unpack(job.paths);
  let nextPath = 0;
  return digests.map((digest, i) => {
    const index = job.proofs[i * 3] ?? -1;
    const count = job.proofs[i * 3 + 1] ?? -1;
    const length = job.proofs[i * 3 + 2] ?? 0;
    const path = paths.slice(nextPath, nextPath + length);
    nextPath += length;
    return {
      text:
        job.hasText[i] === 1
          ? job.texts.subarray(i === 0 ? 0 : (job.textEnds[i - 1] ?? 0), job.textEnds[i])
          : undefined,
      digest,
      signature: signatures[i] ?? '',
      proof: count === -1 ? undefined : { index, count, path },
      publicKey: job.keys[job.keyIndex[i] ?? 0] ?? '',
    };
  });
}
