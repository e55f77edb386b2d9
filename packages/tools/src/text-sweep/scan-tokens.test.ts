import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanTokens } from './scan-tokens.ts';
import { isBankCardAt, isIdCardAt, isIpv4At, isMobileAt, isUsccAt } from './token-checks.ts';

const hits = (text: string): [string, string][] => {
  const found: [string, string][] = [];
  scanTokens(text, (code, start, end) => found.push([code, text.slice(start, end)]));
  return found;
};

/** Appends the Luhn check digit to `payload`. */
const withLuhn = (payload: string): string => {
  for (let d = 0; d <= 9; d++) {
    const card = payload + String(d);
    if (isBankCardLuhn(card)) return card;
  }
  throw new Error('unreachable');
};
const isBankCardLuhn = (digits: string): boolean => {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
};

const ID = '11010519491231002X';

test('digits glued to letters on either side are no hit', () => {
  for (const text of [
    `abc13812345678`,
    `13812345678abc`,
    `ID${ID}`,
    `${ID}yz`,
    `no${withLuhn('622202123456789012')}`,
    `v10.0.2.226`,
    `10.0.2.226z`,
    `xE12345678`,
  ]) {
    assert.deepEqual(hits(text), [], text);
  }
});

test('a valid value inside a longer run of digits is no hit (25-digit runs)', () => {
  const card = withLuhn('622202123456789012');
  for (const text of [
    `1234567${ID}`,
    `${ID.slice(0, 17)}01234567`,
    `ref=${'9'.repeat(7)}13812345678${'0'.repeat(7)}`,
    `${'1'.repeat(6)}${card}`,
    '4'.repeat(25),
  ]) {
    assert.deepEqual(hits(text), [], text);
  }
});

test('11-digit numbers starting 10, 11 or 12 are not mobiles', () => {
  assert.deepEqual(hits('tel 10812345678, 11812345678; 12812345678'), []);
  assert.deepEqual(hits('tel 13812345678, 19912345678'), [
    ['pi.mobile', '13812345678'],
    ['pi.mobile', '19912345678'],
  ]);
});

test('ID numbers with a wrong check character, date or century are no hit', () => {
  assert.deepEqual(
    hits('110105194912310021 11010519491231002Y 110105194913310028 110105194912320025'),
    [],
  );
  assert.deepEqual(hits('110105174912310026 010105194912310020'), []);
  assert.deepEqual(hits(`身份证号${ID}，已核验`), [['pi.id_card', ID]]);
});

test('IPv4 needs four octets of 0–255', () => {
  assert.deepEqual(hits('from 10.0.2.256 and 256.1.1.1 to 1.2.3 or 1.2.3.4.5 or 1234.1.1.1'), []);
  assert.deepEqual(hits('from 10.0.2.255 and 0.0.0.0. done'), [
    ['pi.ip_address', '10.0.2.255'],
    ['pi.ip_address', '0.0.0.0'],
  ]);
});

test('e-mail addresses inside Chinese text', () => {
  assert.deepEqual(hits('联系邮箱zhang.san@example.com，谢谢'), [
    ['pi.email', 'zhang.san@example.com'],
  ]);
  assert.deepEqual(hits('请发送至：ops_01@corp.cn。抄送 li+wei@163.com'), [
    ['pi.email', 'ops_01@corp.cn'],
    ['pi.email', 'li+wei@163.com'],
  ]);
  assert.deepEqual(hits('张三@公司 发给 @qq.com 或 a@b.c 或 foo@163'), []);
});

test('licence plates inside Chinese text', () => {
  assert.deepEqual(hits('车牌京A12345已登记，沪B12345D新能源'), [
    ['pi.license_plate', '京A12345'],
    ['pi.license_plate', '沪B12345D'],
  ]);
  assert.deepEqual(hits('车牌京I12345、京A1234、京A12345678、京a12345'), []);
  // A province ends the token before it and opens the next; a digit before it glues.
  assert.deepEqual(hits('No.京A12345'), [['pi.license_plate', '京A12345']]);
  assert.deepEqual(hits('12京A12345 1234567京A12345'), []);
});

test('bank cards need a plausible BIN as well as Luhn', () => {
  const unionPay16 = withLuhn('622202123456789');
  const unionPay19 = withLuhn('622202123456789012');
  const visa = withLuhn('411111111111111');
  const master = withLuhn('550000000000000');
  assert.deepEqual(hits(`${unionPay16} ${unionPay19} ${visa} ${master}`), [
    ['pi.bank_card', unionPay16],
    ['pi.bank_card', unionPay19],
    ['pi.bank_card', visa],
    ['pi.bank_card', master],
  ]);
  // Luhn-valid trace ids with no card BIN, a Visa/Mastercard BIN at the wrong length, `50`.
  const traces = [
    withLuhn('723160683585346'),
    withLuhn('123160683585346'),
    withLuhn('302222222222222'),
    withLuhn('500000000000000'),
    withLuhn('4111111111111111'),
    withLuhn('61220212345678901'),
  ];
  assert.deepEqual(hits(traces.map((t) => `trace=${t}`).join('\n')), []);
});

test('passports and credit codes', () => {
  assert.deepEqual(hits('护照E12345678、EA1234567、G12345678、K12345678'), [
    ['pi.passport', 'E12345678'],
    ['pi.passport', 'EA1234567'],
    ['pi.passport', 'G12345678'],
    ['pi.passport', 'K12345678'],
  ]);
  assert.deepEqual(hits('EI1234567 A12345678 E1234567 G1234567X'), []);
  assert.deepEqual(hits('统一社会信用代码91350100M000100Y43。'), [
    ['org.uscc', '91350100M000100Y43'],
  ]);
  assert.deepEqual(hits('91350100M000100Y44 9135010AM000100Y43'), []);
});

test('the span checks read a value in place inside a larger text', () => {
  const text = `xx${ID}|13812345678|10.0.0.1|91350100M000100Y43|${withLuhn('622202123456789')}`;
  assert.equal(isIdCardAt(text, 2), true);
  assert.equal(isIdCardAt(text, 1), false);
  assert.equal(isMobileAt(text, 21), true);
  assert.equal(isIpv4At(text, 33, 41), true);
  assert.equal(isIpv4At(text, 33, 40), false);
  assert.equal(isUsccAt(text, 42), true);
  assert.equal(isBankCardAt(text, 61, 77), true);
  assert.equal(isBankCardAt(text, 61, 76), false);
});

test('runs of tokens, dots and x at the edges of a text', () => {
  assert.deepEqual(hits('13812345678'), [['pi.mobile', '13812345678']]);
  assert.deepEqual(hits('.x13812345678'), []);
  assert.deepEqual(hits('..13812345678..'), [['pi.mobile', '13812345678']]);
  assert.deepEqual(hits(`${ID.slice(0, 17)}x`), [['pi.id_card', `${ID.slice(0, 17)}x`]]);
  assert.deepEqual(hits('x'.repeat(40) + '.'.repeat(40) + 'A'.repeat(40)), []);
});
