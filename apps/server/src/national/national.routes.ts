import {
  NationalOverviewQuerySchema,
  NationalOverviewSchema,
  NodeDirectorySchema,
  RollupSentSchema,
} from '@shuan/contracts';
import { hasCapability } from '@shuan/core';
import { requireNodeOperator } from '../federation/manage-federation.ts';
import { AppError } from '../http/app-error.ts';
import type { NodeDeps } from '../http/context.ts';
import { principalOf, type ZodApp } from '../http/zod-app.ts';
import type { RouteGroup } from '../roles/route-group.ts';
import { sendRollup } from '../rollups/send-rollup.ts';
import { nationalOverview } from './national-overview.ts';
import { nodeDirectory } from './node-directory.ts';
import { regulatorRoutes } from './regulator.routes.ts';

const TAGS = ['federation'];

/**
 * The parent's views of the federation: the node directory (province and ministry) and
 * the national overview (ministry; a province answers NATIONAL_VIEW_MINISTRY_ONLY). Both
 * belong to the node: a tenant's users on a province get 403. Not cached: heartbeats and
 * rollups change them without an org-scoped commit.
 */
export function nationalRoutes(app: ZodApp, deps: NodeDeps): void {
  app.get(
    '/nodes',
    { schema: { tags: TAGS, response: { 200: NodeDirectorySchema } } },
    async (request) => {
      await requireNodeOperator(deps, principalOf(request));
      return nodeDirectory(deps);
    },
  );

  app.get(
    '/national/overview',
    {
      schema: {
        tags: TAGS,
        querystring: NationalOverviewQuerySchema,
        response: { 200: NationalOverviewSchema },
      },
    },
    async (request) => {
      await requireNodeOperator(deps, principalOf(request));
      if (!hasCapability(deps.config.role, 'publishes-rule-packs')) {
        throw new AppError(
          'NATIONAL_VIEW_MINISTRY_ONLY',
          '全国概览仅在部级节点提供 / the national view is only on the ministry node',
        );
      }
      return nationalOverview(deps, request.query.staleDays);
    },
  );

  // The regulator views (/regulator/overview, /map, /targets; docs/regulator-views.md).
  regulatorRoutes(app, deps);
}

/** `POST /api/v1/rollups/send`: the province sends its rollup to the ministry now. */
export function rollupRoutes(app: ZodApp, deps: NodeDeps): void {
  app.post(
    '/rollups/send',
    { schema: { tags: TAGS, response: { 200: RollupSentSchema } } },
    async (request) => {
      await requireNodeOperator(deps, principalOf(request));
      return sendRollup(deps);
    },
  );
}

/** Node directory and national view: nodes with children. */
export const nationalGroup: RouteGroup = {
  name: 'national',
  capability: 'receives-filings',
  register: nationalRoutes,
};

/** Rollups on demand: nodes that report to a parent (province). */
export const rollupsGroup: RouteGroup = {
  name: 'rollups',
  capability: 'reports-to-parent',
  register: rollupRoutes,
};
