import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  compareChecklistVersions,
  pickCurrentChecklist,
  type ChecklistCandidate,
} from './checklist-versions.ts';

function candidate(
  checklistId: string,
  version: string,
  publishedAt: string | null,
): ChecklistCandidate {
  return { checklistId, version, publishedAt };
}

test('checklist versions compare as numbers, part by part', () => {
  assert.ok(compareChecklistVersions('1.9.0', '1.10.0') < 0);
  assert.ok(compareChecklistVersions('2.0.0', '1.99.99') > 0);
  assert.ok(compareChecklistVersions('1.0.1', '1.0.0') > 0);
  assert.equal(compareChecklistVersions('1.2.3', '1.2.3'), 0);
});

test('no candidates: no checklist', () => {
  const none: ChecklistCandidate[] = [];
  assert.equal(pickCurrentChecklist(none), undefined);
});

test('a published version of the built-in id replaces the built-in file', () => {
  const builtin = candidate('risk-assessment-2024', '1.0.0', null);
  const ministry = candidate('risk-assessment-2024', '1.1.0', '2026-03-01T00:00:00.000Z');
  assert.equal(pickCurrentChecklist([builtin, ministry]), ministry);
  assert.equal(pickCurrentChecklist([ministry, builtin]), ministry);
});

test('the newest version of each id, then the one published last', () => {
  const builtin = candidate('risk-assessment-2024', '1.0.0', null);
  const ministry = candidate('risk-assessment-2024', '1.1.0', '2026-03-01T00:00:00.000Z');
  const province = candidate('risk-assessment-2024-js', '1.0.0', '2026-04-01T00:00:00.000Z');
  assert.equal(pickCurrentChecklist([builtin, ministry, province]), province);
  // The ministry publishes again after the province: its new version is used.
  const ministryLater = candidate('risk-assessment-2024', '1.2.0', '2026-05-01T00:00:00.000Z');
  assert.equal(pickCurrentChecklist([province, ministryLater, builtin, ministry]), ministryLater);
  // An older version published later (a re-delivery) does not win over its id's newest.
  const stale = candidate('risk-assessment-2024', '1.0.5', '2026-06-01T00:00:00.000Z');
  assert.equal(pickCurrentChecklist([ministryLater, stale, province]), ministryLater);
});

test('two built-ins, or the same instant: the id that sorts first, whatever the order', () => {
  const a = candidate('a-checklist', '1.0.0', null);
  const b = candidate('b-checklist', '1.0.0', null);
  assert.equal(pickCurrentChecklist([a, b]), a);
  assert.equal(pickCurrentChecklist([b, a]), a);
});
