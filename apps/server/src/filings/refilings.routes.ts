import { ListRefilingsQuerySchema, RefilingPageSchema } from '@shuan/contracts';
import { toDay } from '@shuan/core';
import { refilingsRepository } from '@shuan/db';
import type { NodeDeps } from '../http/context.ts';
import { principalOf, type ZodApp } from '../http/zod-app.ts';
import type { RouteGroup } from '../roles/route-group.ts';
import { presentReceivedRefiling } from './refiling.presenter.ts';
import { reviewerOrg } from './review-filings.ts';

/**
 * The province's list of re-filing obligations (`GET /api/v1/refilings`): enterprises whose
 * catalog changed materially since their accepted filing, as their nodes (and tenants)
 * reported it, earliest last day first; `state` filters (open, refiled, reverted) and
 * `overdue=true` keeps the open ones past their 3 months. Only the node's own organisation
 * reads it (tenants get 403), like the review queue. Not cached: deadline states change daily.
 */
export function refilingRoutes(app: ZodApp, deps: NodeDeps): void {
  app.get(
    '/refilings',
    {
      schema: {
        tags: ['filing-reviews'],
        querystring: ListRefilingsQuerySchema,
        response: { 200: RefilingPageSchema },
      },
    },
    async (request) => {
      const orgId = await reviewerOrg(deps, principalOf(request));
      const { state, overdue, ...paging } = request.query;
      const now = new Date();
      const page = await refilingsRepository.listReceived(
        deps.pool,
        orgId,
        { state, refileBefore: overdue === true ? toDay(now) : undefined },
        paging,
      );
      return { ...page, items: page.items.map((row) => presentReceivedRefiling(row, now)) };
    },
  );
}

/** The province's re-filing list, beside its review queue. */
export const refilingsGroup: RouteGroup = {
  name: 'refilings',
  capability: 'receives-filings',
  register: refilingRoutes,
};
