import {
  IdParamsSchema,
  ListScanFindingsQuerySchema,
  ListScansQuerySchema,
  ScanFindingPageSchema,
  ScanPageSchema,
  ScanSchema,
  StartScanRequestSchema,
} from '@shuan/contracts';
import { scanFindingsRepository, scansRepository } from '@shuan/db';
import { AppError, MESSAGES } from '../http/app-error.ts';
import type { NodeDeps } from '../http/context.ts';
import { principalOf, type ZodApp } from '../http/zod-app.ts';
import { presentScan } from '../presenters/source.presenter.ts';
import { cancelScan, startScan } from '../scans/start-scan.ts';

const notFound = (): AppError =>
  new AppError('SCAN_NOT_FOUND', MESSAGES.notFound('扫描任务', 'scan'));

/** Scans of the caller's org: start, list, progress, cancel, findings. */
export function scanRoutes(app: ZodApp, deps: NodeDeps): void {
  const tags = ['scans'];
  app.post(
    '/scans',
    { schema: { tags, body: StartScanRequestSchema, response: { 200: ScanSchema } } },
    async (request) => presentScan(await startScan(deps, principalOf(request), request.body)),
  );

  app.get(
    '/scans',
    { schema: { tags, querystring: ListScansQuerySchema, response: { 200: ScanPageSchema } } },
    async (request) => {
      const page = await scansRepository.list(deps.pool, principalOf(request).orgId, request.query);
      return { ...page, items: page.items.map(presentScan) };
    },
  );

  app.get(
    '/scans/:id',
    { schema: { tags, params: IdParamsSchema, response: { 200: ScanSchema } } },
    async (request) => {
      const scan = await scansRepository.get(
        deps.pool,
        principalOf(request).orgId,
        request.params.id,
      );
      if (scan === undefined) throw notFound();
      return presentScan(scan);
    },
  );

  app.post(
    '/scans/:id/cancel',
    { schema: { tags, params: IdParamsSchema, response: { 200: ScanSchema } } },
    async (request) => presentScan(await cancelScan(deps, principalOf(request), request.params.id)),
  );

  app.get(
    '/scans/:id/findings',
    {
      schema: {
        tags,
        params: IdParamsSchema,
        querystring: ListScanFindingsQuerySchema,
        response: { 200: ScanFindingPageSchema },
      },
    },
    async (request) => {
      const orgId = principalOf(request).orgId;
      if ((await scansRepository.get(deps.pool, orgId, request.params.id)) === undefined)
        throw notFound();
      return scanFindingsRepository.list(deps.pool, orgId, request.params.id, request.query);
    },
  );
}
