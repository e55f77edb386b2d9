import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addWorkingDays, chinaDate } from '@shuan/core';
import { overdueReceivedBefore, reviewByOf } from './filing-clock.ts';

test('the overdue cut: received before it means past the 20 working days, at or after it not', () => {
  for (const now of [
    '2026-03-02T09:00:00+08:00',
    '2026-03-07T23:59:00+08:00',
    '2026-01-01T00:30:00+08:00',
  ]) {
    const at = new Date(now);
    const cut = overdueReceivedBefore(at);
    const today = chinaDate(at);
    const lastOverdue = chinaDate(new Date(cut.getTime() - 1));
    assert.ok(reviewByOf(lastOverdue) < today, `${now}: ${lastOverdue} is overdue`);
    assert.ok(reviewByOf(chinaDate(cut)) >= today, `${now}: ${chinaDate(cut)} is not`);
    assert.equal(chinaDate(cut), addDays(lastOverdue, 1), 'the cut is a China midnight');
  }
  assert.equal(reviewByOf('2026-03-02'), addWorkingDays('2026-03-02', 20));
});

function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}
