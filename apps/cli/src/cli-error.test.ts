import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CommanderError } from 'commander';
import { CliError, formatFailure, toCliFailure } from './cli-error.ts';

test('source errors exit with 2 and keep their code', () => {
  const error = Object.assign(new Error('无法连接 / cannot reach\n  at stack'), {
    code: 'SOURCE_UNREACHABLE',
  });
  const failure = toCliFailure(error);
  assert.deepEqual(failure, {
    code: 'SOURCE_UNREACHABLE',
    message: '无法连接 / cannot reach',
    exitCode: 2,
  });
  assert.equal(formatFailure(failure), '错误 Error [SOURCE_UNREACHABLE]: 无法连接 / cannot reach');
});

test('other coded errors exit with 1; uncoded ones are INTERNAL', () => {
  const unknownPack = Object.assign(new Error('未知规则包'), { code: 'RULE_PACK_UNKNOWN' });
  assert.equal(toCliFailure(unknownPack).exitCode, 1);
  assert.equal(toCliFailure(unknownPack).code, 'RULE_PACK_UNKNOWN');
  assert.equal(toCliFailure(new TypeError('boom')).code, 'INTERNAL');
  assert.equal(toCliFailure(new CliError('X_Y', 'x')).exitCode, 1);
});

test('usage errors are CLI_BAD_USAGE without commander prefix', () => {
  const failure = toCliFailure(
    new CommanderError(1, 'commander.unknownOption', "error: unknown option '--nope'"),
  );
  assert.equal(failure.code, 'CLI_BAD_USAGE');
  assert.match(failure.message, /unknown option '--nope'/);
  assert.doesNotMatch(failure.message, /error:/);
});

test('credentials never survive into the message', () => {
  const error = Object.assign(new Error('failed for mysql://root:hunter22@h/db'), {
    code: 'SOURCE_X',
  });
  assert.doesNotMatch(toCliFailure(error, ['hunter22']).message, /hunter22/);
});
