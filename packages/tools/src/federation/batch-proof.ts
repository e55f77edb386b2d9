/**
 * One SM2 signature for a batch of envelopes: a Merkle tree over the envelopes' SM3 digests.
 * The sender signs the tree's root once; each envelope carries the root's signature and its
 * own audit path (`proof`), so it stays verifiable on its own — stored, relayed or checked
 * alone — while a receiver that gets the whole batch verifies one signature instead of one
 * per envelope (docs/federation.md "Batch signatures").
 *
 * Hashing (SM3, with RFC 6962's prefixes so a leaf can never pass for an inner node):
 * - leaf  = SM3(0x00 ‖ the envelope digest's 32 bytes)
 * - inner = SM3(0x01 ‖ left ‖ right)
 * - levels pair nodes left to right; an odd last node moves up unchanged.
 * The signature is standard SM2 over the 64 ASCII hex characters of the root, exactly as a
 * single envelope's signature is over its digest text.
 */
import { hash } from 'node:crypto';
import type { EnvelopeProof } from '@shuan/core';

/** Most leaves of one signed batch: core's MAX_BATCH_LEAVES (tools takes only core's types). */
export const MAX_BATCH_LEAVES = 1024;

/** Where one envelope sits in its signed batch: leaf `index` of `count`, and its audit path. */
export type BatchProof = EnvelopeProof;

const LEAF = Buffer.from([0]);
const INNER = Buffer.from([1]);

function leafHash(digestHex: string): Buffer {
  return hash('sm3', Buffer.concat([LEAF, Buffer.from(digestHex, 'hex')]), 'buffer');
}

function innerHash(left: Buffer, right: Buffer): Buffer {
  return hash('sm3', Buffer.concat([INNER, left, right]), 'buffer');
}

/**
 * The root (64 hex) of the tree over `digests`, and every leaf's proof, in input order.
 * Needs at least one digest. Each node is hashed and written as hex once; the proofs share
 * those strings.
 *
 * @example
 * const { root, proofs } = batchTree(envelopes.map((e) => e.digest));
 */
export function batchTree(digests: readonly string[]): { root: string; proofs: BatchProof[] } {
  if (digests.length === 0) throw new RangeError('batchTree needs at least one digest');
  // levels[l][k]: node k of level l as hex (level 0 = leaves).
  const levels: string[][] = [];
  let level = digests.map(leafHash);
  while (level.length > 1) {
    levels.push(level.map((node) => node.toString('hex')));
    const next: Buffer[] = [];
    for (let k = 0; k < level.length; k += 2) {
      const right = level[k + 1];
      next.push(right === undefined ? (level[k] as Buffer) : innerHash(level[k] as Buffer, right));
    }
    level = next;
  }
  const proofs = digests.map((_, index): BatchProof => {
    const path: string[] = [];
    let k = index;
    for (const nodes of levels) {
      const sibling = nodes[k % 2 === 0 ? k + 1 : k - 1];
      if (sibling !== undefined) path.push(sibling);
      k = Math.floor(k / 2);
    }
    return { index, count: digests.length, path };
  });
  return { root: (level[0] as Buffer).toString('hex'), proofs };
}

/**
 * The root that `digest` and `proof` lead to, or undefined when the proof does not fit its
 * own shape (index outside count, a path too short or too long, a malformed hash). A proof
 * that fits but was made for another digest simply leads to another root, which the
 * signature then fails.
 *
 * @example
 * const root = batchRoot(envelope.digest, envelope.proof); // then sm2Verify(key, root, signature)
 */
export function batchRoot(digest: string, proof: BatchProof): string | undefined {
  const { count, path } = proof;
  let { index } = proof;
  if (!Number.isInteger(index) || !Number.isInteger(count) || index < 0 || index >= count)
    return undefined;
  if (!HEX64.test(digest)) return undefined;
  let node = leafHash(digest);
  let size = count;
  let used = 0;
  while (size > 1) {
    const isLastOdd = index === size - 1 && size % 2 === 1;
    if (!isLastOdd) {
      const sibling = path[used];
      if (sibling === undefined || !HEX64.test(sibling)) return undefined;
      used += 1;
      const siblingBytes = Buffer.from(sibling, 'hex');
      node = index % 2 === 0 ? innerHash(node, siblingBytes) : innerHash(siblingBytes, node);
    }
    index = Math.floor(index / 2);
    size = Math.ceil(size / 2);
  }
  return used === path.length ? node.toString('hex') : undefined;
}

/**
 * {@link batchRoot} of many leaves at once. When the leaves given for one tree are the whole
 * tree (every index of `count` once, the common case: a whole push), the tree is rebuilt
 * once — 2n hashes instead of n·log n — and each proof compared with the rebuilt one; a leaf
 * whose proof differs, and every leaf of a partial tree, is walked alone.
 *
 * @example
 * const roots = batchRoots(envelopes.map((e) => ({ digest: e.digest, proof: e.proof })));
 */
export function batchRoots(
  leaves: readonly { digest: string; proof: BatchProof }[],
): (string | undefined)[] {
  const roots = new Array<string | undefined>(leaves.length);
  const whole =
    leaves.length > 1 &&
    leaves.every(
      (leaf, i) =>
        leaf.proof.count === leaves.length && leaf.proof.index === i && HEX64.test(leaf.digest),
    );
  const rebuilt = whole ? batchTree(leaves.map((leaf) => leaf.digest)) : undefined;
  leaves.forEach((leaf, i) => {
    const expected = rebuilt?.proofs[i]?.path;
    const same =
      expected !== undefined &&
      expected.length === leaf.proof.path.length &&
      expected.every((hash, k) => hash === leaf.proof.path[k]);
    roots[i] = same ? rebuilt?.root : batchRoot(leaf.digest, leaf.proof);
  });
  return roots;
}

const HEX64 = /^[0-9a-f]{64}$/;
