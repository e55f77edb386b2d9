import { OverviewResponseSchema } from '@shuan/contracts';
import { catalogItemsRepository, scansRepository } from '@shuan/db';
import type { NodeDeps } from '../http/context.ts';
import { principalOf, type ZodApp } from '../http/zod-app.ts';
import { isoOrNull } from '../presenters/iso.ts';

/** The overview page: items by level and category, items waiting for review, latest scans. */
export function overviewRoutes(app: ZodApp, deps: NodeDeps): void {
  app.get(
    '/overview',
    {
      schema: { tags: ['overview'], response: { 200: OverviewResponseSchema } },
      config: { cacheResponse: true },
    },
    async (request) => {
      const orgId = principalOf(request).orgId;
      const stats = await catalogItemsRepository.stats(deps.pool, orgId);
      const scans = await scansRepository.latest(deps.pool, orgId, 5);
      return {
        itemsByLevel: {
          general: stats.byLevel.general ?? 0,
          important: stats.byLevel.important ?? 0,
          core: stats.byLevel.core ?? 0,
        },
        itemsByCategory: stats.byCategory,
        pendingReview: stats.pending,
        latestScans: scans.map((scan) => ({
          id: scan.id,
          sourceName: scan.sourceName,
          status: scan.status,
          createdAt: scan.createdAt.toISOString(),
          finishedAt: isoOrNull(scan.finishedAt),
        })),
      };
    },
  );
}
