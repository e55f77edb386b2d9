/**
 * Delivery back-off of the outbox. A child retries until its parent acknowledges; after an
 * outage thousands of children retry at once, so the delay grows exponentially and carries
 * random jitter to spread them out. Randomness is injected to keep core pure and tests
 * deterministic.
 */

/** Back-off settings; every field has a default. */
export interface RetryPolicy {
  /** Delay of the first retry before jitter, ms (default 1 s). */
  baseMs?: number | undefined;
  /** Growth per attempt (default 2). */
  factor?: number | undefined;
  /** Upper bound of any delay, ms (default 5 min). */
  maxMs?: number | undefined;
}

/** The defaults of {@link RetryPolicy}. */
export const DEFAULT_RETRY_POLICY = { baseMs: 1000, factor: 2, maxMs: 5 * 60 * 1000 } as const;

/**
 * The wait before retry number `attempt` (1 for the first retry), in whole ms. "Equal
 * jitter": the ceiling is `min(maxMs, baseMs × factor^(attempt−1))` and the delay is
 * uniform in [ceiling/2, ceiling], so it never collapses to zero yet spreads a crowd of
 * retrying children over half the window. `random` returns values in [0, 1), like
 * Math.random. Attempts below 1 count as 1.
 *
 * @example
 * nextRetryDelay(1, () => 0.5); // 750
 * nextRetryDelay(30, Math.random); // between 150,000 and 300,000 (capped)
 */
export function nextRetryDelay(
  attempt: number,
  random: () => number,
  policy: RetryPolicy = {},
): number {
  const baseMs = policy.baseMs ?? DEFAULT_RETRY_POLICY.baseMs;
  const factor = policy.factor ?? DEFAULT_RETRY_POLICY.factor;
  const maxMs = policy.maxMs ?? DEFAULT_RETRY_POLICY.maxMs;
  const exponent = Math.max(0, Math.floor(Number.isFinite(attempt) ? attempt : 1) - 1);
  // Math.min first keeps huge attempts from overflowing to Infinity × 0 = NaN.
  const ceiling = Math.min(maxMs, baseMs * factor ** Math.min(exponent, 64));
  const unit = Math.min(Math.max(random(), 0), 1);
  return Math.round(ceiling / 2 + (ceiling / 2) * unit);
}
