import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isAddress, isChineseName, isOrgName } from './chinese-text.ts';
import {
  isApiKey,
  isCredential,
  isJwt,
  isPasswordHash,
  isPrivateKeyPem,
  isSecretDigest,
} from './credential.ts';
import { isHkMacauPermit, isPassport, isTaiwanPermit } from './passport.ts';
import { isLicensePlate } from './plate.ts';

test('passports and Hong Kong/Macau permits', () => {
  for (const p of [
    'E12345678',
    'EB1234567',
    'G12345678',
    'K12345678',
    'D12345678',
    'DE1234567',
    'SE1234567',
    'PE1234567',
    'MA1234567',
  ]) {
    assert.equal(isPassport(p), true, p);
  }
  for (const p of [
    'EI1234567',
    'EO1234567',
    'E1234567',
    'E123456789',
    'A12345678',
    'e12345678',
    'EB123456X',
    'MB1234567',
  ]) {
    assert.equal(isPassport(p), false, p);
  }
  for (const p of ['C12345678', 'CA1234567', 'H12345678', 'M12345678', 'H1234567801']) {
    assert.equal(isHkMacauPermit(p), true, p);
  }
  for (const p of ['CI1234567', 'H123456789', 'C1234567', 'X12345678', 'C20250315', 'H00000001']) {
    assert.equal(isHkMacauPermit(p), false, p);
  }
  assert.equal(isTaiwanPermit('12345678'), true);
  assert.equal(isTaiwanPermit('123456789'), false);
});

test('licence plates (GA 36): ordinary, new energy, suffixes, separators', () => {
  for (const p of [
    '沪A3K8M2',
    '京A12345',
    '粤B1234学',
    '沪A1234挂',
    '苏E·12345',
    '浙A 12345',
    '沪AD12345',
    '沪AFA1234',
    '沪A12345D',
    '川A12345F',
  ]) {
    assert.equal(isLicensePlate(p), true, p);
  }
  for (const p of [
    '沪I12345',
    '沪A1234',
    '沪A123456',
    '沪AABCDE',
    '沪AX12345',
    '沪A1234DD',
    '中A12345',
    '沪a12345',
    '沪AD1234X',
  ]) {
    assert.equal(isLicensePlate(p), false, p);
  }
});

test('credentials recognisable from the value alone', () => {
  const bcrypt = '$2b$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy';
  assert.equal(isPasswordHash(bcrypt), true);
  assert.equal(
    isPasswordHash('$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA'),
    true,
  );
  assert.equal(isPasswordHash('pbkdf2_sha256$600000$abcdefgh$0123456789abcdefABCDEF=='), true);
  assert.equal(
    isPasswordHash('$6$rounds=5000$saltsalt$abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG'),
    true,
  );
  assert.equal(isPasswordHash('{SSHA}abcdefghijklmnopqrstuvwx'), true);
  assert.equal(isPasswordHash('$12.50'), false);
  assert.equal(isPasswordHash('$2b$10$tooShort'), false);
  assert.equal(isPrivateKeyPem('-----BEGIN RSA PRIVATE KEY-----\nMIIEow…'), true);
  assert.equal(isPrivateKeyPem('-----BEGIN PUBLIC KEY-----\nMIIB…'), false);
  assert.equal(isJwt('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJlLXNpZ25hdHVyZQ'), true);
  assert.equal(isJwt('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0'), false);
  for (const k of [
    'AKIAIOSFODNN7EXAMPLE',
    'LTAI5tQ2Vx8yB3mN7pK1',
    `ghp_${'a1B2'.repeat(9)}`,
    `sk-${'x'.repeat(48)}`,
    `AKID${'Ab3'.repeat(10)}ab`,
    `hdjg_live_${'0f'.repeat(16)}`,
    `AIza${'S'.repeat(35)}`,
  ]) {
    assert.equal(isApiKey(k), true, k);
    assert.equal(isCredential(k), true, k);
  }
  for (const k of [
    'AKIA123',
    'sk-short',
    'LTAI!!!!!!!!!!!!!',
    'skeleton-key-notes-2026',
    'ghp_short',
    'ACTIVE',
  ]) {
    assert.equal(isCredential(k), false, k);
  }
});

test('bare hex digests are credentials only under a hint', () => {
  const md5 = 'd41d8cd98f00b204e9800998ecf8427e';
  assert.equal(isCredential(md5), false);
  assert.equal(isSecretDigest(md5), true);
  assert.equal(isSecretDigest('a'.repeat(64)), true);
  assert.equal(isSecretDigest('short'), false);
  assert.equal(isSecretDigest('has spaces in it, not a digest'), false);
});

test('Chinese names: surname + common given characters; hard negatives refused', () => {
  for (const n of [
    '王伟',
    '李秀英',
    '胡明秀兰',
    '欧阳娜娜',
    '司马光',
    '诸葛亮',
    '上官婉儿',
    '张子涵',
    '陈静',
  ]) {
    assert.equal(isChineseName(n), true, n);
  }
  for (const n of [
    '王牌',
    '高温',
    '石墨',
    '金属',
    '黄铜',
    '白班',
    '夜班',
    '常温',
    '成功',
    '曲轴',
    '连杆',
    '文员',
    '高报',
    '丁班',
    '王',
    '高温报警',
    '设备运行',
    '东方',
  ]) {
    assert.equal(isChineseName(n), false, n);
  }
});

test('addresses need a road and a division or house number, and a digit or a place name', () => {
  for (const a of [
    '上海市浦东新区张江路88号',
    '浙江省杭州市西湖区文三路',
    '苏州工业园区星湖街328号5幢101室',
    '幸福小区3单元201',
    '北京市朝阳区建国路',
    '张江路88号',
    '河南省周口市某某县某某镇李庄村',
  ]) {
    assert.equal(isAddress(a), true, a);
  }
  for (const a of [
    '市场区域分析',
    '东门1号闸机',
    '锻造一车间',
    '请检查轴承温度',
    '区号',
    '上海市',
    '北门货运通道',
    '原材料库A区12号货架',
    '2号回路3号开关',
    '1号线路距离5公里',
    '厂区2号门',
    '上海市浦东新区',
    '88号张江路',
  ]) {
    assert.equal(isAddress(a), false, a);
  }
});

test('organisation names end with a legal-form or institution suffix', () => {
  for (const o of [
    '上海恒锐精密机械有限公司',
    '华为技术有限公司',
    '中国银行',
    '南京大学',
    '苏州市疾病预防控制中心',
    '中国石油化工股份有限公司（北京分公司）',
    '某某集团',
  ]) {
    assert.equal(isOrgName(o), true, o);
  }
  for (const o of [
    '有限公司',
    '技术中心',
    '信息中心',
    '人力资源部',
    '公司',
    '锻造一车间',
    'ABC有限公司XYZ',
  ]) {
    assert.equal(isOrgName(o), false, o);
  }
});
