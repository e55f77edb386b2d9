import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_RETRY_POLICY, nextRetryDelay } from './retry.ts';

test('the delay doubles per attempt and jitter spans the upper half of the window', () => {
  assert.deepEqual(
    [1, 2, 3, 4].map((attempt) => nextRetryDelay(attempt, () => 0)),
    [500, 1000, 2000, 4000],
  );
  assert.deepEqual(
    [1, 2, 3, 4].map((attempt) => nextRetryDelay(attempt, () => 0.999999)),
    [1000, 2000, 4000, 8000],
  );
  assert.equal(
    nextRetryDelay(1, () => 0.5),
    750,
  );
});

test('the delay is capped, also for absurd attempt numbers', () => {
  const max = DEFAULT_RETRY_POLICY.maxMs;
  for (const attempt of [20, 100, 10_000, Number.MAX_SAFE_INTEGER]) {
    const delay = nextRetryDelay(attempt, () => 0.999999);
    assert.ok(delay <= max && delay >= max / 2, `attempt ${attempt}: ${delay}`);
  }
  assert.equal(
    nextRetryDelay(10, () => 0.5, { baseMs: 100, factor: 3, maxMs: 2000 }),
    1500,
  );
});

test('nonsense inputs still give a delay inside the window', () => {
  assert.equal(
    nextRetryDelay(0, () => 0),
    500,
  );
  assert.equal(
    nextRetryDelay(-3, () => 0),
    500,
  );
  assert.equal(
    nextRetryDelay(Number.NaN, () => 0),
    500,
  );
  assert.equal(
    nextRetryDelay(1, () => 7),
    1000,
  );
  assert.equal(
    nextRetryDelay(1, () => -1),
    500,
  );
});

test('a crowd of retrying children is spread out, not synchronized', () => {
  let state = 42;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const delays = new Set(Array.from({ length: 100 }, () => nextRetryDelay(6, random)));
  assert.ok(delays.size > 90);
});
