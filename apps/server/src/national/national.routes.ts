import {
  ListOverdueRefilingsQuerySchema,
  NationalAssessmentSummariesQuerySchema,
  NationalAssessmentSummariesSchema,
  NationalOverviewQuerySchema,
  NationalOverviewSchema,
  NodeDirectorySchema,
  OverdueRefilingPageSchema,
  RollupSentSchema,
} from '@shuan/contracts';
import { chinaDate, hasCapability } from '@shuan/core';
import { rollupRefilingsRepository } from '@shuan/db';
import { requireNodeOperator } from '../federation/manage-federation.ts';
import { AppError } from '../http/app-error.ts';
import type { NodeDeps } from '../http/context.ts';
import { principalOf, type ZodApp } from '../http/zod-app.ts';
import type { RouteGroup } from '../roles/route-group.ts';
import { sendRollup } from '../rollups/send-rollup.ts';
import { nationalYearSummaries } from './national-assessment-summaries.ts';
import { nationalOverview } from './national-overview.ts';
import { nodeDirectory } from './node-directory.ts';
import { presentOverdueRefiling } from './overdue-refiling.presenter.ts';
import { regulatorRoutes } from './regulator.routes.ts';

const TAGS = ['federation'];

/** The national views are the ministry's: a province answers NATIONAL_VIEW_MINISTRY_ONLY. */
function requireMinistry(deps: NodeDeps): void {
  if (!hasCapability(deps.config.role, 'publishes-rule-packs')) {
    throw new AppError(
      'NATIONAL_VIEW_MINISTRY_ONLY',
      '全国概览仅在部级节点提供 / the national view is only on the ministry node',
    );
  }
}

/**
 * The parent's views of the federation: the node directory (province and ministry), the
 * national overview and its overdue re-filings (ministry; a province answers
 * NATIONAL_VIEW_MINISTRY_ONLY). All belong to the node: a tenant's users on a province get
 * 403. Not cached: heartbeats and rollups change them without an org-scoped commit.
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
      requireMinistry(deps);
      return nationalOverview(deps, request.query.staleDays);
    },
  );

  // The enterprises past their re-filing deadline, as the provinces' latest rollups list them.
  app.get(
    '/national/refilings/overdue',
    {
      schema: {
        tags: TAGS,
        querystring: ListOverdueRefilingsQuerySchema,
        response: { 200: OverdueRefilingPageSchema },
      },
    },
    async (request) => {
      await requireNodeOperator(deps, principalOf(request));
      requireMinistry(deps);
      const { province, ...paging } = request.query;
      const now = new Date();
      const page = await rollupRefilingsRepository.listOverdue(
        deps.pool,
        { sender: province },
        paging,
      );
      return { ...page, items: page.items.map((row) => presentOverdueRefiling(row, now)) };
    },
  );

  // The provinces' yearly assessment summaries (before 25 December), overdue ones first.
  app.get(
    '/national/assessment-summaries',
    {
      schema: {
        tags: TAGS,
        querystring: NationalAssessmentSummariesQuerySchema,
        response: { 200: NationalAssessmentSummariesSchema },
      },
    },
    async (request) => {
      await requireNodeOperator(deps, principalOf(request));
      requireMinistry(deps);
      const year = request.query.year ?? Number(chinaDate(new Date()).slice(0, 4));
      return nationalYearSummaries(deps, year);
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
