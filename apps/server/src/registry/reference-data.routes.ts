import { IndustryListSchema, ListRegionsQuerySchema, RegionListSchema } from '@shuan/contracts';
import {
  childrenOfRegion,
  findRegion,
  industryStandard,
  listIndustryDivisions,
  listIndustrySections,
  listProvinces,
  regionDataInfo,
  type Region,
} from '@shuan/tools';
import { AppError } from '../http/app-error.ts';
import type { ZodApp } from '../http/zod-app.ts';

function presentRegion(region: Region) {
  return { ...region, hasChildren: childrenOfRegion(region.code).length > 0 };
}

/**
 * The reference tables behind the registry's pickers: GB/T 2260 divisions one level at a
 * time (`?parent=` absent: the provinces), and the GB/T 4754-2017 sections with their
 * divisions. Read-only data shipped with the server; no database.
 */
export function registryReferenceRoutes(app: ZodApp): void {
  const tags = ['registry'];
  app.get(
    '/registry/regions',
    { schema: { tags, querystring: ListRegionsQuerySchema, response: { 200: RegionListSchema } } },
    (request) => {
      const { asOf } = regionDataInfo();
      const code = request.query.parent;
      if (code === undefined)
        return { parent: null, items: listProvinces().map(presentRegion), asOf };
      const parent = findRegion(code);
      if (parent === undefined) {
        throw new AppError(
          'REGION_NOT_FOUND',
          `行政区划代码 ${code} 不存在 / administrative division ${code} not found`,
        );
      }
      return {
        parent: presentRegion(parent),
        items: childrenOfRegion(parent.code).map(presentRegion),
        asOf,
      };
    },
  );

  app.get(
    '/registry/industries',
    { schema: { tags, response: { 200: IndustryListSchema } } },
    () => {
      const divisions = listIndustryDivisions();
      return {
        standard: industryStandard(),
        sections: listIndustrySections().map((section) => ({
          code: section.code,
          name: section.name,
          nameEn: section.nameEn,
          divisions: divisions
            .filter((division) => division.section.code === section.code)
            .map(({ code, name, nameEn }) => ({ code, name, nameEn })),
        })),
      };
    },
  );
}
