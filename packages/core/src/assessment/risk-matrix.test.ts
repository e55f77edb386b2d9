import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AssessmentRuleError } from './errors.ts';
import { riskBandOf, riskDistribution, riskMatrix, scoreRisk } from './risk-matrix.ts';

test('score is likelihood × impact; bands change exactly at 5, 10 and 20', () => {
  assert.deepEqual(scoreRisk(1, 1), { likelihood: 1, impact: 1, score: 1, band: 'low' });
  assert.equal(scoreRisk(2, 2).band, 'low'); // 4
  assert.equal(scoreRisk(1, 5).band, 'medium'); // 5
  assert.equal(scoreRisk(3, 3).band, 'medium'); // 9
  assert.equal(scoreRisk(2, 5).band, 'high'); // 10
  assert.equal(scoreRisk(4, 4).band, 'high'); // 16
  assert.equal(scoreRisk(4, 5).band, 'critical'); // 20
  assert.equal(scoreRisk(5, 5).score, 25);
  assert.equal(riskBandOf(19), 'high');
});

test('the matrix is 5 × 5, symmetric, and its band never falls as either axis rises', () => {
  const matrix = riskMatrix();
  const order = ['low', 'medium', 'high', 'critical'];
  assert.equal(matrix.length, 5);
  for (let i = 0; i < 5; i += 1) {
    assert.equal(matrix[i]!.length, 5);
    for (let l = 0; l < 5; l += 1) {
      assert.equal(matrix[i]![l], matrix[l]![i]);
      if (l > 0) assert.ok(order.indexOf(matrix[i]![l]!) >= order.indexOf(matrix[i]![l - 1]!));
    }
  }
  assert.equal(matrix[4]![4], 'critical');
  assert.equal(matrix[0]![0], 'low');
});

test('band bounds are settings and must rise', () => {
  assert.equal(scoreRisk(3, 3, { highRiskMinScore: 9 }).band, 'high');
  assert.throws(
    () => scoreRisk(3, 3, { highRiskMinScore: 4 }),
    (error: unknown) =>
      error instanceof AssessmentRuleError && error.code === 'ASSESSMENT_SETTINGS_INVALID',
  );
});

test('values off the 1–5 scale are refused', () => {
  for (const [l, i] of [
    [0, 3],
    [6, 1],
    [2.5, 2],
    [3, Number.NaN],
  ] as const) {
    assert.throws(
      () => scoreRisk(l, i),
      (error: unknown) =>
        error instanceof AssessmentRuleError && error.code === 'ASSESSMENT_RISK_SCORE_INVALID',
      `${l} × ${i}`,
    );
  }
});

test('the distribution counts every band, zero included', () => {
  assert.deepEqual(riskDistribution([]), { low: 0, medium: 0, high: 0, critical: 0 });
  assert.deepEqual(
    riskDistribution([scoreRisk(1, 2), scoreRisk(5, 5), scoreRisk(4, 5), scoreRisk(3, 2)]),
    { low: 1, medium: 1, high: 0, critical: 2 },
  );
});
