/**
 * Enrollment tokens: how a parent admits a child node. The parent admin issues a one-time,
 * expiring token bound to a scope (a region, an industry, or one enterprise); the child
 * presents it once with its public key, and both sides then know each other's key. The
 * token's secret is random and only its hash is kept: the server makes the secret and hashes
 * it (SM3 from `@shuan/tools`), core keeps the rules.
 */
import { FederationRuleError } from './errors.ts';
import type { FederationErrorCode } from './errors.ts';
import { FEDERATION_ERROR_MESSAGES } from './errors.ts';

/**
 * What the enrolled child may speak for. `region`: a GB/T 2260 administrative division code
 * (6 digits, e.g. `320000` 江苏省). `industry`: a GB/T 4754 national economic industry code
 * (a section letter A–T, optionally with a 2-, 3- or 4-digit class, e.g. `C31`). `enterprise`:
 * one enterprise by its unified social credit code (18 characters; the shape is checked
 * here, the check digit by `isUscc` of `@shuan/tools` in the caller).
 */
export type EnrollmentScope =
  | { kind: 'region'; code: string }
  | { kind: 'industry'; code: string }
  | { kind: 'enterprise'; uscc: string };

/** An issued token as the parent stores it. Times are ISO strings. */
export interface EnrollmentToken {
  id: string;
  /** Hash of the secret handed to the child's admin; the secret itself is never stored. */
  secretHash: string;
  scope: EnrollmentScope;
  issuedBy: string;
  issuedAt: string;
  expiresAt: string;
  usedAt: string | null;
  /** The node id that redeemed the token. */
  usedBy: string | null;
  revokedAt: string | null;
}

/** Default lifetime of a token: 72 hours, long enough to reach the child's admin. */
export const DEFAULT_ENROLLMENT_TTL_MS = 72 * 60 * 60 * 1000;

/** Longest lifetime allowed: 30 days. A forgotten token should not stay valid for long. */
export const MAX_ENROLLMENT_TTL_MS = 30 * 24 * 60 * 60 * 1000;

const MIN_ENROLLMENT_TTL_MS = 60 * 1000;

/** The shape each scope kind must have. */
const SCOPE_PATTERNS = {
  region: /^\d{6}$/,
  industry: /^[A-T](\d{2,4})?$/,
  enterprise: /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/,
} as const satisfies Record<EnrollmentScope['kind'], RegExp>;

/** True when the scope's code has the shape its kind requires. */
export function isEnrollmentScope(scope: EnrollmentScope): boolean {
  switch (scope.kind) {
    case 'region':
      return SCOPE_PATTERNS.region.test(scope.code) && scope.code !== '000000';
    case 'industry':
      return SCOPE_PATTERNS.industry.test(scope.code);
    case 'enterprise':
      return SCOPE_PATTERNS.enterprise.test(scope.uscc);
  }
}

/** Input of {@link issueEnrollmentToken}; the caller supplies the id, hash and clock. */
export interface IssueEnrollmentTokenInput {
  id: string;
  secretHash: string;
  scope: EnrollmentScope;
  issuedBy: string;
  now: Date;
  /** Lifetime in ms, 1 minute to 30 days; default 72 hours. */
  ttlMs?: number | undefined;
}

/**
 * A new, unused token. Throws FederationRuleError `FED_TOKEN_INVALID` for a malformed scope,
 * an empty secret hash, or a lifetime outside 1 minute – 30 days.
 *
 * @example
 * const token = issueEnrollmentToken({ id, secretHash: sm3(secret), scope: { kind: 'region', code: '320000' }, issuedBy, now });
 */
export function issueEnrollmentToken(input: IssueEnrollmentTokenInput): EnrollmentToken {
  const ttlMs = input.ttlMs ?? DEFAULT_ENROLLMENT_TTL_MS;
  if (!isEnrollmentScope(input.scope)) {
    throw new FederationRuleError(
      'FED_TOKEN_INVALID',
      '接入范围格式不正确 / the enrollment scope is malformed',
    );
  }
  if (!Number.isFinite(ttlMs) || ttlMs < MIN_ENROLLMENT_TTL_MS || ttlMs > MAX_ENROLLMENT_TTL_MS) {
    throw new FederationRuleError(
      'FED_TOKEN_INVALID',
      '令牌有效期须在 1 分钟到 30 天之间 / token lifetime must be between 1 minute and 30 days',
    );
  }
  if (input.secretHash.length === 0) throw new FederationRuleError('FED_TOKEN_INVALID');
  return {
    id: input.id,
    secretHash: input.secretHash,
    scope: input.scope,
    issuedBy: input.issuedBy,
    issuedAt: input.now.toISOString(),
    expiresAt: new Date(input.now.getTime() + ttlMs).toISOString(),
    usedAt: null,
    usedBy: null,
    revokedAt: null,
  };
}

/** Codes {@link checkEnrollment} refuses with. */
export type EnrollmentRefusalCode = Extract<
  FederationErrorCode,
  'FED_TOKEN_REVOKED' | 'FED_TOKEN_USED' | 'FED_TOKEN_EXPIRED'
>;

/** Whether a token can still be redeemed. */
export type EnrollmentCheck =
  { ok: true } | { ok: false; code: EnrollmentRefusalCode; message: string };

/**
 * Whether `token` can be redeemed at `now`. Revoked wins over used, used over expired, so a
 * child's admin learns the most useful reason. A token is expired from `expiresAt` on.
 *
 * @example
 * const check = checkEnrollment(token, new Date());
 * if (!check.ok) reply(403, check.code);
 */
export function checkEnrollment(token: EnrollmentToken, now: Date): EnrollmentCheck {
  const code: EnrollmentRefusalCode | undefined =
    token.revokedAt !== null
      ? 'FED_TOKEN_REVOKED'
      : token.usedAt !== null
        ? 'FED_TOKEN_USED'
        : now.getTime() >= Date.parse(token.expiresAt)
          ? 'FED_TOKEN_EXPIRED'
          : undefined;
  return code === undefined
    ? { ok: true }
    : { ok: false, code, message: FEDERATION_ERROR_MESSAGES[code] };
}

/**
 * Redeems `token` for the child `nodeId`: the token as it must be stored (used), or the
 * refusal of {@link checkEnrollment}. Store it with a conditional update (`used_at IS NULL`)
 * so two children racing with one token cannot both win.
 *
 * @example
 * const result = redeemEnrollmentToken(token, now, childNodeId);
 */
export function redeemEnrollmentToken(
  token: EnrollmentToken,
  now: Date,
  nodeId: string,
): { ok: true; token: EnrollmentToken } | Extract<EnrollmentCheck, { ok: false }> {
  const check = checkEnrollment(token, now);
  if (!check.ok) return check;
  return { ok: true, token: { ...token, usedAt: now.toISOString(), usedBy: nodeId } };
}

/**
 * The token revoked at `now`. Revoking twice keeps the first time. Revoking a used token
 * does not undo the enrollment: suspend the child for that.
 */
export function revokeEnrollmentToken(token: EnrollmentToken, now: Date): EnrollmentToken {
  return token.revokedAt !== null ? token : { ...token, revokedAt: now.toISOString() };
}
