import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { sm2 } from 'sm-crypto-v2';
import { generateSm2KeyPair } from '../crypto/sm2.ts';
import {
  envelopeDigest,
  envelopeSigningInput,
  signEnvelope,
  verifyEnvelope,
} from './sign-envelope.ts';
import { buildDraft } from './testing.ts';

const alice = generateSm2KeyPair();
const mallory = generateSm2KeyPair();

test('a signed envelope verifies under the sender’s key', () => {
  const envelope = signEnvelope(buildDraft(), alice);
  assert.match(envelope.digest, /^[0-9a-f]{64}$/);
  assert.match(envelope.signature, /^[0-9a-f]{128}$/);
  assert.deepEqual(verifyEnvelope(envelope, alice.publicKey), { ok: true });
});

test('changing any signed field breaks the digest', () => {
  const envelope = signEnvelope(buildDraft(), alice);
  const tampered = [
    { ...envelope, payload: { ...(envelope.payload as object), enterprise: '别的公司' } },
    { ...envelope, sender: 'ent-other' },
    { ...envelope, receiver: 'province-330000' },
    { ...envelope, seq: envelope.seq + 1 },
    { ...envelope, sentAt: '2025-06-01T08:00:01.000Z' },
    { ...envelope, type: 'filing.withdraw' as const },
    { ...envelope, id: '00000000-0000-4000-8000-ffffffffffff' },
    { ...envelope, chunk: { index: 0, count: 1, groupId: '0b7c1e52-3f0a-4a44-9e55-6f3c2d1a9b10' } },
  ];
  for (const envelopeCopy of tampered) {
    assert.deepEqual(verifyEnvelope(envelopeCopy, alice.publicKey), {
      ok: false,
      code: 'FED_BAD_DIGEST',
    });
  }
});

test('a digest recomputed after tampering does not match the signature', () => {
  const envelope = signEnvelope(buildDraft(), alice);
  const forged = { ...envelope, seq: 999 };
  forged.digest = envelopeDigest(forged);
  assert.deepEqual(verifyEnvelope(forged, alice.publicKey), {
    ok: false,
    code: 'FED_BAD_SIGNATURE',
  });
});

test('a signature by another key fails, and so does checking with another key', () => {
  const byMallory = signEnvelope(buildDraft(), mallory);
  assert.deepEqual(verifyEnvelope(byMallory, alice.publicKey), {
    ok: false,
    code: 'FED_BAD_SIGNATURE',
  });
  const byAlice = signEnvelope(buildDraft(), alice);
  assert.deepEqual(verifyEnvelope(byAlice, mallory.publicKey), {
    ok: false,
    code: 'FED_BAD_SIGNATURE',
  });
  // Alice's signature pasted onto Mallory's envelope.
  const swapped = { ...byMallory, signature: byAlice.signature };
  assert.deepEqual(verifyEnvelope(swapped, mallory.publicKey), {
    ok: false,
    code: 'FED_BAD_SIGNATURE',
  });
});

test('malformed signatures, keys and digests are verdicts, never exceptions', () => {
  const envelope = signEnvelope(buildDraft(), alice);
  const bad = { ok: false, code: 'FED_BAD_SIGNATURE' };
  assert.deepEqual(verifyEnvelope({ ...envelope, signature: 'zz' }, alice.publicKey), bad);
  assert.deepEqual(
    verifyEnvelope({ ...envelope, signature: '0'.repeat(128) }, alice.publicKey),
    bad,
  );
  assert.deepEqual(verifyEnvelope(envelope, 'not a key'), bad);
  assert.deepEqual(verifyEnvelope(envelope, `04${'00'.repeat(64)}`), bad);
  const upper = { ...envelope, digest: envelope.digest.toUpperCase() };
  assert.equal(verifyEnvelope(upper, alice.publicKey).ok, false);
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  assert.deepEqual(verifyEnvelope({ ...envelope, payload: cyclic }, alice.publicKey), {
    ok: false,
    code: 'FED_BAD_DIGEST',
  });
});

test('re-signing a retried envelope replaces digest and signature', () => {
  const first = signEnvelope(buildDraft(), alice);
  const retry = signEnvelope({ ...first, sentAt: '2025-06-01T09:30:00.000Z' }, alice);
  assert.equal(retry.id, first.id);
  assert.equal(retry.seq, first.seq);
  assert.notEqual(retry.digest, first.digest);
  assert.deepEqual(verifyEnvelope(retry, alice.publicKey), { ok: true });
});

