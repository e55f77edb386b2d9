import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ScanReportSchema } from './scan-report.schema.ts';

const report = {
  schemaVersion: 1,
  source: { kind: 'postgres', name: 'erp' },
  ruleset: { id: 'general', version: '2026.1' },
  startedAt: '2026-11-23T08:00:00.000Z',
  finishedAt: '2026-11-23T08:00:03.120Z',
  tables: [],
  columns: [
    {
      table: 'public.employees',
      column: 'id_number',
      dataType: 'character varying',
      rowsSampled: 1000,
      labels: [{ code: 'pi.id_card', confidence: 0.98, hits: 992, evidence: ['values', 'name'] }],
      category: 'mgmt.hr',
      level: 'general',
      reasons: ['...'],
    },
  ],
  errors: [{ table: 'public.broken', message: '...' }],
};

test('the contract example parses', () => {
  assert.equal(ScanReportSchema.parse(report).columns[0]?.labels[0]?.code, 'pi.id_card');
});

test('an unknown label code is rejected', () => {
  const bad = structuredClone(report);
  (bad.columns[0] as { labels: { code: string }[] }).labels[0]!.code = 'pi.shoe_size';
  assert.equal(ScanReportSchema.safeParse(bad).success, false);
});
