import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  canonicalJson,
  chainHash,
  GENESIS_HASH,
  sm3,
  verifyChain,
  type ChainEntry,
} from './index.ts';

/** A chain of `count` audit entries with seq 1…count, built the way the audit log writes it. */
function buildChain(count: number, firstSeq = 1, prevHash = GENESIS_HASH): ChainEntry[] {
  const entries: ChainEntry[] = [];
  let prev = prevHash;
  for (let i = 0; i < count; i += 1) {
    const seq = firstSeq + i;
    const payload = canonicalJson({
      seq,
      actor: `user-${i % 3}`,
      action: 'export',
      table: '客户信息',
    });
    const hash = chainHash(prev, payload);
    entries.push({ seq, prevHash: prev, hash, payload });
    prev = hash;
  }
  return entries;
}

test('chainHash is SM3 of prevHash, a line feed and the payload; genesis is 64 zeros', () => {
  assert.equal(GENESIS_HASH, '0'.repeat(64));
  assert.equal(chainHash(GENESIS_HASH, '{"a":1}'), sm3(`${'0'.repeat(64)}\n{"a":1}`));
});

test('a good chain verifies, from genesis or from a trusted anchor; an empty one too', () => {
  const chain = buildChain(10);
  assert.deepEqual(verifyChain(chain), { ok: true, checked: 10 });
  const anchor = chain[3];
  assert.ok(anchor);
  assert.deepEqual(verifyChain(chain.slice(4), { seq: anchor.seq, hash: anchor.hash }), {
    ok: true,
    checked: 6,
  });
  assert.deepEqual(verifyChain([]), { ok: true, checked: 0 });
  assert.deepEqual(verifyChain(new Set(chain)), { ok: true, checked: 10 }, 'any iterable');
});

test('an edited payload is a hash break at that entry', () => {
  const chain = buildChain(10);
  chain[4] = { ...chain[4]!, payload: chain[4]!.payload.replace('export', 'view') };
  assert.deepEqual(verifyChain(chain), {
    ok: false,
    checked: 4,
    firstBroken: { seq: 5, reason: 'hash' },
  });
});

test('an edited payload with a recomputed hash is a link break at the next entry', () => {
  const chain = buildChain(10);
  const payload = chain[4]!.payload.replace('export', 'view');
  chain[4] = { ...chain[4]!, payload, hash: chainHash(chain[4]!.prevHash, payload) };
  assert.deepEqual(verifyChain(chain), {
    ok: false,
    checked: 5,
    firstBroken: { seq: 6, reason: 'link' },
  });
});

test('a deleted entry is caught, in the middle and at either end', () => {
  const middle = buildChain(10).filter((e) => e.seq !== 6);
  assert.deepEqual(verifyChain(middle), {
    ok: false,
    checked: 5,
    firstBroken: { seq: 7, reason: 'sequence' },
  });
  const head = buildChain(10).slice(1);
  assert.deepEqual(verifyChain(head), {
    ok: false,
    checked: 0,
    firstBroken: { seq: 2, reason: 'link' },
  });
  const chain = buildChain(10);
  const tail = chain.slice(0, -1);
  assert.equal(
    verifyChain(tail).ok,
    true,
    'a truncated tail needs an external checkpoint (see docs)',
  );
  const last = chain.at(-1)!;
  assert.deepEqual(verifyChain(chain.slice(-1), { seq: last.seq - 2, hash: chain.at(-3)!.hash }), {
    ok: false,
    checked: 0,
    firstBroken: { seq: 10, reason: 'sequence' },
  });
});

test('swapped entries are a sequence break', () => {
  const chain = buildChain(10);
  [chain[3], chain[4]] = [chain[4]!, chain[3]!];
  assert.deepEqual(verifyChain(chain), {
    ok: false,
    checked: 3,
    firstBroken: { seq: 5, reason: 'sequence' },
  });
});

test('swapped entries with renumbered seq are still caught by the links', () => {
  const chain = buildChain(10);
  const a = chain[3]!;
  const b = chain[4]!;
  chain[3] = { ...b, seq: a.seq };
  chain[4] = { ...a, seq: b.seq };
  assert.deepEqual(verifyChain(chain), {
    ok: false,
    checked: 3,
    firstBroken: { seq: 4, reason: 'link' },
  });
});

test('a broken link, an inserted entry and a non-integer seq are caught', () => {
  const chain = buildChain(5);
  chain[2] = { ...chain[2]!, prevHash: 'f'.repeat(64) };
  assert.deepEqual(verifyChain(chain), {
    ok: false,
    checked: 2,
    firstBroken: { seq: 3, reason: 'link' },
  });
  const inserted = buildChain(5);
  inserted.splice(2, 0, { ...inserted[1]! });
  assert.equal(verifyChain(inserted).ok, false);
  assert.deepEqual(verifyChain([{ ...buildChain(1)[0]!, seq: 1.5 }]), {
    ok: false,
    checked: 0,
    firstBroken: { seq: 1.5, reason: 'sequence' },
  });
});
