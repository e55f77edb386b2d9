import { CatalogExportJsonSchema, CatalogExportQuerySchema } from '@shuan/contracts';
import { catalogWorkbook, itemsForExport } from '../catalog/export-catalog.ts';
import type { NodeDeps } from '../http/context.ts';
import { principalOf, type ZodApp } from '../http/zod-app.ts';

/** Exports of the live catalog or of a frozen version: Excel (filing form) and JSON. */
export function catalogExportRoutes(app: ZodApp, deps: NodeDeps): void {
  const tags = ['catalog'];
  app.get(
    '/catalog/export.xlsx',
    { schema: { tags, querystring: CatalogExportQuerySchema } },
    async (request, reply) => {
      const principal = principalOf(request);
      const items = await itemsForExport(deps, principal, request.query.version, 'xlsx');
      const body = await catalogWorkbook(principal.orgName, request.query.version, items);
      const name = `catalog${request.query.version === undefined ? '' : `-v${String(request.query.version)}`}.xlsx`;
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(body);
    },
  );

  app.get(
    '/catalog/export.json',
    {
      schema: {
        tags,
        querystring: CatalogExportQuerySchema,
        response: { 200: CatalogExportJsonSchema },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const items = await itemsForExport(deps, principal, request.query.version, 'json');
      return {
        organization: principal.orgName,
        version: request.query.version ?? null,
        exportedAt: new Date().toISOString(),
        items,
      };
    },
  );
}
