import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pickBilingual } from './bilingual.ts';

test('a bilingual server text shows the half of the active language', () => {
  const text = '列名含“身份证” / column name mentions ID card';
  assert.equal(pickBilingual(text, 'zh-CN'), '列名含“身份证”');
  assert.equal(pickBilingual(text, 'en'), 'column name mentions ID card');
});

test('a text without the split is shown whole in both languages', () => {
  assert.equal(pickBilingual('only one language', 'en'), 'only one language');
  assert.equal(pickBilingual('仅中文', 'zh-CN'), '仅中文');
});

test('a scanner reason keeps its rule id in both languages', () => {
  const reason =
    '[DEFAULT-GENERAL] 未触发重要/核心数据规则，默认为一般数据 / general data: no important or core rule fired';
  assert.equal(
    pickBilingual(reason, 'zh-CN'),
    '[DEFAULT-GENERAL] 未触发重要/核心数据规则，默认为一般数据',
  );
  assert.equal(
    pickBilingual(reason, 'en'),
    '[DEFAULT-GENERAL] general data: no important or core rule fired',
  );
});
