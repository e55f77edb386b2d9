/**
 * Where the seeded enterprises are: the 31 provinces of GB/T 2260 weighted roughly by their
 * industrial weight, their real prefecture-level codes (districts for the four
 * municipalities), and GB/T 4754-2017 divisions, manufacturing first. Read from the
 * reference tables of @shuan/tools (packages/tools/data), so every code resolves to a name.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DATA = fileURLToPath(new URL('../../../packages/tools/data/', import.meta.url));

/**
 * Province prefixes, most enterprises first (Guangdong, Jiangsu, Zhejiang, Shandong …):
 * the seed picks index `floor(31 × r^1.8)`, so the first few hold most of the registry.
 */
// prettier-ignore
const PROVINCES_BY_WEIGHT = [
  '44', '32', '33', '37', '35', '41', '42', '51', '34', '13', '43', '31', '11', '61', '36', '50',
  '53', '21', '45', '14', '12', '52', '15', '23', '22', '62', '65', '46', '64', '63', '54',
] as const;

type RegionTable = Record<string, [string, string?, string?]>;

/** Per province (in weight order), its region codes the seed spreads enterprises over. */
export function regionCodesByProvince(): string[][] {
  const table = (
    JSON.parse(readFileSync(`${DATA}gb2260-regions.json`, 'utf8')) as { regions: RegionTable }
  ).regions;
  const entries = Object.entries(table);
  const children = (parent: string): string[] =>
    entries.filter(([, value]) => value[1] === parent).map(([code]) => code);
  return PROVINCES_BY_WEIGHT.map((prefix) => {
    const province = `${prefix}0000`;
    const direct = children(province).filter((code) => table[code]?.[2] === undefined);
    // Municipalities: the prefecture row is a placeholder (市辖区); take its districts.
    const codes =
      direct.length > 0
        ? direct
        : children(province).flatMap((placeholder) =>
            children(placeholder).filter((code) => table[code]?.[2] === undefined),
          );
    return codes.length > 0 ? codes : [province];
  });
}

/**
 * Industry divisions: manufacturing (13–43) as the first block, which the seed picks 70 %
 * of the time, then the other industrial ones (mining, utilities, construction, transport,
 * software and IT services).
 */
export function industryCodes(): { manufacturing: string[]; other: string[] } {
  const table = JSON.parse(readFileSync(`${DATA}gb4754-2017.json`, 'utf8')) as {
    divisions: { code: string; section: string }[];
  };
  const of = (sections: string[]): string[] =>
    table.divisions.filter((d) => sections.includes(d.section)).map((d) => d.code);
  return { manufacturing: of(['C']), other: of(['B', 'D', 'E', 'G', 'I']) };
}
