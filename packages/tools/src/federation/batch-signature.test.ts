import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, test } from 'node:test';
import { generateSm2KeyPair, sm2Verify } from '../crypto/sm2.ts';
import { batchRoot, batchRoots, batchTree } from './batch-proof.ts';
import { createEnvelopeVerifier } from './envelope-verifier.ts';
import { envelopeDigest, signEnvelope, signEnvelopes, verifyEnvelope } from './sign-envelope.ts';
import { buildDraft } from './testing.ts';

const alice = generateSm2KeyPair();
const mallory = generateSm2KeyPair();
const sm3 = (...parts: Buffer[]): Buffer => {
  const hash = createHash('sm3');
  for (const part of parts) hash.update(part);
  return hash.digest();
};
const hex = (n: number): string => sm3(Buffer.from(String(n))).toString('hex');

test('the tree follows the documented hashing: leaf 0x00, inner 0x01, odd last node moves up', () => {
  const digests = [hex(1), hex(2), hex(3)];
  const leaf = (d: string) => sm3(Buffer.from([0]), Buffer.from(d, 'hex'));
  const inner = (l: Buffer, r: Buffer) => sm3(Buffer.from([1]), l, r);
  const expected = inner(inner(leaf(hex(1)), leaf(hex(2))), leaf(hex(3))).toString('hex');
  const { root, proofs } = batchTree(digests);
  assert.equal(root, expected);
  assert.deepEqual(proofs[2], {
    index: 2,
    count: 3,
    path: [inner(leaf(hex(1)), leaf(hex(2))).toString('hex')],
  });
  assert.equal(batchTree([hex(9)]).root, leaf(hex(9)).toString('hex'));
});

test('every leaf of trees of 2 to 70 leaves leads back to the root; misfitting proofs do not', () => {
  for (let count = 2; count <= 70; count += 1) {
    const digests = Array.from({ length: count }, (_, i) => hex(count * 100 + i));
    const { root, proofs } = batchTree(digests);
    digests.forEach((digest, i) => {
      const proof = proofs[i];
      assert.ok(proof !== undefined);
      assert.equal(batchRoot(digest, proof), root, `leaf ${i} of ${count}`);
      assert.ok(proof.path.length <= Math.ceil(Math.log2(count)));
      // Another leaf's digest with this proof leads elsewhere.
      assert.notEqual(batchRoot(digests[(i + 1) % count] ?? '', proof), root);
    });
    const first = proofs[0];
    assert.ok(first !== undefined);
    assert.equal(
      batchRoot(digests[0] ?? '', { ...first, path: [...first.path, hex(1)] }),
      undefined,
    );
    assert.equal(batchRoot(digests[0] ?? '', { ...first, path: first.path.slice(1) }), undefined);
    assert.equal(batchRoot(digests[0] ?? '', { ...first, index: count }), undefined);
  }
});

test('batchRoots: a whole tree rebuilt once, a partial one or a changed proof walked alone', () => {
  const digests = Array.from({ length: 9 }, (_, i) => hex(900 + i));
  const { root, proofs } = batchTree(digests);
  const leaves = digests.map((digest, i) => ({ digest, proof: proofs[i] ?? proofs[0]! }));
  assert.deepEqual(batchRoots(leaves), Array(9).fill(root));
  assert.deepEqual(batchRoots(leaves.slice(2, 5)), [root, root, root]);
  const changed = leaves.map((leaf, i) =>
    i === 4
      ? { ...leaf, proof: { ...leaf.proof, path: [hex(1), ...leaf.proof.path.slice(1)] } }
      : leaf,
  );
  const roots = batchRoots(changed);
  assert.notEqual(roots[4], root);
  assert.deepEqual(roots.filter((r) => r === root).length, 8);
});

test('a batch signed once: one standard SM2 signature over the root, each envelope verifiable alone', () => {
  const drafts = Array.from({ length: 5 }, (_, i) =>
    buildDraft({ payload: { n: i, 说明: `第${i}条` } }),
  );
  const envelopes = signEnvelopes(drafts, alice);
  const signatures = new Set(envelopes.map((e) => e.signature));
  assert.equal(signatures.size, 1);
  const { root } = batchTree(envelopes.map((e) => e.digest));
  // Interoperable: the signature is plain SM2 (default user id) over the root's hex text.
  assert.ok(sm2Verify(alice.publicKey, root, envelopes[0]?.signature ?? ''));
  for (const envelope of envelopes) {
    assert.equal(envelope.digest, envelopeDigest(envelope), 'the proof is not part of the digest');
    assert.deepEqual(verifyEnvelope(envelope, alice.publicKey), { ok: true });
    assert.equal(verifyEnvelope(envelope, mallory.publicKey).ok, false);
  }
  // A batch of one has no proof: exactly what signEnvelope makes.
  const [single] = signEnvelopes([drafts[0] ?? buildDraft()], alice);
  assert.equal(single?.proof, undefined);
  assert.deepEqual(verifyEnvelope(single ?? signEnvelope(buildDraft(), alice), alice.publicKey), {
    ok: true,
  });
});

test('a tampered envelope, a swapped proof or a borrowed batch signature is refused', () => {
  const envelopes = signEnvelopes(
    Array.from({ length: 4 }, (_, i) => buildDraft({ payload: { n: i } })),
    alice,
  );
  const [a, b] = envelopes;
  assert.ok(a !== undefined && b !== undefined);
  assert.deepEqual(verifyEnvelope({ ...a, payload: { n: 99 } }, alice.publicKey), {
    ok: false,
    code: 'FED_BAD_DIGEST',
  });
  const bad = { ok: false, code: 'FED_BAD_SIGNATURE' };
  assert.deepEqual(verifyEnvelope({ ...a, proof: b.proof }, alice.publicKey), bad);
  // Mallory's own envelope cannot borrow Alice's batch signature and proof.
  const forged = signEnvelope(buildDraft({ payload: { n: 0 } }), mallory);
  assert.deepEqual(
    verifyEnvelope({ ...forged, signature: a.signature, proof: a.proof }, alice.publicKey),
    bad,
  );
  // Nor can a batch signature pass as a single envelope's (no proof).
  const { proof: _proof, ...withoutProof } = a;
  assert.deepEqual(verifyEnvelope(withoutProof, alice.publicKey), bad);
});

// inlineBelow 1: even one check goes to a worker, the path under test here.
const verifier = createEnvelopeVerifier({ workers: 2 });
after(() => verifier.close());

test('the worker verifier checks a batch signed once as one signature and flags the bad ones', async () => {
  const envelopes = signEnvelopes(
    Array.from({ length: 100 }, (_, i) => buildDraft({ payload: { n: i } })),
    alice,
  );
  const items = envelopes.map((envelope, i) => ({
    envelope: i === 17 ? { ...envelope, payload: { n: -1 } } : envelope,
    publicKey: alice.publicKey,
  }));
  const verdicts = await verifier.verifyMany(items);
  assert.equal(verdicts.filter((v) => v.ok).length, 99);
  assert.deepEqual(verdicts[17], { ok: false, code: 'FED_BAD_DIGEST' });
  const underMallory = await verifier.verifyMany(
    envelopes.map((envelope) => ({ envelope, publicKey: mallory.publicKey })),
  );
  assert.ok(underMallory.every((v) => !v.ok));
});
