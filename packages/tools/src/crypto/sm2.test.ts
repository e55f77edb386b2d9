import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sm2 as smCrypto } from 'sm-crypto-v2';
import {
  CryptoError,
  generateSm2KeyPair,
  isSm2PublicKey,
  sm2PublicKeyFromPrivateKey,
  sm2Sign,
  sm2Verify,
} from './index.ts';
import {
  digest,
  hexInt,
  multiply,
  signWithK,
  verify,
  za,
  type TextbookCurve,
} from './testing/sm2-textbook.ts';

// GB/T 32918.2 / GM/T 0003.2 Annex A example (test curve), as recorded in regulations.md §7.
const TEST_CURVE: TextbookCurve = {
  p: hexInt('8542D69E 4C044F18 E8B92435 BF6FF7DE 45728391 5C45517D 722EDB8B 08F1DFC3'),
  a: hexInt('787968B4 FA32C3FD 2417842E 73BBFEFF 2F3C848B 6831D7E0 EC65228B 3937E498'),
  b: hexInt('63E4C6D3 B23B0C84 9CF84241 484BFE48 F61D59A5 B16BA06E 6E12D1DA 27C5249A'),
  gx: hexInt('421DEBD6 1B62EAB6 746434EB C3CC315E 32220B3B ADD50BDC 4C4E6C14 7FEDD43D'),
  gy: hexInt('0680512B CBB42C07 D47349D2 153B70C4 E5D7FDFC BFA36EA1 A85841B9 E46E09A2'),
  n: hexInt('8542D69E 4C044F18 E8B92435 BF6FF7DD 29772063 0485628D 5AE74EE7 C32E79B7'),
};
const ANNEX_A = {
  message: 'message digest',
  userId: 'ALICE123@YAHOO.COM',
  dA: hexInt('128B2FA8 BD433C6C 068C8D80 3DFF7979 2A519A55 171B1B65 0C23661D 15897263'),
  pub: {
    x: hexInt('0AE4C779 8AA0F119 471BEE11 825BE462 02BB79E2 A5844495 E97C04FF 4DF2548A'),
    y: hexInt('7C0240F8 8F1CD4E1 6352A73C 17B7F16F 07353E53 A176D684 A9FE0C6B B798E857'),
  },
  za: 'F4A38489 E32B45B6 F876E3AC 2168CA39 2362DC8F 23459C1D 1146FC3D BFB7BC9A',
  e: hexInt('B524F552 CD82B8B0 28476E00 5C377FB1 9A87E6FC 682D48BB 5D42E3D9 B9EFFE76'),
  k: hexInt('6CB28D99 385C175C 94F94E93 4817663F C176D925 DD72B727 260DBAAE 1FB2F96F'),
  r: hexInt('40F1EC59 F793D9F4 9E09DCEF 49130D41 94F79FB1 EED2CAA5 5BACDB49 C4E755D1'),
  s: hexInt('6FC6DAC3 2C5D5CF1 0C77DFB2 0F7C2EB6 67A45787 2FB09EC5 6327A67E C7DEEBE7'),
};

// GB/T 32918.5 recommended curve, as recorded in regulations.md §7.
const SM2_CURVE: TextbookCurve = {
  p: hexInt('FFFFFFFE FFFFFFFF FFFFFFFF FFFFFFFF FFFFFFFF 00000000 FFFFFFFF FFFFFFFF'),
  a: hexInt('FFFFFFFE FFFFFFFF FFFFFFFF FFFFFFFF FFFFFFFF 00000000 FFFFFFFF FFFFFFFC'),
  b: hexInt('28E9FA9E 9D9F5E34 4D5A9E4B CF6509A7 F39789F5 15AB8F92 DDBCBD41 4D940E93'),
  n: hexInt('FFFFFFFE FFFFFFFF FFFFFFFF FFFFFFFF 7203DF6B 21C6052B 53BBF409 39D54123'),
  gx: hexInt('32C4AE2C 1F198119 5F990446 6A39C994 8FE30BBF F2660BE1 715A4589 334C74C7'),
  gy: hexInt('BC3736A2 F4F6779C 59BDCEE3 6B692153 D0A9877C C62A4740 02DF32E5 2139F0A0'),
};

