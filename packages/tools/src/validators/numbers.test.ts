import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isBankCard, luhnCheckDigit, luhnValid } from './bank-card.ts';
import { isBirthDateValue, parseDateValue } from './dates.ts';
import { isCoordinatePair, isLatitude, isLongitude } from './geo.ts';
import { isEmail, isIPv4, isIPv6 } from './net.ts';
import { isLandline, isMobile } from './phone.ts';
import { buildBankCard, luhnDigit, withWrongCheck } from './test-values.ts';

test('Luhn: computed card numbers of every plausible issuer validate', () => {
  assert.equal(luhnValid('6222021234567890128'), true);
  const issuers: [string, number][] = [
    ['622202', 19],
    ['622848', 16],
    ['621700', 19],
    ['436742', 16],
    ['532458', 16],
    ['356833', 16],
    ['601100', 16],
    ['955880', 19],
    ['378282', 15],
    ['222300', 16],
  ];
  for (const [bin, len] of issuers) {
    for (let n = 0; n < 25; n++) {
      const card = buildBankCard(bin, len, n * 7919);
      assert.equal(luhnCheckDigit(card.slice(0, -1)), luhnDigit(card.slice(0, -1)));
      assert.equal(isBankCard(card), true, card);
      assert.equal(isBankCard(withWrongCheck(card, '0123456789')), false, `${card} wrong check`);
    }
  }
});

test('bank cards: implausible prefixes and lengths fail even with a valid Luhn digit', () => {
  for (const [prefix, len] of [
    ['1234', 16],
    ['7000', 19],
    ['2025', 18],
    ['51', 19],
    ['4', 17],
    ['62', 14],
    ['8888', 16],
  ] as const) {
    assert.equal(isBankCard(buildBankCard(prefix, len, 42)), false, `${prefix}/${len}`);
  }
  assert.equal(isBankCard('6222 0212 3456 7890 128'), false, 'separators are the recognizer’s job');
});

test('16-digit trace IDs fail Luhn nine times in ten', () => {
  let passed = 0;
  for (let i = 0; i < 1000; i++) {
    const trace = '62' + String(1_000_000_000_000 + i * 7_777_777).padStart(14, '0');
    if (isBankCard(trace)) passed++;
  }
  assert.ok(passed > 50 && passed < 150, `${passed} of 1000`);
});

test('mobile numbers: real segments, +86 prefix, grouping', () => {
  for (const m of [
    '13812345678',
    '14512345678',
    '16612345678',
    '17012345678',
    '19912345678',
    '+8613812345678',
    '+86 13812345678',
    '008613812345678',
    '86-13812345678',
    '138 1234 5678',
    '138-1234-5678',
    '+86 138-1234-5678',
  ]) {
    assert.equal(isMobile(m), true, m);
  }
});

test('mobile numbers: 11 digits starting 10/11/12 and unused segments are not mobiles', () => {
  for (const m of [
    '10012345678',
    '11012345678',
    '12512345678',
    '14012345678',
    '15412345678',
    '19412345678',
    '1381234567',
    '138123456789',
    '+8713812345678',
    '138 12345678',
    '138-1234 5678',
  ]) {
    assert.equal(isMobile(m), false, m);
  }
});

test('landlines: area codes, separators, extensions', () => {
  for (const t of [
    '010-62345678',
    '021-6234567',
    '021-62345678',
    '0755-2345678',
    '0571-87654321',
    '(021)62345678',
    '（0755）23456789',
    '(010) 62345678',
    '021 62345678',
    '02162345678',
    '075523456789',
    '021-62345678-123',
    '0512-6234567转8001',
    '021-62345678 ext 12',
  ]) {
    assert.equal(isLandline(t), true, t);
  }
  for (const t of [
    '011-62345678',
    '001-62345678',
    '021-12345678',
    '0755-234567',
    '2025-03-15',
    '021-62345678-',
    '13812345678',
    '(021-62345678',
  ]) {
    assert.equal(isLandline(t), false, t);
  }
});

