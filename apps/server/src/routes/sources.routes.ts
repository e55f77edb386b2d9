import {
  CreateDataSourceRequestSchema,
  DataSourcePageSchema,
  DataSourceSchema,
  IdParamsSchema,
  ListDataSourcesQuerySchema,
  OkResponseSchema,
  TestDataSourceResponseSchema,
  UpdateDataSourceRequestSchema,
} from '@shuan/contracts';
import { sourcesRepository } from '@shuan/db';
import { AppError, MESSAGES } from '../http/app-error.ts';
import type { NodeDeps } from '../http/context.ts';
import { principalOf, type ZodApp } from '../http/zod-app.ts';
import { presentSource } from '../presenters/source.presenter.ts';
import { createSource, deleteSource, testSource, updateSource } from '../sources/manage-sources.ts';

/** Data sources of the caller's org: list, read, register, change, delete, test. */
export function sourceRoutes(app: ZodApp, deps: NodeDeps): void {
  const tags = ['sources'];
  app.get(
    '/sources',
    {
      schema: {
        tags,
        querystring: ListDataSourcesQuerySchema,
        response: { 200: DataSourcePageSchema },
      },
    },
    async (request) => {
      const page = await sourcesRepository.list(
        deps.pool,
        principalOf(request).orgId,
        request.query,
      );
      return { ...page, items: page.items.map(presentSource) };
    },
  );

  app.post(
    '/sources',
    { schema: { tags, body: CreateDataSourceRequestSchema, response: { 200: DataSourceSchema } } },
    async (request) => presentSource(await createSource(deps, principalOf(request), request.body)),
  );

  app.get(
    '/sources/:id',
    { schema: { tags, params: IdParamsSchema, response: { 200: DataSourceSchema } } },
    async (request) => {
      const row = await sourcesRepository.get(
        deps.pool,
        principalOf(request).orgId,
        request.params.id,
      );
      if (row === undefined)
        throw new AppError('DATA_SOURCE_NOT_FOUND', MESSAGES.notFound('数据源', 'data source'));
      return presentSource(row);
    },
  );

  app.patch(
    '/sources/:id',
    {
      schema: {
        tags,
        params: IdParamsSchema,
        body: UpdateDataSourceRequestSchema,
        response: { 200: DataSourceSchema },
      },
    },
    async (request) =>
      presentSource(
        await updateSource(deps, principalOf(request), request.params.id, request.body),
      ),
  );

  app.delete(
    '/sources/:id',
    { schema: { tags, params: IdParamsSchema, response: { 200: OkResponseSchema } } },
    async (request) => {
      await deleteSource(deps, principalOf(request), request.params.id);
      return { ok: true as const };
    },
  );

  app.post(
    '/sources/:id/test',
    { schema: { tags, params: IdParamsSchema, response: { 200: TestDataSourceResponseSchema } } },
    async (request) => ({
      ok: true as const,
      tables: await testSource(deps, principalOf(request), request.params.id),
    }),
  );
}