function hex64(value: bigint): string {
  return value.toString(16).padStart(64, '0');
}

function pointOf(publicKey: string): { x: bigint; y: bigint } {
  return { x: BigInt(`0x${publicKey.slice(2, 66)}`), y: BigInt(`0x${publicKey.slice(66)}`) };
}

function parseSignature(signature: string): { r: bigint; s: bigint } {
  return { r: BigInt(`0x${signature.slice(0, 64)}`), s: BigInt(`0x${signature.slice(64)}`) };
}

test('Annex A: the published public key, ZA and e are reproduced', () => {
  assert.deepEqual(
    multiply(TEST_CURVE, ANNEX_A.dA, { x: TEST_CURVE.gx, y: TEST_CURVE.gy }),
    ANNEX_A.pub,
  );
  const zaHex = Buffer.from(za(TEST_CURVE, ANNEX_A.userId, ANNEX_A.pub)).toString('hex');
  assert.equal(zaHex, ANNEX_A.za.replace(/\s+/g, '').toLowerCase());
  assert.equal(digest(TEST_CURVE, ANNEX_A.userId, ANNEX_A.pub, ANNEX_A.message), ANNEX_A.e);
});

test('Annex A: the published signature verifies with the published public key', () => {
  const sig = { r: ANNEX_A.r, s: ANNEX_A.s };
  assert.equal(verify(TEST_CURVE, ANNEX_A.pub, ANNEX_A.userId, ANNEX_A.message, sig), true);
  assert.equal(verify(TEST_CURVE, ANNEX_A.pub, ANNEX_A.userId, 'message digesT', sig), false);
  assert.equal(verify(TEST_CURVE, ANNEX_A.pub, 'BOB', ANNEX_A.message, sig), false);
  assert.equal(
    verify(TEST_CURVE, ANNEX_A.pub, ANNEX_A.userId, ANNEX_A.message, { r: sig.r, s: sig.s + 1n }),
    false,
  );
});

test('Annex A: signing with the published k gives the published r and s', () => {
  const sig = signWithK(TEST_CURVE, ANNEX_A.dA, ANNEX_A.userId, ANNEX_A.message, ANNEX_A.k);
  assert.deepEqual(sig, { r: ANNEX_A.r, s: ANNEX_A.s });
});

test('sm2Sign follows the standard on the recommended curve (checked by the textbook verifier)', () => {
  const { publicKey, privateKey } = generateSm2KeyPair();
  assert.deepEqual(
    multiply(SM2_CURVE, BigInt(`0x${privateKey}`), { x: SM2_CURVE.gx, y: SM2_CURVE.gy }),
    pointOf(publicKey),
  );
  const defaultId = parseSignature(sm2Sign(privateKey, '报告 report'));
  assert.equal(
    verify(SM2_CURVE, pointOf(publicKey), '1234567812345678', '报告 report', defaultId),
    true,
  );
  const aliceId = parseSignature(sm2Sign(privateKey, '报告 report', { userId: ANNEX_A.userId }));
  assert.equal(verify(SM2_CURVE, pointOf(publicKey), ANNEX_A.userId, '报告 report', aliceId), true);
  assert.equal(
    verify(SM2_CURVE, pointOf(publicKey), '1234567812345678', '报告 report', aliceId),
    false,
  );
});

test('sm2Verify accepts a textbook signature on the recommended curve, and the same from sm-crypto-v2', () => {
  const { publicKey, privateKey } = generateSm2KeyPair();
  const d = BigInt(`0x${privateKey}`);
  const textbook = signWithK(
    SM2_CURVE,
    d,
    '1234567812345678',
    'checkpoint 42',
    0x1234567890abcdefn,
  );
  assert.equal(sm2Verify(publicKey, 'checkpoint 42', hex64(textbook.r) + hex64(textbook.s)), true);
  const theirs = smCrypto.doSignature('checkpoint 42', privateKey, {
    hash: true,
    userId: 'node-7',
  });
  assert.equal(sm2Verify(publicKey, 'checkpoint 42', theirs, { userId: 'node-7' }), true);
  const ours = sm2Sign(privateKey, 'checkpoint 42', { userId: 'node-7' });
  assert.equal(
    smCrypto.doVerifySignature('checkpoint 42', ours, publicKey, { hash: true, userId: 'node-7' }),
    true,
  );
});

