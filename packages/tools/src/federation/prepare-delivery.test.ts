import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FederationEnvelope } from '@shuan/core';
import { generateSm2KeyPair } from '../crypto/sm2.ts';
import {
  CHECK_BAD_DIGEST,
  CHECK_BAD_SIGNATURE,
  CHECK_OK,
  checkItems,
  checkUnits,
  type CheckItem,
} from './delivery-check.ts';
import { prepareDelivery, type ShapeVerdict } from './prepare-delivery.ts';
import { envelopeSigningInput, signEnvelope, signEnvelopes } from './sign-envelope.ts';
import { buildDraft } from './testing.ts';
import { packItems, unpackItems } from './verifier-protocol.ts';

const alice = generateSm2KeyPair();
const bob = generateSm2KeyPair();

/** A stand-in for the receiver's schema: an object with a string sender is an envelope. */
function validate(value: unknown): ShapeVerdict {
  if (typeof value !== 'object' || value === null) return 'malformed';
  const record = value as Record<string, unknown>;
  if (typeof record.sender !== 'string') return 'malformed';
  return record.type === 'filing.withdraw' ? 'payload-invalid' : 'ok';
}

function itemOf(envelope: FederationEnvelope, publicKey: string, text?: string): CheckItem {
  return {
    text: text ?? envelopeSigningInput(envelope),
    digest: envelope.digest,
    signature: envelope.signature,
    proof: envelope.proof,
    publicKey,
  };
}

test('prepare: shapes by the receiver schema, and the signing input whatever the JSON key order', () => {
  const [envelope] = signEnvelopes([buildDraft(), buildDraft()], alice);
  assert.ok(envelope);
  // As parsed from the wire: the keys in reverse order, which the signing input must not mind.
  const reversed = Object.fromEntries(
    Object.entries(JSON.parse(JSON.stringify(envelope)) as object).reverse(),
  );
  const withdrawal = signEnvelope(buildDraft({ type: 'filing.withdraw' }), alice);
  const prepared = prepareDelivery([reversed, 'not an envelope', withdrawal], validate);
  assert.deepEqual(prepared.shapes, ['ok', 'malformed', 'payload-invalid']);
  assert.equal(prepared.texts[0], envelopeSigningInput(envelope));
  assert.equal(prepared.texts[1], undefined);
  assert.equal(prepared.texts[2], envelopeSigningInput(withdrawal));
});

test('check: a batch signed once passes whole; a changed payload, a foreign proof or key fails', () => {
  const batch = signEnvelopes(
    Array.from({ length: 5 }, () => buildDraft()),
    alice,
  );
  const [first, second, third, fourth, fifth] = batch;
  assert.ok(first && second && third && fourth && fifth);
  const alone = signEnvelope(buildDraft(), bob);
  const items = [
    itemOf(first, alice.publicKey),
    itemOf({ ...second, payload: { changed: true } }, alice.publicKey),
    itemOf(
      { ...third, proof: { ...third.proof, index: 9 } } as FederationEnvelope,
      alice.publicKey,
    ),
    { ...itemOf(fourth, alice.publicKey), text: undefined },
    itemOf(fifth, alice.publicKey),
    itemOf(alone, bob.publicKey),
    itemOf(alone, alice.publicKey),
  ];
  assert.deepEqual(
    [...checkItems(items)],
    [
      CHECK_OK,
      CHECK_BAD_DIGEST,
      CHECK_BAD_SIGNATURE,
      CHECK_BAD_DIGEST,
      CHECK_OK,
      CHECK_OK,
      CHECK_BAD_SIGNATURE,
    ],
  );
  // The units a verifier thread must check together: the batch under one key, then each alone.
  assert.deepEqual(checkUnits(items), [[0, 1, 2, 3, 4], [5], [6]]);
});

test('a job packed for a verifier thread unpacks to the same items', () => {
  const batch = signEnvelopes([buildDraft(), buildDraft(), buildDraft()], alice);
  const alone = signEnvelope(buildDraft(), bob);
  const items = [
    ...batch.map((envelope) => itemOf(envelope, alice.publicKey)),
    { ...itemOf(alone, bob.publicKey), text: undefined },
    { ...itemOf(alone, bob.publicKey), text: '' },
  ];
  const decoder = new TextDecoder();
  const unpacked = unpackItems({ jobId: 1, ...packItems(items) }).map((item) => ({
    ...item,
    text: item.text instanceof Uint8Array ? decoder.decode(item.text) : item.text,
  }));
  assert.deepEqual(unpacked, items);
});
