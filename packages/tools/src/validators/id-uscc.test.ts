import assert from 'node:assert/strict';
import { test } from 'node:test';
import { idCardCheckChar, isIdCard, isLegacyIdCard } from './id-card.ts';
import { isOrgCode, isUscc, orgCodeCheckChar, usccCheckChar } from './uscc.ts';
import {
  buildIdCard,
  buildUscc,
  idCheck,
  orgCheck,
  usccCheck,
  withWrongCheck,
} from './test-values.ts';

test('GB 11643: published samples and computed IDs validate', () => {
  assert.equal(isIdCard('11010519491231002X'), true);
  assert.equal(idCardCheckChar('11010519491231002'), 'X');
  for (const [div, birth] of [
    ['440305', '19850612'],
    ['320506', '20000229'],
    ['510107', '19700101'],
    ['650102', '19991231'],
    ['810000', '19880808'],
  ] as const) {
    for (let seq = 100; seq < 140; seq++) {
      const id = buildIdCard(div, birth, String(seq));
      assert.equal(isIdCard(id), true, id);
      assert.equal(idCardCheckChar(id.slice(0, 17)), idCheck(id.slice(0, 17)));
    }
  }
});

test('GB 11643: lower-case x is accepted as the check character', () => {
  assert.equal(isIdCard('11010519491231002x'), true);
});

test('GB 11643: right length with a wrong check character is rejected', () => {
  for (let seq = 100; seq < 160; seq++) {
    const id = buildIdCard('330106', '19760415', String(seq));
    assert.equal(isIdCard(withWrongCheck(id)), false, id);
  }
});

test('GB 11643: bad province, impossible dates and future births are rejected', () => {
  const fix = (body: string): string => body + idCheck(body);
  assert.equal(isIdCard(fix('99010519900307123')), false, 'province 99');
  assert.equal(isIdCard(fix('19010519900307123')), false, 'province 19');
  assert.equal(isIdCard(fix('11010519900230123')), false, '30 February');
  assert.equal(isIdCard(fix('11010519010229123')), false, '29 February 1901');
  assert.equal(isIdCard(fix('11010518991231123')), false, 'before 1900');
  assert.equal(isIdCard(fix('11010520991231123')), false, 'in the future');
  assert.equal(isIdCard(fix('11010520000229123')), true, '29 February 2000');
});

test('GB 11643: 18-digit order numbers and serials are not IDs', () => {
  // YYYYMMDDhhmmss + sequence: starts 20 (no such province) — whatever the last digit
  for (let d = 0; d < 10; d++) assert.equal(isIdCard(`20250315143022004${d}`), false);
  assert.equal(isIdCard('1101051990030712'), false, '16 digits');
  assert.equal(isIdCard('11010519900307123A'), false);
});

test('legacy 15-digit IDs: province and date', () => {
  assert.equal(isLegacyIdCard('110105491231002'), true);
  assert.equal(isLegacyIdCard('110105491331002'), false);
  assert.equal(isLegacyIdCard('990105491231002'), false);
});

test('GB 32100: published sample and computed codes validate', () => {
  assert.equal(isUscc('91350100M000100Y43'), true);
  assert.equal(usccCheckChar('91350100M000100Y4'), '3');
  for (const org of ['MA1FL2K3', '12345678', 'MA00XY7Q', '70512358', 'MA2B3C4D']) {
    for (const div of ['310115', '440300', '110108']) {
      const code = buildUscc(div, org);
      assert.equal(isUscc(code), true, code);
      assert.equal(usccCheckChar(code.slice(0, 17)), usccCheck(code.slice(0, 17)));
    }
  }
});

test('GB 32100: wrong check character, forbidden letters, bad authority are rejected', () => {
  const code = buildUscc();
  assert.equal(isUscc(withWrongCheck(code, '0123456789ABCDEFGHJKLMNPQRTUWXY')), false);
  const withI = code.slice(0, 10) + 'I' + code.slice(11, 17);
  assert.equal(isUscc(withI + usccCheck(withI.replace('I', '1'))), false, 'I is not in the set');
  const badAuthority = 'B' + code.slice(1, 17);
  assert.equal(isUscc(badAuthority + usccCheck(badAuthority)), false);
  const letterDivision = '91A10115' + code.slice(8, 17);
  assert.equal(isUscc(letterDivision + usccCheck(letterDivision)), false);
});

test('GB 11714: organisation codes with and without the dash', () => {
  assert.equal(orgCodeCheckChar('M000100Y'), '4');
  assert.equal(isOrgCode('M000100Y-4'), true);
  assert.equal(isOrgCode('M000100Y4'), true);
  for (const body of ['12345678', 'MA1FL2K3', '70512358', 'D2661235']) {
    assert.equal(orgCodeCheckChar(body), orgCheck(body));
    assert.equal(isOrgCode(`${body}-${orgCheck(body)}`), true, body);
  }
  assert.equal(isOrgCode('M000100Y-5'), false);
  assert.equal(isOrgCode('M000100Y_4'), false);
});
