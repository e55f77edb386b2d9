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
 * The overview and the map are cached until the node's figures change: every change of the
 * rollup tables they read notifies 'node' (migration 0015), so an ingest commit retires
 * them; a minute at most for the clock (the month window, `generatedAt`). Entries are per
 * org, and only a node operator's org ever stores a 200 answer. The targets are not cached:
 * they count peers, which notify nothing.
 */
const NODE_CACHED = { cacheResponse: 'node', cacheMaxAgeMs: 60_000 } as const;

/**
 * Regulator views (docs/regulator-views.md), mounted with the national group on province and
 * ministry nodes. They belong to the node (a tenant's users get 403) and read only the
 * rollups of migrations 0014 and 0015.
 */
export function regulatorRoutes(app: ZodApp, deps: NodeDeps): void {
  app.get(
    '/regulator/overview',
    {
      config: NODE_CACHED,
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
      config: NODE_CACHED,
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
