import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_ROLLUP_OVERDUE_REFILINGS, RollupReportPayloadSchema } from '@shuan/contracts';
import type { RefilingRollupSourceRow } from '@shuan/db';
import {
  computeRefilingRollup,
  refilingRollupStatus,
  refilingTotals,
} from './compute-refiling-rollup.ts';

const row = (over: Partial<RefilingRollupSourceRow>): RefilingRollupSourceRow => ({
  uscc: '91350100MA2Y4B7C14',
  name: '某钢铁集团',
  regionCode: '350100',
  industryCode: 'C31',
  registryIndustry: null,
  registryRegion: null,
  changedAt: new Date('2026-01-05T02:00:00Z'),
  refileBy: '2026-04-07',
  state: 'open',
  refiledAt: null,
  ...over,
});

test('an open re-filing is pending through its last day and overdue the day after', () => {
  const open = row({ refileBy: '2026-04-07' });
  assert.equal(refilingRollupStatus(open, new Date('2026-04-07T15:00:00Z')), 'pending'); // 23:00 CST
  assert.equal(refilingRollupStatus(open, new Date('2026-04-07T16:30:00Z')), 'overdue'); // 04-08 CST
});

test('an answered re-filing is on time when the filing arrived by the last day (China day)', () => {
  const refiled = (at: string) => row({ state: 'refiled', refiledAt: new Date(at) });
  const later = new Date('2027-01-01');
  assert.equal(refilingRollupStatus(refiled('2026-04-07T15:59:00Z'), later), 'refiled-on-time');
  assert.equal(refilingRollupStatus(refiled('2026-04-07T16:01:00Z'), later), 'refiled-late');
});

test('counts by industry and status; the overdue ones listed, earliest last day first', () => {
  const asOf = new Date('2026-05-01T00:00:00Z');
  const refilings = computeRefilingRollup(
    [
      row({ uscc: '91350100MA2Y4B7C14', refileBy: '2026-04-20' }),
      row({ uscc: '91320500MA2Y4B7C14', refileBy: '2026-03-02', registryIndustry: '36' }),
      row({ uscc: '91110000MA0000001X', refileBy: '2026-06-01' }),
      row({ state: 'refiled', refiledAt: new Date('2026-03-01T02:00:00Z') }),
    ],
    asOf,
  );
  assert.deepEqual(refilings.counts, [
    { industry: 'C31', status: 'overdue', count: 1 },
    { industry: 'C31', status: 'pending', count: 1 },
    { industry: 'C31', status: 'refiled-on-time', count: 1 },
    { industry: 'C36', status: 'overdue', count: 1 },
  ]);
  assert.deepEqual(
    refilings.overdue.map((item) => [
      item.enterprise.uscc,
      item.enterprise.industry,
      item.refileBy,
    ]),
    [
      ['91320500MA2Y4B7C14', 'C36', '2026-03-02'],
      ['91350100MA2Y4B7C14', 'C31', '2026-04-20'],
    ],
  );
  assert.deepEqual(refilingTotals(refilings.counts), {
    pending: 1,
    overdue: 2,
    refiledOnTime: 1,
    refiledLate: 0,
  });
  // The section fits the message schema.
  const payload = { region: '320000', asOf: asOf.toISOString(), enterprises: 3, counts: [] };
  assert.equal(RollupReportPayloadSchema.safeParse({ ...payload, refilings }).success, true);
});

test('the overdue list is capped; the counts keep the full number', () => {
  const many = Array.from({ length: MAX_ROLLUP_OVERDUE_REFILINGS + 5 }, (_, i) =>
    row({ refileBy: '2026-01-02', uscc: `9135010000000${String(i).padStart(5, '0')}` }),
  );
  const refilings = computeRefilingRollup(many, new Date('2026-05-01T00:00:00Z'));
  assert.equal(refilings.overdue.length, MAX_ROLLUP_OVERDUE_REFILINGS);
  assert.equal(refilings.counts[0]?.count, MAX_ROLLUP_OVERDUE_REFILINGS + 5);
});

test('a rollup without re-filings (an older province) is still a valid report', () => {
  const old = { region: '320000', asOf: '2026-05-01T00:00:00.000Z', enterprises: 1, counts: [] };
  assert.equal(RollupReportPayloadSchema.safeParse(old).success, true);
  const wrong = { ...old, refilings: { counts: [{ industry: 'C31', status: 'late', count: 1 }] } };
  assert.equal(RollupReportPayloadSchema.safeParse(wrong).success, false);
});
