import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InvalidArgumentError } from 'commander';
import { defaultXlsxFile, parsePositiveInt, parseShare } from './scan-options.ts';

test('--sample and --concurrency take whole numbers from 1', () => {
  assert.equal(parsePositiveInt('1000'), 1000);
  for (const bad of ['0', '-3', '1.5', 'abc', '', '1e3']) {
    assert.throws(() => parsePositiveInt(bad), InvalidArgumentError, bad);
  }
});

test('--threshold takes a share above 0 and at most 1', () => {
  assert.equal(parseShare('0.3'), 0.3);
  assert.equal(parseShare('1'), 1);
  for (const bad of ['0', '1.2', '-0.1', 'half', '']) {
    assert.throws(() => parseShare(bad), InvalidArgumentError, bad);
  }
});

test('the default workbook name carries the local date and time', () => {
  assert.equal(defaultXlsxFile(new Date(2026, 10, 23, 8, 5, 9)), 'shuan-scan-20261123-080509.xlsx');
});
