import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildScanReport } from '../testing/build-scan-report.ts';
import { renderSummary } from './summary-table.ts';

test('the summary has Chinese headings, counts by level and category, and the errors', () => {
  const text = renderSummary(buildScanReport());
  for (const heading of [
    '按级别 By level',
    '按类别 By category',
    '表 Table',
    '字段 Column',
    '标签 Labels',
  ]) {
    assert.ok(text.includes(heading), heading);
  }
  assert.match(text, /核心数据 core/);
  assert.match(text, /人事数据 mgmt\.hr/);
  assert.match(text, /居民身份证号 pi\.id_card/);
  assert.match(text, /public\.broken \[SOURCE_PERMISSION_DENIED\]: permission denied/);
});

test('the short list leaves out unlabelled general columns; --all lists them', () => {
  assert.doesNotMatch(renderSummary(buildScanReport()), /hired_on/);
  assert.match(renderSummary(buildScanReport(), { all: true }), /hired_on/);
});

test('without colours the summary holds no escape codes', () => {
  assert.ok(!renderSummary(buildScanReport()).includes('\u001b['));
});

test('an empty scan says there is nothing to list', () => {
  const text = renderSummary(buildScanReport({ tables: [], columns: [], errors: [] }));
  assert.match(text, /无 none/);
  assert.doesNotMatch(text, /错误 Errors \(/);
});
