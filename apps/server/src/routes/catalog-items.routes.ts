import {
  BulkReviewRequestSchema,
  BulkReviewResponseSchema,
  CatalogItemPageSchema,
  CatalogItemSchema,
  IdParamsSchema,
  ListCatalogItemsQuerySchema,
  ReviewCatalogItemRequestSchema,
  UpdateCatalogItemRequestSchema,
} from '@shuan/contracts';
import { catalogItemsRepository } from '@shuan/db';
import { bulkConfirm, reviewCatalogItem, updateFilingFields } from '../catalog/review-items.ts';
import { AppError, MESSAGES } from '../http/app-error.ts';
import type { NodeDeps } from '../http/context.ts';
import { principalOf, type ZodApp } from '../http/zod-app.ts';
import { presentCatalogItem, presentCatalogItemSummary } from '../presenters/catalog.presenter.ts';

/** Catalog items: list with filters, read, edit filing fields, review, bulk confirm. */
export function catalogItemRoutes(app: ZodApp, deps: NodeDeps): void {
  const tags = ['catalog'];
  app.get(
    '/catalog/items',
    {
      config: { cacheResponse: true },
      schema: {
        tags,
        querystring: ListCatalogItemsQuerySchema,
        response: { 200: CatalogItemPageSchema },
      },
    },
    async (request) => {
      const page = await catalogItemsRepository.list(
        deps.pool,
        principalOf(request).orgId,
        request.query,
      );
      return { ...page, items: page.items.map(presentCatalogItemSummary) };
    },
  );

  app.get(
    '/catalog/items/:id',
    {
      config: { cacheResponse: true },
      schema: { tags, params: IdParamsSchema, response: { 200: CatalogItemSchema } },
    },
    async (request) => {
      const item = await catalogItemsRepository.get(
        deps.pool,
        principalOf(request).orgId,
        request.params.id,
      );
      if (item === undefined)
        throw new AppError('CATALOG_ITEM_NOT_FOUND', MESSAGES.notFound('目录条目', 'catalog item'));
      return presentCatalogItem(item);
    },
  );

  app.patch(
    '/catalog/items/:id',
    {
      schema: {
        tags,
        params: IdParamsSchema,
        body: UpdateCatalogItemRequestSchema,
        response: { 200: CatalogItemSchema },
      },
    },
    async (request) =>
      presentCatalogItem(
        await updateFilingFields(deps, principalOf(request), request.params.id, request.body),
      ),
  );

  app.post(
    '/catalog/items/:id/review',
    {
      schema: {
        tags,
        params: IdParamsSchema,
        body: ReviewCatalogItemRequestSchema,
        response: { 200: CatalogItemSchema },
      },
    },
    async (request) =>
      presentCatalogItem(
        await reviewCatalogItem(deps, principalOf(request), request.params.id, request.body),
      ),
  );

  app.post(
    '/catalog/items/bulk-review',
    {
      schema: { tags, body: BulkReviewRequestSchema, response: { 200: BulkReviewResponseSchema } },
    },
    async (request) => ({
      updated: await bulkConfirm(deps, principalOf(request), request.body.ids),
    }),
  );
}
