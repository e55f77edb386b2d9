import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  childrenOfRegion,
  findRegion,
  isRegionCode,
  listProvinces,
  normalizeRegionCode,
  provinceOf,
  regionDataInfo,
  regionNamePath,
  regionPath,
  regionPrefix,
} from './regions.ts';

test('the table holds the 2023-06-30 codes: 31 provinces, 342 prefectures, 2,974 counties', () => {
  assert.equal(regionDataInfo().asOf, '2023-06-30');
  assert.equal(listProvinces().length, 31);
  const prefectures = listProvinces().flatMap((p) => childrenOfRegion(p.code));
  assert.equal(prefectures.length, 342);
  const counties = prefectures.flatMap((p) => childrenOfRegion(p.code));
  assert.equal(counties.length, 2974);
  assert.equal(regionDataInfo().count, 31 + 342 + 2974);
  assert.ok(counties.every((county) => county.level === 'county' && /^\d{6}$/.test(county.code)));
});

test('lookup by 6-digit code, and by 2- and 4-digit prefixes padded with zeros', () => {
  assert.equal(findRegion('320508')?.name, '姑苏区');
  assert.equal(findRegion('32')?.code, '320000');
  assert.equal(findRegion('3205')?.name, '苏州市');
  assert.equal(findRegion('320500')?.level, 'prefecture');
  assert.equal(findRegion(' 320508 ')?.code, '320508');
  for (const bad of ['', '3', '320', '32050', '3205081', '99', '320599', 'ab0000', '441900003'])
    assert.equal(findRegion(bad), undefined, bad);
  assert.equal(normalizeRegionCode('11'), '110000');
  assert.equal(normalizeRegionCode('1'), undefined);
  assert.equal(isRegionCode('110105'), true);
  assert.equal(isRegionCode('110104'), false);
});

test('name paths skip grouping rows such as 市辖区', () => {
  assert.equal(regionNamePath('320508'), '江苏省 / 苏州市 / 姑苏区');
  assert.equal(regionNamePath('110101'), '北京市 / 东城区');
  assert.equal(regionNamePath('110100'), '北京市 / 市辖区');
  assert.equal(regionNamePath('419001'), '河南省 / 济源市');
  assert.equal(regionNamePath('320508', '-'), '江苏省-苏州市-姑苏区');
  assert.equal(regionNamePath('000000'), undefined);
  assert.deepEqual(
    regionPath('320508').map((r) => r.code),
    ['320000', '320500', '320508'],
  );
});

test('province of a code, and the prefix that selects everything inside a region', () => {
  assert.equal(provinceOf('320508')?.name, '江苏省');
  assert.equal(provinceOf('3205')?.code, '320000');
  assert.equal(provinceOf('65')?.name, '新疆维吾尔自治区');
  assert.equal(provinceOf('999999'), undefined);
  assert.equal(regionPrefix('320000'), '32');
  assert.equal(regionPrefix('3205'), '3205');
  assert.equal(regionPrefix('320508'), '320508');
  assert.equal(regionPrefix('419000'), '4190');
  assert.equal(regionPrefix('12345'), undefined);
});

test('prefectures without counties are leaves; their towns are not GB/T 2260 codes', () => {
  assert.equal(findRegion('441900')?.name, '东莞市');
  assert.deepEqual(childrenOfRegion('441900'), []);
  assert.equal(regionNamePath('441900'), '广东省 / 东莞市');
});

test('grouping rows and statistics-only development zones are flagged', () => {
  assert.equal(findRegion('110100')?.placeholder, true);
  assert.equal(findRegion('320500')?.placeholder, false);
  assert.equal(findRegion('130171')?.zone, true);
  assert.equal(findRegion('130171')?.name, '石家庄高新技术产业开发区');
  assert.equal(findRegion('130181')?.zone, false);
  const provinces = listProvinces();
  assert.equal(provinces[0]?.code, '110000');
  assert.equal(provinces.at(-1)?.code, '650000');
  assert.ok(provinces.every((p) => p.parentCode === null && p.level === 'province'));
  assert.deepEqual(
    childrenOfRegion('32').map((r) => r.code),
    [...childrenOfRegion('32').map((r) => r.code)].sort(),
  );
});