test('sign/verify round trip; any change to message, key or user id fails', () => {
  const { publicKey, privateKey } = generateSm2KeyPair();
  const other = generateSm2KeyPair();
  const bytes = new TextEncoder().encode('{"filing":1}');
  const signature = sm2Sign(privateKey, bytes, { publicKey });
  assert.match(signature, /^[0-9a-f]{128}$/);
  assert.equal(sm2Verify(publicKey, bytes, signature), true);
  assert.equal(
    sm2Verify(publicKey, '{"filing":1}', signature),
    true,
    'a string is its UTF-8 bytes',
  );
  assert.equal(
    sm2Verify(publicKey, bytes, signature.toUpperCase()),
    true,
    'hex case does not matter',
  );
  assert.equal(sm2Verify(publicKey, '{"filing":2}', signature), false);
  assert.equal(sm2Verify(other.publicKey, bytes, signature), false);
  assert.equal(sm2Verify(publicKey, bytes, signature, { userId: 'someone else' }), false);
  assert.notEqual(sm2Sign(privateKey, bytes), signature, 'k is random');
});

test('sm2Verify returns false, never throws, for malformed signatures and keys', () => {
  const { publicKey, privateKey } = generateSm2KeyPair();
  const good = sm2Sign(privateKey, 'm');
  const n = hex64(SM2_CURVE.n);
  const malformed = [
    '',
    'zz',
    good.slice(0, 127),
    `${good}00`,
    `${'0'.repeat(64)}${good.slice(64)}`,
    `${good.slice(0, 64)}${n}`,
    `${n}${good.slice(64)}`,
    `30440220${good}`,
    `${good.slice(0, 127)}g`,
  ];
  for (const signature of malformed)
    assert.equal(sm2Verify(publicKey, 'm', signature), false, signature);
  assert.equal(sm2Verify(`04${'00'.repeat(64)}`, 'm', good), false);
  assert.equal(sm2Verify('not a key', 'm', good), false);
  assert.equal(sm2Verify(publicKey.slice(2), 'm', good), false, 'the 04 prefix is required');
  assert.equal(sm2Verify(publicKey, 'm', good, { userId: 'x'.repeat(8192) }), false);
  assert.equal(sm2Verify(publicKey, 'm', good), true);
});

test('keys: shapes, derivation, compressed public keys, and CRYPTO_BAD_KEY for bad private keys', () => {
  const { publicKey, privateKey } = generateSm2KeyPair();
  assert.match(publicKey, /^04[0-9a-f]{128}$/);
  assert.match(privateKey, /^[0-9a-f]{64}$/);
  assert.equal(sm2PublicKeyFromPrivateKey(privateKey), publicKey);
  assert.equal(isSm2PublicKey(publicKey), true);
  const compressed = smCrypto.compressPublicKeyHex(publicKey);
  assert.equal(isSm2PublicKey(compressed), true);
  assert.equal(sm2Verify(compressed, 'm', sm2Sign(privateKey, 'm')), true);
  assert.equal(isSm2PublicKey(`04${'11'.repeat(64)}`), false);
  const bad = (e: unknown) => e instanceof CryptoError && e.code === 'CRYPTO_BAD_KEY';
  for (const key of [
    '',
    '0'.repeat(64),
    hex64(SM2_CURVE.n - 1n),
    privateKey.slice(1),
    `${privateKey.slice(1)}x`,
  ]) {
    assert.throws(() => sm2Sign(key, 'm'), bad, key);
  }
  assert.throws(() => sm2Sign(privateKey, 'm', { publicKey: 'nope' }), bad);
  assert.throws(
    () => sm2Sign(privateKey, 'm', { userId: 'x'.repeat(8192) }),
    (e: unknown) => e instanceof CryptoError && e.code === 'CRYPTO_MALFORMED',
  );
});
