import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isActive, progressPercent } from './scan-progress.ts';

test('queued and running scans are polled, finished ones are not', () => {
  assert.equal(isActive('queued'), true);
  assert.equal(isActive('running'), true);
  assert.equal(isActive('succeeded'), false);
  assert.equal(isActive('failed'), false);
  assert.equal(isActive('cancelled'), false);
});

test('progress is whole percent, capped, and full once succeeded', () => {
  assert.equal(progressPercent({ status: 'running', progress: { done: 1, total: 3 } }), 33);
  assert.equal(progressPercent({ status: 'running', progress: { done: 0, total: 0 } }), 0);
  assert.equal(progressPercent({ status: 'running', progress: { done: 9, total: 5 } }), 100);
  assert.equal(progressPercent({ status: 'succeeded', progress: { done: 0, total: 0 } }), 100);
});
