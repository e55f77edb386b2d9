import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generateSm2KeyPair } from '../crypto/sm2.ts';
import { prepareDelivery, type ShapeVerdict } from './prepare-delivery.ts';
import { signEnvelope, signEnvelopes } from './sign-envelope.ts';
import { buildDraft } from './testing.ts';

const alice = generateSm2KeyPair();
const bob = generateSm2KeyPair();

/** A stand-in for the receiver's schema: an object with a string sender is an envelope. */
function validate(value: unknown): ShapeVerdict {
  if (typeof value !== 'object' || value === null) return 'malformed';
  const record = value as Record<string, unknown>;
  if (typeof record.sender !== 'string') return 'malformed';
  return record.type === 'filing.withdraw' ? 'payload-invalid' : 'ok';
}

test('a push signed once is one SM2 check per sender, whatever the key order of its JSON', () => {
  const mine = signEnvelopes(
    Array.from({ length: 5 }, () => buildDraft({ sender: 'ent-a' })),
    alice,
  );
  const theirs = signEnvelopes(
    Array.from({ length: 3 }, () => buildDraft({ sender: 'ent-b' })),
    bob,
  );
  // As parsed from the wire: the keys in reverse order, which the digest must not mind.
  const raw = [...mine, ...theirs].map((envelope) =>
    Object.fromEntries(Object.entries(JSON.parse(JSON.stringify(envelope)) as object).reverse()),
  );
  const prepared = prepareDelivery(raw, validate);
  assert.deepEqual(prepared.shapes, Array(8).fill('ok'));
  assert.equal(prepared.failures.size, 0);
  assert.deepEqual(
    prepared.tasks.map((task) => [task.signer, task.indexes]),
    [
      ['ent-a', [0, 1, 2, 3, 4]],
      ['ent-b', [5, 6, 7]],
    ],
  );
});

test('malformed envelopes get no check; a changed payload or a foreign proof fails before SM2', () => {
  const batch = signEnvelopes(
    Array.from({ length: 4 }, () => buildDraft({ sender: 'ent-a' })),
    alice,
  );
  const alone = signEnvelope(buildDraft({ sender: 'ent-a', type: 'filing.withdraw' }), alice);
  const [first, second, third, fourth] = batch;
  assert.ok(first && second && third && fourth);
  const raw: unknown[] = [
    first,
    'not an envelope',
    { ...second, payload: { changed: true } },
    { ...third, proof: { ...third.proof, index: 9 } },
    fourth,
    alone,
  ];
  const prepared = prepareDelivery(raw, validate);
  assert.deepEqual(prepared.shapes, ['ok', 'malformed', 'ok', 'ok', 'ok', 'payload-invalid']);
  assert.deepEqual(
    [...prepared.failures].sort(([a], [b]) => a - b),
    [
      [2, 'FED_BAD_DIGEST'],
      [3, 'FED_BAD_SIGNATURE'],
    ],
  );
  // The batch's two untouched envelopes share one check; the one signed alone has its own.
  assert.deepEqual(
    prepared.tasks.map((task) => task.indexes),
    [[5], [0, 4]],
  );
  assert.equal(prepared.tasks[0]?.text, alone.digest);
});
