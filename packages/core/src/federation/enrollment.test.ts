import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EnrollmentScope, IssueEnrollmentTokenInput } from './enrollment.ts';
import {
  checkEnrollment,
  DEFAULT_ENROLLMENT_TTL_MS,
  issueEnrollmentToken,
  redeemEnrollmentToken,
  revokeEnrollmentToken,
} from './enrollment.ts';
import { FederationRuleError } from './errors.ts';

const NOW = new Date('2025-06-01T08:00:00.000Z');
const later = (ms: number) => new Date(NOW.getTime() + ms);

function buildInput(overrides: Partial<IssueEnrollmentTokenInput> = {}): IssueEnrollmentTokenInput {
  return {
    id: 'tok-1',
    secretHash: 'ab'.repeat(32),
    scope: { kind: 'region', code: '320500' },
    issuedBy: 'admin@province-320000',
    now: NOW,
    ...overrides,
  };
}

test('a new token is unused and expires after its lifetime (72 h by default)', () => {
  const token = issueEnrollmentToken(buildInput());
  assert.equal(token.issuedAt, NOW.toISOString());
  assert.equal(token.expiresAt, later(DEFAULT_ENROLLMENT_TTL_MS).toISOString());
  assert.equal(token.usedAt, null);
  assert.deepEqual(checkEnrollment(token, later(DEFAULT_ENROLLMENT_TTL_MS - 1)), { ok: true });
  const expired = checkEnrollment(token, later(DEFAULT_ENROLLMENT_TTL_MS));
  assert.equal(!expired.ok && expired.code, 'FED_TOKEN_EXPIRED');
});

test('a token is one-time: the second redemption is refused', () => {
  const token = issueEnrollmentToken(buildInput());
  const first = redeemEnrollmentToken(token, later(1000), 'ent-91320500MA1XYZ1234');
  assert.ok(first.ok);
  assert.equal(first.token.usedBy, 'ent-91320500MA1XYZ1234');
  assert.equal(first.token.usedAt, later(1000).toISOString());
  const second = redeemEnrollmentToken(first.token, later(2000), 'someone-else');
  assert.equal(!second.ok && second.code, 'FED_TOKEN_USED');
});

test('a revoked token is refused, and revocation wins over used and expired', () => {
  const token = issueEnrollmentToken(buildInput());
  const revoked = revokeEnrollmentToken(token, later(10));
  const check = checkEnrollment(revoked, later(20));
  assert.equal(!check.ok && check.code, 'FED_TOKEN_REVOKED');
  assert.match(!check.ok ? check.message : '', /撤销 .* revoked/);
  assert.equal(revokeEnrollmentToken(revoked, later(99)).revokedAt, later(10).toISOString());
  const usedThenRevoked = { ...revoked, usedAt: later(5).toISOString() };
  const late = checkEnrollment(usedThenRevoked, later(DEFAULT_ENROLLMENT_TTL_MS * 2));
  assert.equal(!late.ok && late.code, 'FED_TOKEN_REVOKED');
  const usedAndExpired = { ...token, usedAt: later(5).toISOString() };
  const used = checkEnrollment(usedAndExpired, later(DEFAULT_ENROLLMENT_TTL_MS * 2));
  assert.equal(!used.ok && used.code, 'FED_TOKEN_USED');
  assert.equal(redeemEnrollmentToken(revoked, later(20), 'x').ok, false);
});

test('scopes: region, industry and enterprise codes must have their shape', () => {
  const good: EnrollmentScope[] = [
    { kind: 'region', code: '320000' },
    { kind: 'industry', code: 'C' },
    { kind: 'industry', code: 'C31' },
    { kind: 'industry', code: 'C3110' },
    { kind: 'enterprise', uscc: '91350100M000100Y43' },
  ];
  for (const scope of good) assert.doesNotThrow(() => issueEnrollmentToken(buildInput({ scope })));
  const bad: EnrollmentScope[] = [
    { kind: 'region', code: '32000' },
    { kind: 'region', code: '000000' },
    { kind: 'industry', code: 'Z31' },
    { kind: 'industry', code: 'C3' },
    { kind: 'industry', code: 'c31' },
    { kind: 'enterprise', uscc: '91350100M000100Y4' },
    { kind: 'enterprise', uscc: '91350100M000100YI3' },
  ];
  for (const scope of bad) {
    assert.throws(
      () => issueEnrollmentToken(buildInput({ scope })),
      (error: unknown) =>
        error instanceof FederationRuleError && error.code === 'FED_TOKEN_INVALID',
      JSON.stringify(scope),
    );
  }
});

test('lifetimes outside 1 minute – 30 days and an empty secret hash are refused', () => {
  for (const ttlMs of [0, 59_000, 31 * 24 * 3600 * 1000, Number.NaN]) {
    assert.throws(() => issueEnrollmentToken(buildInput({ ttlMs })), FederationRuleError);
  }
  assert.throws(() => issueEnrollmentToken(buildInput({ secretHash: '' })), FederationRuleError);
  const shortLived = issueEnrollmentToken(buildInput({ ttlMs: 60_000 }));
  assert.equal(shortLived.expiresAt, later(60_000).toISOString());
});
