import {
  CreateEnterpriseRequestSchema,
  EnterprisePageSchema,
  EnterpriseSchema,
  IdParamsSchema,
  ListEnterprisesQuerySchema,
  UpdateEnterpriseRequestSchema,
} from '@shuan/contracts';
import { enterprisesRepository } from '@shuan/db';
import { normalizeIndustryCode, regionPrefix } from '@shuan/tools';
import type { NodeDeps } from '../http/context.ts';
import { principalOf, type ZodApp } from '../http/zod-app.ts';
import type { RouteGroup } from '../roles/route-group.ts';
import { presentEnterprise } from './enterprise.presenter.ts';
import { createEnterprise, enterpriseNotFound, updateEnterprise } from './manage-enterprises.ts';
import { registryReferenceRoutes } from './reference-data.routes.ts';

/**
 * The enterprise registry of the caller's org: list (filters by region, industry, size,
 * key flag, and `q`), add, read, change. A region or industry filter the reference tables
 * do not know matches nothing rather than failing, like any filter with no hits.
 */
export function enterpriseRoutes(app: ZodApp, deps: NodeDeps): void {
  const tags = ['registry'];
  app.get(
    '/registry/enterprises',
    {
      schema: {
        tags,
        querystring: ListEnterprisesQuerySchema,
        response: { 200: EnterprisePageSchema },
      },
    },
    async (request) => {
      const { region, industry, size, key, q, ...paging } = request.query;
      const prefix = region === undefined ? undefined : (regionPrefix(region) ?? region);
      const industryCode =
        industry === undefined ? undefined : (normalizeIndustryCode(industry) ?? industry);
      const page = await enterprisesRepository.list(deps.pool, principalOf(request).orgId, {
        ...paging,
        regionPrefix: prefix,
        industryCode,
        size,
        keyEnterprise: key,
        q,
      });
      return { ...page, items: page.items.map(presentEnterprise) };
    },
  );

  app.post(
    '/registry/enterprises',
    {
      schema: { tags, body: CreateEnterpriseRequestSchema, response: { 200: EnterpriseSchema } },
    },
    async (request) =>
      presentEnterprise(await createEnterprise(deps, principalOf(request), request.body)),
  );

  app.get(
    '/registry/enterprises/:id',
    { schema: { tags, params: IdParamsSchema, response: { 200: EnterpriseSchema } } },
    async (request) => {
      const row = await enterprisesRepository.get(
        deps.pool,
        principalOf(request).orgId,
        request.params.id,
      );
      if (row === undefined) throw enterpriseNotFound();
      return presentEnterprise(row);
    },
  );

  app.patch(
    '/registry/enterprises/:id',
    {
      schema: {
        tags,
        params: IdParamsSchema,
        body: UpdateEnterpriseRequestSchema,
        response: { 200: EnterpriseSchema },
      },
    },
    async (request) =>
      presentEnterprise(
        await updateEnterprise(deps, principalOf(request), request.params.id, request.body),
      ),
  );
}

/**
 * The province's enterprise registry (issue #4 §1) and its pickers' reference data, as one
 * route group for a role module. Mounted by nodes that host enterprises (`hosts-tenants`:
 * the province); the routes' permissions are in http/permissions.ts.
 */
export const enterpriseRegistryGroup: RouteGroup = {
  name: 'enterprise-registry',
  capability: 'hosts-tenants',
  register: (app, deps) => {
    enterpriseRoutes(app, deps);
    registryReferenceRoutes(app);
  },
};
