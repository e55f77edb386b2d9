import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileKeywords, toWords } from './keywords.ts';

test('identifiers split on underscores, camelCase, digits and punctuation', () => {
  assert.deepEqual(toWords('hr_employee').words, ['hr', 'employee']);
  assert.deepEqual(toWords('HrEmployee').words, ['hr', 'employee']);
  assert.deepEqual(toWords('PLCSetpoint2026').words, ['plc', 'setpoint', '2026']);
  assert.deepEqual(toWords('安全仪表系统（SIS）联锁').words, ['sis']);
});

test('an ASCII keyword matches whole words only', () => {
  const match = compileKeywords(['hr', 'log']);
  assert.equal(match(toWords('hr_employee')), 'hr');
  assert.equal(match(toWords('three_phase')), undefined);
  assert.equal(match(toWords('catalog')), undefined);
  assert.equal(match(toWords('login_history')), undefined);
  assert.equal(match(toWords('mes_system_log')), 'log');
});

test('a keyword with underscores matches its words in a row', () => {
  const match = compileKeywords(['process_route']);
  assert.equal(match(toWords('mes_process_route')), 'process_route');
  assert.equal(match(toWords('route_process')), undefined);
});

test('a Chinese keyword matches anywhere in the text', () => {
  const match = compileKeywords(['联锁', '工艺']);
  assert.equal(match(toWords('安全仪表系统（SIS）联锁设定值')), '联锁');
  assert.equal(match(toWords('设备台账')), undefined);
});
