import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { generateSm2KeyPair } from '../crypto/sm2.ts';
import type { VerifyItem } from './envelope-verifier.ts';
import { createEnvelopeVerifier } from './envelope-verifier.ts';
import { planShards } from './shard-plan.ts';
import { signEnvelope } from './sign-envelope.ts';
import { buildDraft } from './testing.ts';

const senders = Array.from({ length: 5 }, () => generateSm2KeyPair());
const stranger = generateSm2KeyPair();

/** 150 envelopes of 5 senders; every 7th has its payload changed, every 11th a foreign signature. */
function buildBatch(): { items: VerifyItem[]; expected: string[] } {
  const items: VerifyItem[] = [];
  const expected: string[] = [];
  for (let i = 0; i < 150; i += 1) {
    const key = senders[i % senders.length] ?? stranger;
    let envelope = signEnvelope(buildDraft({ payload: { n: i, 说明: `第${i}条` } }), key);
    let verdict = 'ok';
    if (i % 7 === 3) {
      envelope = { ...envelope, payload: { n: -1 } };
      verdict = 'FED_BAD_DIGEST';
    } else if (i % 11 === 5) {
      envelope = signEnvelope(envelope, stranger);
      verdict = 'FED_BAD_SIGNATURE';
    }
    items.push({ envelope, publicKey: key.publicKey });
    expected.push(verdict);
  }
  return { items, expected };
}

const verdictNames = (verdicts: { ok: boolean; code?: string }[]) =>
  verdicts.map((v) => (v.ok ? 'ok' : (v.code ?? '?')));

const verifier = createEnvelopeVerifier({ workers: 2 });
after(() => verifier.close());

test('a batch over 2 worker threads: verdicts in input order, bad ones flagged', async () => {
  const { items, expected } = buildBatch();
  assert.ok(expected.includes('FED_BAD_DIGEST') && expected.includes('FED_BAD_SIGNATURE'));
  const verdicts = await verifier.verifyMany(items);
  assert.equal(verdicts.length, items.length);
  assert.deepEqual(verdictNames(verdicts), expected);
  // Concurrent batches share the workers and keep their own order.
  const [a, b] = await Promise.all([
    verifier.verifyMany(items),
    verifier.verifyMany([...items].reverse()),
  ]);
  assert.deepEqual(verdictNames(a), expected);
  assert.deepEqual(verdictNames(b), [...expected].reverse());
});

test('small batches and workers: 0 give the same verdicts on the calling thread', async () => {
  const { items, expected } = buildBatch();
  const inline = createEnvelopeVerifier({ workers: 0 });
  assert.deepEqual(verdictNames(await inline.verifyMany(items)), expected);
  await inline.close();
  assert.deepEqual(
    verdictNames(await verifier.verifyMany(items.slice(0, 10))),
    expected.slice(0, 10),
  );
  assert.deepEqual(await verifier.verifyMany([]), []);
});

test('a batch where every digest is bad answers FED_BAD_DIGEST for each envelope', async () => {
  const { items } = buildBatch();
  const broken = items.map((item) => ({ ...item, envelope: { ...item.envelope, seq: 0 } }));
  const verdicts = await verifier.verifyMany(broken);
  assert.ok(verdicts.every((v) => !v.ok && v.code === 'FED_BAD_DIGEST'));
});

test('a closed verifier refuses work; bad worker counts are refused', async () => {
  const pool = createEnvelopeVerifier({ workers: 1 });
  const { items, expected } = buildBatch();
  assert.deepEqual(verdictNames(await pool.verifyMany(items.slice(0, 3))), expected.slice(0, 3));
  await pool.close();
  await assert.rejects(pool.verifyMany(items), /closed/);
  for (const workers of [-1, 1.5, 65]) {
    assert.throws(() => createEnvelopeVerifier({ workers }), RangeError);
  }
});

test('shard plan: every index once, balanced, and one sender stays on one worker when it can', () => {
  const keys = Array.from({ length: 1000 }, (_, i) => `key-${i % 37}`);
  for (const workers of [1, 2, 3, 8]) {
    const plan = planShards(keys, workers);
    const all = plan.flat().sort((x, y) => x - y);
    assert.deepEqual(
      all,
      keys.map((_, i) => i),
    );
    const cap = Math.ceil(keys.length / workers);
    assert.ok(
      plan.every((shard) => shard.length <= cap),
      `workers ${workers}`,
    );
  }
  // Many small senders: each key's items land on a single worker.
  const plan = planShards(keys, 2);
  const homes = new Map<string, Set<number>>();
  plan.forEach((shard, w) => {
    for (const index of shard) {
      const key = keys[index] ?? '';
      homes.set(key, (homes.get(key) ?? new Set()).add(w));
    }
  });
  const split = [...homes.values()].filter((set) => set.size > 1).length;
  assert.ok(split <= 1, `${split} senders split across workers`);
  // One sender only: still spread evenly.
  assert.deepEqual(
    planShards(
      Array.from({ length: 10 }, () => 'same'),
      2,
    ).map((s) => s.length),
    [5, 5],
  );
  // Another batch of the same senders, in another order and mix: most keep their worker.
  const workerOfKey = (p: number[][], ks: readonly string[]) => {
    const map = new Map<string, number>();
    p.forEach((shard, w) => {
      for (const index of shard) map.set(ks[index] ?? '', w);
    });
    return map;
  };
  const otherKeys = Array.from({ length: 600 }, (_, i) => `key-${(i * 7) % 37}`).reverse();
  const before = workerOfKey(plan, keys);
  const afterwards = workerOfKey(planShards(otherKeys, 2), otherKeys);
  const kept = [...afterwards].filter(([key, w]) => before.get(key) === w).length;
  assert.ok(kept >= 33, `only ${kept} of 37 senders kept their worker`);
});

test('closing the pool mid-batch rejects the pending batch instead of hanging', async () => {
  const pool = createEnvelopeVerifier({ workers: 2 });
  const { items } = buildBatch();
  const outcome = assert.rejects(pool.verifyMany(items), /exited/);
  await pool.close();
  await outcome;
});