test('the signing input is the documented canonical JSON (pinned)', () => {
  const draft = buildDraft({
    id: '11111111-2222-4333-8444-555555555555',
    seq: 42,
    payload: { 说明: '数据', b: [1, 2.5, null], a: true },
  });
  const expected =
    '{"id":"11111111-2222-4333-8444-555555555555","payload":{"a":true,"b":[1,2.5,null],"说明":"数据"},' +
    '"receiver":"province-320000","sender":"ent-91320500MA1XYZ1234","sentAt":"2025-06-01T08:00:00.000Z",' +
    '"seq":42,"type":"filing.submit","v":1}';
  assert.equal(envelopeSigningInput(draft), expected);
  const envelope = signEnvelope(draft, alice);
  assert.equal(envelopeSigningInput(envelope), expected);
  assert.equal(envelope.digest, createHash('sm3').update(expected, 'utf8').digest('hex'));
});

test('interoperability: sm-crypto-v2 verifies the signature over the digest text, default user id', () => {
  const envelope = signEnvelope(buildDraft({ payload: { 企业: '某钢铁集团', rows: 3 } }), alice);
  // hash: true → e = SM3(ZA ‖ UTF-8(message)); with no userId sm-crypto-v2 uses 1234567812345678.
  assert.equal(
    sm2.doVerifySignature(envelope.digest, envelope.signature, alice.publicKey, { hash: true }),
    true,
  );
  assert.equal(
    sm2.doVerifySignature(envelope.digest, envelope.signature, alice.publicKey, {
      hash: true,
      userId: '1234567812345678',
    }),
    true,
  );
  // Not the raw 32 digest bytes, and not another user id.
  const rawDigest = Uint8Array.from(Buffer.from(envelope.digest, 'hex'));
  assert.equal(
    sm2.doVerifySignature(rawDigest, envelope.signature, alice.publicKey, { hash: true }),
    false,
  );
  assert.equal(
    sm2.doVerifySignature(envelope.digest, envelope.signature, alice.publicKey, {
      hash: true,
      userId: 'node',
    }),
    false,
  );
  // And the other way: an envelope signed by sm-crypto-v2 verifies here.
  const { digest: _d, signature: _s, ...draft } = envelope;
  const digest = envelopeDigest(draft);
  const foreign = {
    ...draft,
    digest,
    signature: sm2.doSignature(digest, alice.privateKey, { hash: true }),
  };
  assert.deepEqual(verifyEnvelope(foreign, alice.publicKey), { ok: true });
});

test('the test vector in docs/federation.md verifies here and with sm-crypto-v2', () => {
  // A throw-away key published as a test vector; never use it for anything else.
  const publicKey =
    '042e41e09477e032e6951a490da3e44cbbcecaeeb81007adf777b56ce51295677b6d60c5037251f8e439c8d5ce69cbe58bba5544c6af84e2c41f106a789cf243f0';
  const envelope = {
    v: 1 as const,
    id: '11111111-2222-4333-8444-555555555555',
    sender: 'ent-91320500MA1XYZ1234',
    receiver: 'province-320000',
    type: 'node.heartbeat' as const,
    seq: 1,
    sentAt: '2025-06-01T08:00:00.000Z',
    payload: { softwareVersion: '0.1.0', backlog: 0, rulePacks: { general: '2026.1' } },
    digest: 'f613e3a02a5531a6d04156f2510863e860befb342b23c6e8517a358956331b49',
    signature:
      '2fcfc0fe9cec6cb6f22fb590898313a8c941fa0e698190fa63b12e2eee05be8e' +
      '9061dd3ba4810f8df3aa4c330d7e0aee18b30c758aa8202c809e33857863b38e',
  };
  const input =
    '{"id":"11111111-2222-4333-8444-555555555555","payload":{"backlog":0,"rulePacks":{"general":"2026.1"},' +
    '"softwareVersion":"0.1.0"},"receiver":"province-320000","sender":"ent-91320500MA1XYZ1234",' +
    '"sentAt":"2025-06-01T08:00:00.000Z","seq":1,"type":"node.heartbeat","v":1}';
  assert.equal(envelopeSigningInput(envelope), input);
  assert.equal(createHash('sm3').update(input).digest('hex'), envelope.digest);
  assert.deepEqual(verifyEnvelope(envelope, publicKey), { ok: true });
  assert.equal(
    sm2.doVerifySignature(envelope.digest, envelope.signature, publicKey, { hash: true }),
    true,
  );
});
