import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isRiskTypeId, RISK_TYPES, riskReportDueAt, riskReportRouting } from './risk-reports.ts';

test('seven risk types in the guideline order, with both names', () => {
  assert.equal(RISK_TYPES.length, 7);
  assert.deepEqual(
    RISK_TYPES.map((type) => type.order),
    [1, 2, 3, 4, 5, 6, 7],
  );
  assert.equal(new Set(RISK_TYPES.map((type) => type.id)).size, 7);
  assert.equal(RISK_TYPES[0].name.zh, '数据泄露');
  assert.equal(RISK_TYPES[5].name.zh, '流量异常');
  assert.ok(isRiskTypeId('illegal-access'));
  assert.ok(!isRiskTypeId('ransomware'));
});

test('risks go to the province from 较大 and on to MIIT from 重大', () => {
  const route = (level: Parameters<typeof riskReportRouting>[0]) => {
    const { toProvince, toMinistry } = riskReportRouting(level);
    return [toProvince, toMinistry];
  };
  assert.deepEqual(route('general'), [false, false]);
  assert.deepEqual(route('relatively-major'), [true, false]);
  assert.deepEqual(route('major'), [true, true]);
  assert.deepEqual(route('especially-major'), [true, true]);
});

test('a reportable risk is due the set hours after it was found', () => {
  const foundAt = new Date('2025-05-01T08:00:00Z');
  assert.equal(riskReportDueAt('general', foundAt), undefined);
  assert.equal(riskReportDueAt('major', foundAt)?.toISOString(), '2025-05-02T08:00:00.000Z');
  assert.equal(
    riskReportDueAt('relatively-major', foundAt, { riskReportHours: 2 })?.toISOString(),
    '2025-05-01T10:00:00.000Z',
  );
});