test('e-mail addresses', () => {
  for (const e of [
    'zhang@163.com',
    'li.wei@example.com.cn',
    '12345678@qq.com',
    'ops+alerts@corp-mail.cn',
    'A_B@x.io',
  ]) {
    assert.equal(isEmail(e), true, e);
  }
  for (const e of [
    'zhang@163',
    '@qq.com',
    'a@b.c',
    'li..wei@x.com',
    '.li@x.com',
    'li.@x.com',
    'a@-x.com',
    'a@x-.com',
    'a b@x.com',
    'a@@x.com',
    'a@x.c0m',
    'user@localhost',
  ]) {
    assert.equal(isEmail(e), false, e);
  }
});

test('IPv4 and IPv6', () => {
  for (const ip of ['192.168.1.20', '10.0.0.1', '58.1.2.3', '255.255.255.255', '1.1.1.1']) {
    assert.equal(isIPv4(ip), true, ip);
  }
  for (const ip of [
    '0.0.0.0',
    '0.1.2.3',
    '01.2.3.4',
    '1.02.3.4',
    '256.1.1.1',
    '1.2.3',
    '1.2.3.4.5',
    '1..2.3',
    '12.5',
    'v1.2.3.4',
  ]) {
    assert.equal(isIPv4(ip), false, ip);
  }
  for (const ip of [
    'fe80::1c2d:3e4f',
    '2408:8207:2:3:4:5:6:7',
    '::1',
    '::ffff:10.0.0.1',
    '240e:1::',
  ]) {
    assert.equal(isIPv6(ip), true, ip);
  }
  for (const ip of ['::', '12:30:45', 'AA:BB:CC:DD:EE:FF', 'fe80:::1', 'g::1']) {
    assert.equal(isIPv6(ip), false, ip);
  }
});

test('coordinates: pairs inside China in either order; single values need decimals', () => {
  for (const p of [
    '31.2304,121.4737',
    '121.4737,31.2304',
    '31.2304 121.4737',
    '31.230416, 121.473701',
    '39.9042，116.4074',
  ]) {
    assert.equal(isCoordinatePair(p), true, p);
  }
  for (const p of [
    '31.23,121.47',
    '48.8566,2.3522',
    '12.500,300.250',
    '1.234,5.678',
    '31.2304;121.4737',
    '31.2304,121.4737,5',
  ]) {
    assert.equal(isCoordinatePair(p), false, p);
  }
  assert.equal(isLatitude('31.2304'), true);
  assert.equal(isLatitude('31.23'), false, 'two decimals are not precise');
  assert.equal(isLatitude('91.2304'), false);
  assert.equal(isLongitude('121.473701'), true);
  assert.equal(isLongitude('-181.0000'), false);
});

test('dates: formats, calendar, birth-date range', () => {
  assert.equal(parseDateValue('1990-05-01'), 19900501);
  assert.equal(parseDateValue('1990/5/1'), 19900501);
  assert.equal(parseDateValue('19900501'), 19900501);
  assert.equal(parseDateValue('1990年5月1日'), 19900501);
  assert.equal(parseDateValue('1990-05-01 00:00:00'), 19900501);
  assert.equal(parseDateValue('1990-05-01T00:00:00.000Z'), 19900501);
  assert.equal(parseDateValue('1990-05-01 08:30:00'), -1, 'a time of day is a timestamp');
  assert.equal(parseDateValue('1990-02-30'), -1);
  assert.equal(parseDateValue('1990-05/01'), -1);
  assert.equal(isBirthDateValue('1966-07-15'), true);
  assert.equal(isBirthDateValue('1899-12-31'), false);
  assert.equal(isBirthDateValue('2999-01-01'), false);
  assert.equal(isBirthDateValue('2026-10-31', 20261030), false, 'after today');
});
