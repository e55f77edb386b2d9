import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RollupSourceRow } from '@shuan/db';
import {
  computeRollup,
  filingLevel,
  industryOf,
  provinceRegion,
  rollupStatus,
} from './compute-rollup.ts';
import { buildNationalOverview } from '../national/national-overview.ts';

const row = (over: Partial<RollupSourceRow> & { level?: string }): RollupSourceRow => ({
  uscc: over.uscc ?? '91350100MA2Y4B7C14',
  state: over.state ?? 'received',
  receivedAt: over.receivedAt ?? new Date('2026-03-02T02:00:00Z'),
  payload: over.payload ?? {
    enterprise: { region: '350100', industry: 'C31' },
    items: [{ level: over.level ?? 'important' }],
  },
  registryIndustry: over.registryIndustry ?? null,
  registryRegion: over.registryRegion ?? null,
});

test('a filing is graded by its highest item, and a change filing by what it adds or changes', () => {
  assert.equal(filingLevel({ items: [{ level: 'general' }, { level: 'core' }] }), 'core');
  assert.equal(filingLevel({ added: [], changed: [{ level: 'important' }] }), 'important');
  assert.equal(filingLevel({ items: [] }), 'general');
});

test('an unreviewed filing is overdue after 20 working days (Measures Art. 12)', () => {
  const received = new Date('2026-03-02T02:00:00Z'); // Monday; due 2026-03-30
  assert.equal(rollupStatus('received', received, new Date('2026-03-30T08:00:00Z')), 'submitted');
  assert.equal(rollupStatus('received', received, new Date('2026-03-31T08:00:00Z')), 'overdue');
  assert.equal(rollupStatus('accepted', received, new Date('2027-01-01')), 'accepted');
  assert.equal(rollupStatus('returned', received, new Date('2027-01-01')), 'returned');
});

test('industry codes carry their section; the registry wins over the filing', () => {
  assert.equal(industryOf('31', 'C36'), 'C31');
  assert.equal(industryOf(null, 'c36'), 'C36');
  assert.equal(industryOf(null, 'C3611'), 'C36');
});

test('counts group filings by industry, region, level and status', () => {
  const rollup = computeRollup({
    region: '320000',
    asOf: new Date('2026-03-10T00:00:00Z'),
    enterprises: 5,
    rows: [
      row({ uscc: 'A', registryIndustry: '31', registryRegion: '320500' }),
      row({ uscc: 'B', registryIndustry: '31', registryRegion: '320500' }),
      row({ uscc: 'C', state: 'accepted', level: 'core' }),
    ],
  });
  assert.deepEqual(rollup.counts, [
    { industry: 'C31', region: '320500', level: 'important', status: 'submitted', count: 2 },
    { industry: 'C31', region: '350100', level: 'core', status: 'accepted', count: 1 },
  ]);
  assert.equal(rollup.enterprises, 5);
  assert.equal(provinceRegion(['320500', '320100', '350100'], []), '320000');
  assert.equal(provinceRegion([], []), '000000');
});

test('the national view lists provinces behind first: no rollup, stale, or overdue reviews', () => {
  const now = new Date('2026-03-20T00:00:00Z');
  const peer = (nodeId: string, code: string) => ({
    nodeId,
    relation: 'child' as const,
    publicKey: 'k',
    url: null,
    status: 'active' as const,
    scope: { kind: 'region' as const, code },
    tokenId: null,
    enrolledAt: now,
    lastContactAt: now,
    backlog: 0,
    softwareVersion: '0.1.0',
    rulePacks: { general: '2026.1' },
  });
  const rollup = (sender: string, asOf: string) => ({
    sender,
    envelopeId: 'e',
    seq: 1,
    region: '000000',
    asOf: new Date(asOf),
    enterprises: 2,
    receivedAt: now,
  });
  // Each rollup holds one count { industry C31, level core, status, 2 }, summed per dimension.
  const counts = (sender: string, status: 'submitted' | 'overdue') => [
    { sender, dim: 'status', key: status, count: 2 },
    { sender, dim: 'level', key: 'core', count: 2 },
    { sender, dim: 'industry', key: 'C31', count: 2 },
    { sender, dim: 'province', key: '320000', count: 2 },
  ];
  const view = buildNationalOverview({
    peers: [
      peer('p-32', '320000'),
      peer('p-44', '440000'),
      peer('p-11', '110000'),
      peer('p-33', '330000'),
    ],
    rollups: [
      rollup('p-32', '2026-03-19T00:00:00Z'),
      rollup('p-11', '2026-03-01T00:00:00Z'),
      rollup('p-33', '2026-03-19T00:00:00Z'),
    ],
    counts: [
      ...counts('p-32', 'submitted'),
      ...counts('p-11', 'submitted'),
      ...counts('p-33', 'overdue'),
      // A sender that is not a child peer counts nowhere.
      ...counts('p-99', 'submitted'),
    ],
    // Industries come summed over the child peers' rollups (in SQL).
    industries: [{ key: 'C31', count: 6 }],
    // Re-filings: p-32 reports them, p-11's rollup predates them, p-99 is no child peer.
    refilings: [
      {
        sender: 'p-32',
        counts: [
          { industry: 'C31', status: 'overdue', count: 1 },
          { industry: 'C31', status: 'pending', count: 2 },
          { industry: 'C36', status: 'refiled-on-time', count: 3 },
        ],
      },
      { sender: 'p-99', counts: [{ industry: 'C31', status: 'overdue', count: 9 }] },
    ],
    rulePacks: { general: '2026.2' },
    staleDays: 7,
    now,
  });
  assert.deepEqual(
    view.provinces.map((p) => [p.nodeId, p.region, p.reasons]),
    [
      ['p-11', '110000', ['stale-rollup']],
      ['p-33', '330000', ['overdue-reviews']],
      ['p-44', '440000', ['no-rollup']],
      ['p-32', '320000', []],
    ],
  );
  assert.deepEqual(view.totals, {
    provinces: 4,
    reporting: 3,
    behind: 3,
    enterprises: 6,
    filings: 6,
  });
  assert.deepEqual(
    view.byIndustry.map((i) => [i.code, i.filings]),
    [['C31', 6]],
  );
  assert.deepEqual(view.byStatus, { submitted: 4, accepted: 0, returned: 0, overdue: 2 });
  assert.deepEqual(view.byLevel, { general: 0, important: 0, core: 6 });
  assert.deepEqual(view.provinces[0]?.packsBehind, ['general']);
  // Overdue re-filings are the enterprises' lateness: p-32 stays on track.
  assert.deepEqual(
    view.provinces.map((p) => [p.nodeId, p.refilings]),
    [
      ['p-11', null],
      ['p-33', null],
      ['p-44', null],
      ['p-32', { pending: 2, overdue: 1, refiledOnTime: 3, refiledLate: 0 }],
    ],
  );
  assert.deepEqual(view.refilings.totals, {
    pending: 2,
    overdue: 1,
    refiledOnTime: 3,
    refiledLate: 0,
  });
  assert.equal(view.refilings.reporting, 1);
  assert.deepEqual(
    view.refilings.byIndustry.map((i) => [i.code, i.name, i.overdue, i.pending, i.refiledOnTime]),
    [
      ['C31', '黑色金属冶炼和压延加工业', 1, 2, 0],
      ['C36', '汽车制造业', 0, 0, 3],
    ],
  );
});
