import {
  RegulatorMapQuerySchema,
  RegulatorMapSchema,
  RegulatorOverviewQuerySchema,
  RegulatorOverviewSchema,
  RegulatorTargetsSchema,
} from '@shuan/contracts';
import { requireNodeOperator } from '../federation/manage-federation.ts';
import { AppError } from '../http/app-error.ts';
import type { NodeDeps } from '../http/context.ts';
import { principalOf, type ZodApp } from '../http/zod-app.ts';
import { regulatorMap } from './regulator-map.ts';
import { regulatorOverview } from './regulator-overview.ts';
import { regulatorTargets } from './regulator-targets.ts';

const TAGS = ['federation'];

/** The map and the targets are national figures: only the ministry holds them. */
function requireMinistry(deps: NodeDeps, what: string): void {
  if (deps.config.role !== 'ministry') {
    throw new AppError(
      'NATIONAL_VIEW_MINISTRY_ONLY',
      `${what}仅在部级节点提供 / the ${what === '全国地图' ? 'national map' : 'plan targets'} are only on the ministry node`,
    );
  }
}

/**
 * Regulator views (docs/regulator-views.md), mounted with the national group on province and
 * ministry nodes. They belong to the node (a tenant's users get 403) and read only the
 * rollups of migration 0014. Not cached: the rollups are node-level rows without org-scoped
 * change notifications, and they are cheap to read.
 */
export function regulatorRoutes(app: ZodApp, deps: NodeDeps): void {
  app.get(
    '/regulator/overview',
    {
      schema: {
        tags: TAGS,
        querystring: RegulatorOverviewQuerySchema,
        response: { 200: RegulatorOverviewSchema },
      },
    },
    async (request) => {
      await requireNodeOperator(deps, principalOf(request));
      return regulatorOverview(deps, request.query.months);
    },
  );

  app.get(
    '/regulator/map',
    {
      schema: {
        tags: TAGS,
        querystring: RegulatorMapQuerySchema,
        response: { 200: RegulatorMapSchema },
      },
    },
    async (request) => {
      await requireNodeOperator(deps, principalOf(request));
      requireMinistry(deps, '全国地图');
      return regulatorMap(deps, request.query.figure);
    },
  );

  app.get(
    '/regulator/targets',
    { schema: { tags: TAGS, response: { 200: RegulatorTargetsSchema } } },
    async (request) => {
      await requireNodeOperator(deps, principalOf(request));
      requireMinistry(deps, '规划目标');
      return regulatorTargets(deps);
    },
  );
}
