import {
  FilingReviewDetailSchema,
  FilingReviewPageSchema,
  IdParamsSchema,
  ListFilingReviewsQuerySchema,
  ReviewFilingRequestSchema,
} from '@shuan/contracts';
import { filingReviewsRepository } from '@shuan/db';
import type { NodeDeps } from '../http/context.ts';
import { principalOf, type ZodApp } from '../http/zod-app.ts';
import type { RouteGroup } from '../roles/route-group.ts';
import { overdueReceivedBefore } from './filing-clock.ts';
import { presentFilingReview, presentFilingReviewDetail } from './filing.presenter.ts';
import { loadFilingReview, reviewerOrg, reviewFiling } from './review-filings.ts';

const tags = ['filing-reviews'];

/**
 * The province's review queue (`/api/v1/filing-reviews…`): filings received from child
 * nodes and tenants, earliest review deadline first, `overdue=true` for those past their
 * 20 working days; one filing with its items; the decision. Only the node's own
 * organisation reviews (tenants get 403 / 404). Not cached: deadline states change daily.
 */
export function filingReviewRoutes(app: ZodApp, deps: NodeDeps): void {
  app.get(
    '/filing-reviews',
    {
      schema: {
        tags,
        querystring: ListFilingReviewsQuerySchema,
        response: { 200: FilingReviewPageSchema },
      },
    },
    async (request) => {
      const orgId = await reviewerOrg(deps, principalOf(request));
      const { status, overdue, ...paging } = request.query;
      const now = new Date();
      const cut = overdueReceivedBefore(now);
      // Overdue: still waiting for review past the deadline; not overdue: everything else.
      const page = await filingReviewsRepository.list(
        deps.pool,
        orgId,
        overdue === true
          ? { state: 'received', receivedBefore: cut }
          : { state: status, notOverdueFrom: overdue === false ? cut : undefined },
        paging,
      );
      return { ...page, items: page.items.map((row) => presentFilingReview(row, now)) };
    },
  );

  app.get(
    '/filing-reviews/:id',
    { schema: { tags, params: IdParamsSchema, response: { 200: FilingReviewDetailSchema } } },
    async (request) =>
      presentFilingReviewDetail(
        await loadFilingReview(deps, principalOf(request), request.params.id),
        new Date(),
      ),
  );

  app.post(
    '/filing-reviews/:id/review',
    {
      schema: {
        tags,
        params: IdParamsSchema,
        body: ReviewFilingRequestSchema,
        response: { 200: FilingReviewDetailSchema },
      },
    },
    async (request) =>
      presentFilingReviewDetail(
        await reviewFiling(deps, principalOf(request), request.params.id, request.body),
        new Date(),
      ),
  );
}

/** The province's review queue, on nodes that receive filings from children. */
export const filingReviewsGroup: RouteGroup = {
  name: 'filing-reviews',
  capability: 'receives-filings',
  register: filingReviewRoutes,
};
