import { diffVersions } from '@shuan/core';
import {
  CatalogVersionDetailSchema,
  CatalogVersionDiffSchema,
  CatalogVersionPageSchema,
  CatalogVersionSchema,
  CreateCatalogVersionRequestSchema,
  ListQuerySchema,
  VersionDiffParamsSchema,
  VersionParamsSchema,
} from '@shuan/contracts';
import { catalogVersionsRepository } from '@shuan/db';
import { freezeVersion, loadVersion } from '../catalog/catalog-versions.ts';
import type { NodeDeps } from '../http/context.ts';
import { principalOf, type ZodApp } from '../http/zod-app.ts';
import { presentVersion } from '../presenters/catalog.presenter.ts';

/** Catalog versions: freeze, list, read one, and compare two. */
export function catalogVersionRoutes(app: ZodApp, deps: NodeDeps): void {
  const tags = ['catalog'];
  app.post(
    '/catalog/versions',
    {
      schema: {
        tags,
        body: CreateCatalogVersionRequestSchema,
        response: { 200: CatalogVersionSchema },
      },
    },
    async (request) =>
      presentVersion(await freezeVersion(deps, principalOf(request), request.body.note)),
  );

  app.get(
    '/catalog/versions',
    { schema: { tags, querystring: ListQuerySchema, response: { 200: CatalogVersionPageSchema } } },
    async (request) => {
      const page = await catalogVersionsRepository.list(
        deps.pool,
        principalOf(request).orgId,
        request.query,
      );
      return { ...page, items: page.items.map(presentVersion) };
    },
  );

  app.get(
    '/catalog/versions/:n',
    {
      schema: { tags, params: VersionParamsSchema, response: { 200: CatalogVersionDetailSchema } },
    },
    async (request) => {
      const loaded = await loadVersion(deps, principalOf(request).orgId, request.params.n);
      return { version: presentVersion(loaded.version), items: loaded.items };
    },
  );

  app.get(
    '/catalog/versions/:a/diff/:b',
    {
      schema: {
        tags,
        params: VersionDiffParamsSchema,
        response: { 200: CatalogVersionDiffSchema },
      },
    },
    async (request) => {
      const orgId = principalOf(request).orgId;
      const a = await loadVersion(deps, orgId, request.params.a);
      const b = await loadVersion(deps, orgId, request.params.b);
      return diffVersions(a.items, b.items);
    },
  );
}
