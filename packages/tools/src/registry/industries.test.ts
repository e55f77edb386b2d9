import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  divisionsOfSection,
  findIndustryDivision,
  industryStandard,
  isIndustrial,
  isIndustryDivision,
  isManufacturing,
  listIndustryDivisions,
  listIndustrySections,
  normalizeIndustryCode,
} from './industries.ts';

test('GB/T 4754-2017: 20 sections A–T and 97 divisions 01–97, each inside its section range', () => {
  assert.match(industryStandard(), /^GB\/T 4754-2017/);
  const sections = listIndustrySections();
  assert.deepEqual(sections.map((s) => s.code).join(''), 'ABCDEFGHIJKLMNOPQRST');
  const divisions = listIndustryDivisions();
  assert.equal(divisions.length, 97);
  assert.deepEqual(
    divisions.map((d) => Number(d.code)),
    Array.from({ length: 97 }, (_, i) => i + 1),
  );
  for (const division of divisions) {
    const [first, last] = division.section.divisions;
    assert.ok(division.code >= first && division.code <= last, division.code);
  }
  // The section ranges tile 01–97 without gaps or overlaps.
  const sizes = sections.map((s) => Number(s.divisions[1]) - Number(s.divisions[0]) + 1);
  assert.equal(
    sizes.reduce((a, b) => a + b, 0),
    97,
  );
  assert.equal(divisionsOfSection('C').length, 31);
  assert.deepEqual(
    sections.map((s) => divisionsOfSection(s.code).length),
    [5, 7, 31, 3, 4, 2, 8, 2, 3, 4, 1, 2, 3, 4, 3, 1, 2, 5, 6, 1],
  );
});

test('a division code finds its names and section; section letters are accepted when right', () => {
  const cars = findIndustryDivision('36');
  assert.equal(cars?.name, '汽车制造业');
  assert.equal(cars.nameEn, 'Manufacture of motor vehicles');
  assert.equal(cars.section.code, 'C');
  assert.equal(cars.section.name, '制造业');
  assert.equal(findIndustryDivision('C36')?.code, '36');
  assert.equal(normalizeIndustryCode('c39'), '39');
  assert.equal(findIndustryDivision('05')?.name, '农、林、牧、渔专业及辅助性活动');
  assert.equal(findIndustryDivision('25')?.name, '石油、煤炭及其他燃料加工业');
  assert.equal(findIndustryDivision('97')?.section.code, 'T');
  for (const bad of ['', '0', '00', '98', 'A36', '361', '3611', 'C', '3 6'])
    assert.equal(isIndustryDivision(bad), false, bad);
});

test('manufacturing is C (13–43); industry in the statistical sense is B, C and D (06–46)', () => {
  assert.equal(isManufacturing('13'), true);
  assert.equal(isManufacturing('43'), true);
  assert.equal(isManufacturing('12'), false);
  assert.equal(isManufacturing('44'), false);
  const industrial = listIndustryDivisions().filter((d) => isIndustrial(d.code));
  assert.equal(industrial[0]?.code, '06');
  assert.equal(industrial.at(-1)?.code, '46');
  assert.equal(industrial.length, 41);
  assert.equal(isIndustrial('99'), false);
});
