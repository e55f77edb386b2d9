import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { LabelCode } from '@shuan/core';
import {
  buildBankCard,
  buildIdCard,
  buildUscc,
  orgCheck,
  usccCheck,
  withWrongCheck,
} from '../validators/test-values.ts';
import { createValueRecognizer } from './value-recognizer.ts';

const r = createValueRecognizer();

function expectAll(code: LabelCode | null, values: readonly string[]): void {
  for (const v of values) assert.equal(r.recognize(v), code, JSON.stringify(v));
}

test('every label recognised from valid whole values', () => {
  const ids = Array.from({ length: 20 }, (_, i) =>
    buildIdCard('440305', '19850612', String(100 + i)),
  );
  expectAll('pi.id_card', [...ids, '11010519491231002X', '11010519491231002x']);
  const cards = Array.from({ length: 20 }, (_, i) => buildBankCard('622848', 19, i * 104729));
  expectAll('pi.bank_card', [...cards, buildBankCard('436742', 16, 3), '6222 0212 3456 7890 128']);
  expectAll('org.uscc', [
    '91350100M000100Y43',
    buildUscc('310115', 'MA1FL2K3'),
    buildUscc('440300', '12345678'),
  ]);
  expectAll('pi.mobile', ['13812345678', '+86 138 1234 5678', '138-1234-5678', '8613812345678']);
  expectAll('pi.landline', [
    '021-62345678',
    '(0755)2345678',
    '（010）62345678',
    '0571-87654321-801',
    '02162345678',
  ]);
  expectAll('pi.email', ['zhang@163.com', '12345@qq.com', 'li.wei@example.com.cn']);
  expectAll('pi.ip_address', [
    '192.168.1.20',
    '10.20.3.45',
    'fe80::1c2d:3e4f',
    '2408:8207:2:3:4:5:6:7',
    '::ffff:10.0.0.1',
  ]);
  expectAll('pi.passport', ['E12345678', 'EB1234567', 'G12345678', 'C12345678', 'H12345678']);
  expectAll('pi.license_plate', ['沪A3K8M2', '沪AD12345', '沪A12345D', '粤B1234学']);
  expectAll('pi.geo_location', ['31.2304,121.4737', '121.473701, 31.230416']);
  expectAll('pi.name', ['王伟', '李秀英', '欧阳娜娜', '诸葛亮']);
  expectAll('pi.address', ['上海市浦东新区张江路88号3幢201室', '江苏省苏州市工业园区星湖街328号']);
  expectAll('org.name', [
    '上海恒锐精密机械有限公司',
    '南京大学',
    '中国工商银行股份有限公司上海分行',
  ]);
  expectAll('sec.credential', [
    '$2b$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy',
    '$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA',
    'pbkdf2_sha256$600000$abcdefgh$0123456789abcdefABCDEF==',
    'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJlLXNpZ25hdHVyZQ',
    'AKIAIOSFODNN7EXAMPLE',
    'LTAI5tQ2Vx8yB3mN7pK1',
    `sk-${'x'.repeat(48)}`,
    `ghp_${'a1B2'.repeat(9)}`,
    '-----BEGIN PRIVATE KEY-----\nMIIEvQ…',
  ]);
});

test('surrounding white space is ignored', () => {
  assert.equal(r.recognize('  13812345678 '), 'pi.mobile');
  assert.equal(r.recognize('\t王伟\u3000'), 'pi.name');
  assert.equal(r.recognize('   '), null);
});

test('hard negatives: right length, wrong checksum', () => {
  const ids = Array.from({ length: 30 }, (_, i) =>
    withWrongCheck(buildIdCard('320506', '19780920', String(200 + i))),
  );
  expectAll(null, ids);
  const cards = Array.from({ length: 30 }, (_, i) =>
    withWrongCheck(buildBankCard('621700', 19, i * 31), '0123456789'),
  );
  expectAll(null, cards);
  expectAll(null, [withWrongCheck(buildUscc(), '0123456789ABCDEFGHJKLMNPQRTUWXY')]);
});

test('hard negatives: look-alike numbers and codes', () => {
  expectAll(null, [
    '202503151430220047', // 18-digit order number (YYYYMMDDhhmmss…)
    '10012345678',
    '11012345678',
    '12512345678', // 11 digits, no mobile segment
    '2631123456789012345678', // 20-digit invoice number
    '1700000000',
    '1730000000123', // Unix timestamps in s and ms
    '2026-03-15',
    '2026-03-15 08:30:00',
    '2026/03/15',
    '19900501', // dates need a birth hint
    '31.2304',
    '121.4737', // single coordinates need a lat/lng hint
    'd41d8cd98f00b204e9800998ecf8427e', // md5 without context
    '550e8400-e29b-41d4-a716-446655440000',
    'PO20260315-0042',
    'HD-BRK-2231-A',
    'LSVAB2180J2123456',
    '12.5',
    '123.45 mm',
    '-100.25',
    '0.0.0.0',
    '01.02.03.04',
    'AA:BB:CC:DD:EE:FF',
    '12345678', // MAC address; 8 digits need a Taiwan-permit hint
    'ACTIVE',
    '已发货',
    '成功',
    '高温',
    '技术中心',
    '锻造一车间',
    '东门1号闸机',
    '设备运行正常温度偏高请检查',
    'line pump valve check ok',
    '',
  ]);
});

test('all-digit credit codes need a valid embedded organisation code', () => {
  let checked = 0;
  for (let k = 10_000_000; checked < 20; k += 7_919) {
    const org8 = String(k);
    const good = orgCheck(org8);
    if (good === 'X') continue;
    const bad = String((Number(good) + 1) % 10);
    const valid = `91310115${org8}${good}`;
    const fake = `91310115${org8}${bad}`;
    const validCheck = usccCheck(valid);
    const fakeCheck = usccCheck(fake);
    if (!/\d/.test(validCheck) || !/\d/.test(fakeCheck)) continue;
    assert.equal(r.recognize(valid + validCheck), 'org.uscc', valid + validCheck);
    assert.equal(r.recognize(fake + fakeCheck), null, fake + fakeCheck);
    checked++;
  }
});

test('hinted checks: coordinates, birth dates, digests, permits, organisation codes', () => {
  assert.equal(r.recognizeWithHint('31.230416', 'lat'), 'pi.geo_location');
  assert.equal(r.recognizeWithHint('121.473701', 'lng'), 'pi.geo_location');
  assert.equal(r.recognizeWithHint('121.47', 'lng'), null);
  assert.equal(r.recognizeWithHint('1988-04-09', 'birth'), 'pi.birth_date');
  assert.equal(r.recognizeWithHint(' 19880409 ', 'birth'), 'pi.birth_date');
  assert.equal(r.recognizeWithHint('1890-04-09', 'birth'), null);
  assert.equal(r.recognizeWithHint('d41d8cd98f00b204e9800998ecf8427e', 'secret'), 'sec.credential');
  assert.equal(r.recognizeWithHint('12345678', 'tw_permit'), 'pi.passport');
  assert.equal(r.recognizeWithHint('M000100Y-4', 'org_code'), 'org.uscc');
  assert.equal(r.recognizeWithHint('110105491231002', 'id_card'), 'pi.id_card');
  assert.equal(r.recognizeWithHint('31.230416', 'birth'), null);
});
