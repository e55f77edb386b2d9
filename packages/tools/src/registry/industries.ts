import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * The national economic industry classification GB/T 4754-2017 at its two upper levels:
 * 20 sections (门类 A–T) and 97 divisions (大类 01–97), read once from
 * `packages/tools/data/gb4754-2017.json`. That file is transcribed by hand: check it against
 * the published standard (docs/registry.md).
 */

/** A section (门类) with the range of its division codes. */
export interface IndustrySection {
  code: string;
  name: string;
  nameEn: string;
  /** First and last division code, inclusive (`['13', '43']` for manufacturing). */
  divisions: readonly [string, string];
}

/** A division (大类) with its section. */
export interface IndustryDivision {
  code: string;
  name: string;
  nameEn: string;
  section: IndustrySection;
}

const IndustryFileSchema = z.object({
  standard: z.string(),
  sections: z.array(
    z.object({
      code: z.string().regex(/^[A-T]$/),
      name: z.string().min(1),
      nameEn: z.string().min(1),
      divisions: z.tuple([z.string().regex(/^\d{2}$/), z.string().regex(/^\d{2}$/)]),
    }),
  ),
  divisions: z.array(
    z.object({
      code: z.string().regex(/^\d{2}$/),
      section: z.string().regex(/^[A-T]$/),
      name: z.string().min(1),
      nameEn: z.string().min(1),
    }),
  ),
});

interface IndustryTable {
  standard: string;
  sections: IndustrySection[];
  divisions: Map<string, IndustryDivision>;
}

let table: IndustryTable | undefined;

function loadTable(): IndustryTable {
  const url = new URL('../../data/gb4754-2017.json', import.meta.url);
  const file = IndustryFileSchema.parse(JSON.parse(readFileSync(url, 'utf8')));
  const sections = file.sections.map((section) => ({ ...section }));
  const bySection = new Map(sections.map((section) => [section.code, section]));
  const divisions = new Map<string, IndustryDivision>();
  for (const division of file.divisions) {
    const section = bySection.get(division.section);
    if (section === undefined) throw new Error(`GB/T 4754 division ${division.code}: no section`);
    divisions.set(division.code, { ...division, section });
  }
  return { standard: file.standard, sections, divisions };
}

function industries(): IndustryTable {
  table ??= loadTable();
  return table;
}

/** The edition of the classification the table holds. */
export function industryStandard(): string {
  return industries().standard;
}

/**
 * A division code as the table keys it: two digits, also when written with its section
 * letter (`C36` → `36`). Undefined for anything else; longer group or class codes are not
 * accepted, because the table cannot tell whether they exist.
 *
 * @example normalizeIndustryCode('c36') // '36'
 */
export function normalizeIndustryCode(code: string): string | undefined {
  const match = /^([A-Ta-t])?(\d{2})$/.exec(code.trim());
  if (match === null) return undefined;
  const division = industries().divisions.get(match[2] ?? '');
  if (division === undefined) return undefined;
  // A section letter must be the division's own: `A36` is a typo, not manufacturing.
  if (match[1] !== undefined && match[1].toUpperCase() !== division.section.code) return undefined;
  return division.code;
}

/**
 * The division of a code (`36` or `C36`) with its section, or undefined.
 *
 * @example findIndustryDivision('36')?.section.code // 'C'
 */
export function findIndustryDivision(code: string): IndustryDivision | undefined {
  const normalized = normalizeIndustryCode(code);
  return normalized === undefined ? undefined : industries().divisions.get(normalized);
}

/** True when `code` is a GB/T 4754-2017 division (`01`–`97`, optionally with its section letter). */
export function isIndustryDivision(code: string): boolean {
  return findIndustryDivision(code) !== undefined;
}

/** The 20 sections in order, each with the range of its divisions. */
export function listIndustrySections(): readonly IndustrySection[] {
  return industries().sections;
}

/** The 97 divisions in code order, each with its section (for pickers). */
export function listIndustryDivisions(): readonly IndustryDivision[] {
  return [...industries().divisions.values()];
}

/** The divisions of one section (`C` → 13–43), or an empty list for an unknown letter. */
export function divisionsOfSection(sectionCode: string): readonly IndustryDivision[] {
  return listIndustryDivisions().filter((division) => division.section.code === sectionCode);
}

/** True for a manufacturing division (section C, 13–43). */
export function isManufacturing(code: string): boolean {
  return findIndustryDivision(code)?.section.code === 'C';
}

/**
 * True for an industrial division in the statistical sense (工业: mining, manufacturing, and
 * electricity, heat, gas and water — sections B, C and D, divisions 06–46), the scope of
 * the MIIT's industrial data rules.
 */
export function isIndustrial(code: string): boolean {
  const section = findIndustryDivision(code)?.section.code;
  return section === 'B' || section === 'C' || section === 'D';
}
