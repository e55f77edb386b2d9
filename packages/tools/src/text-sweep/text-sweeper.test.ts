import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTextSweeper } from './text-sweeper.ts';

const sweeper = createTextSweeper();
const hits = (text: string): [string, string][] => {
  const found: [string, string][] = [];
  sweeper.sweep(text, (code, start, end) => found.push([code, text.slice(start, end)]));
  return found;
};

test('finds valid values of each kind with their spans', () => {
  const text =
    '张三 身份证11010519491231002X，手机 13812345678；邮箱 zhang.san@example.com.cn, ' +
    'ip=10.0.2.226 信用代码 91350100M000100Y43 卡号 6222021234567890128 车牌 京A12345 护照 E12345678';
  assert.deepEqual(hits(text), [
    ['pi.id_card', '11010519491231002X'],
    ['pi.mobile', '13812345678'],
    ['pi.email', 'zhang.san@example.com.cn'],
    ['pi.ip_address', '10.0.2.226'],
    ['org.uscc', '91350100M000100Y43'],
    ['pi.bank_card', '6222021234567890128'],
    ['pi.license_plate', '京A12345'],
    ['pi.passport', 'E12345678'],
  ]);
});

test('counts per label, lower-case x check digit included', () => {
  assert.deepEqual(sweeper.count('a,11010519491231002x,b\n440524188001010014,13912345678\n'), {
    'pi.id_card': 2,
    'pi.mobile': 1,
  });
});

test('rejects values whose check digit, date or range is wrong', () => {
  assert.deepEqual(
    hits(
      '110105194912310021 110105194913310028 91350100M000100Y44 6222021234567890127 12812345678 10.0.2.256',
    ),
    [],
  );
});

test('an id or a mobile inside a longer number or glued to letters is no hit', () => {
  const id = '11010519491231002X';
  assert.deepEqual(hits(`1234567${id}`), []);
  assert.deepEqual(hits(`ref=4405241880010100141234567`), []);
  assert.deepEqual(hits(`abc13812345678`), []);
  assert.deepEqual(hits(`13812345678ms`), []);
  assert.deepEqual(hits(`v1.10.0.2.226`), []);
  assert.deepEqual(hits(`tel:13812345678.`), [['pi.mobile', '13812345678']]);
});

test('digits before an @ are an e-mail, not a mobile', () => {
  assert.deepEqual(hits('13812345678@qq.com'), [['pi.email', '13812345678@qq.com']]);
  assert.deepEqual(hits('a@b, @x.com, foo@bar'), []);
});

test('empty and plain text give nothing', () => {
  assert.deepEqual(sweeper.count(''), {});
  assert.deepEqual(sweeper.count('INFO worker started in 120ms, 2024-05-01 12:00:00'), {});
});
