import {
  ChaseWarningRequestSchema,
  ChaseWarningResponseSchema,
  IdParamsSchema,
  InboxWarningDetailSchema,
  InboxWarningPageSchema,
  IssueWarningRequestSchema,
  ListTrackedWarningsQuerySchema,
  ListWarningInboxQuerySchema,
  TrackedWarningPageSchema,
  WarningFeedbackRequestSchema,
  WarningTrackingSchema,
} from '@shuan/contracts';
import type { WarningIndicator } from '@shuan/core';
import { warningFollowUpRepository, warningInboxRepository, warningsRepository } from '@shuan/db';
import type { NodeDeps } from '../http/context.ts';
import { principalOf, type ZodApp } from '../http/zod-app.ts';
import type { RouteGroup } from '../roles/route-group.ts';
import {
  acknowledgeWarning,
  answerWarning,
  inboxRowOf,
  indicatorMatches,
} from './answer-warning.ts';
import { chaseWarning, warningNotFound } from './chase-warning.ts';
import { issueWarning } from './issue-warning.ts';
import { presentInbox, presentTracked, presentTracking } from './warning.presenter.ts';

const TAGS = ['warnings'];

/**
 * Warnings (预警通报): the issuer's side under `/warnings` (issue; the tracking list and
 * table; chase) and the enterprise side under `/warning-inbox` (list; one warning with its
 * indicator matches; acknowledge; answer). Not cached: answers arrive through the
 * federation, outside the org-scoped commits the response cache listens to.
 */
export function warningRoutes(app: ZodApp, deps: NodeDeps): void {
  app.post(
    '/warnings',
    {
      schema: {
        tags: TAGS,
        body: IssueWarningRequestSchema,
        response: { 200: WarningTrackingSchema },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const issued = await issueWarning(deps, principal, request.body);
      const recipients = await warningsRepository.recipients(deps.pool, issued.row.id);
      return { ...presentTracking(issued.row, recipients, new Date()), queuedTo: issued.queuedTo };
    },
  );

  app.get(
    '/warnings',
    {
      schema: {
        tags: TAGS,
        querystring: ListTrackedWarningsQuerySchema,
        response: { 200: TrackedWarningPageSchema },
      },
    },
    async (request) => {
      const { page, pageSize } = request.query;
      const list = await warningsRepository.listTracked(
        deps.pool,
        principalOf(request).orgId,
        { page, pageSize },
        new Date(),
      );
      return { items: list.rows.map(presentTracked), total: list.total, page, pageSize };
    },
  );

  app.get(
    '/warnings/:id',
    {
      schema: { tags: TAGS, params: IdParamsSchema, response: { 200: WarningTrackingSchema } },
      // Hundreds of recipients make a large answer (272 KiB for 490): served from the
      // node-level cache, retired by any change of the warning, its recipients or its history
      // (migration 0021), and at most 60 s old for the overdue flags.
      config: { cacheResponse: 'node', cacheMaxAgeMs: 60_000 },
    },
    async (request) => {
      const warning = await warningsRepository.get(deps.pool, request.params.id);
      if (warning?.orgId !== principalOf(request).orgId) throw warningNotFound();
      const recipients = await warningsRepository.recipients(deps.pool, warning.id);
      const history = await warningFollowUpRepository.events(deps.pool, warning.id);
      return presentTracking(warning, recipients, new Date(), history);
    },
  );

  app.post(
    '/warnings/:id/chase',
    {
      schema: {
        tags: TAGS,
        params: IdParamsSchema,
        body: ChaseWarningRequestSchema,
        response: { 200: ChaseWarningResponseSchema },
      },
    },
    async (request) =>
      chaseWarning(deps, principalOf(request), request.params.id, request.body.message),
  );

  app.get(
    '/warning-inbox',
    {
      schema: {
        tags: TAGS,
        querystring: ListWarningInboxQuerySchema,
        response: { 200: InboxWarningPageSchema },
      },
    },
    async (request) => {
      const { page, pageSize, open } = request.query;
      const list = await warningInboxRepository.list(deps.pool, principalOf(request).orgId, {
        page,
        pageSize,
        open,
      });
      const now = new Date();
      return {
        items: list.rows.map((row) => presentInbox(row, now)),
        total: list.total,
        page,
        pageSize,
      };
    },
  );

  const detail = async (principal: ReturnType<typeof principalOf>, id: string) => {
    const row = await inboxRowOf(deps.pool, principal, id);
    const matches = await indicatorMatches(
      deps.pool,
      principal.orgId,
      row.warning.indicators as WarningIndicator[],
    );
    return { ...presentInbox(row, new Date()), matches };
  };

  app.get(
    '/warning-inbox/:id',
    { schema: { tags: TAGS, params: IdParamsSchema, response: { 200: InboxWarningDetailSchema } } },
    async (request) => detail(principalOf(request), request.params.id),
  );

  app.post(
    '/warning-inbox/:id/ack',
    { schema: { tags: TAGS, params: IdParamsSchema, response: { 200: InboxWarningDetailSchema } } },
    async (request) => {
      const principal = principalOf(request);
      await acknowledgeWarning(deps, principal, request.params.id);
      return detail(principal, request.params.id);
    },
  );

  app.post(
    '/warning-inbox/:id/feedback',
    {
      schema: {
        tags: TAGS,
        params: IdParamsSchema,
        body: WarningFeedbackRequestSchema,
        response: { 200: InboxWarningDetailSchema },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      await answerWarning(deps, principal, request.params.id, request.body.measures);
      return detail(principal, request.params.id);
    },
  );
}

/** Mounted on every node: enterprises use the inbox, provinces and the ministry both sides. */
export const warningsGroup: RouteGroup = {
  name: 'warnings',
  capability: null,
  register: warningRoutes,
};
