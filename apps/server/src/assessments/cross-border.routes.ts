import {
  CrossBorderDecisionListSchema,
  CrossBorderDecisionSchema,
  CrossBorderItemListSchema,
  CrossBorderRulesSchema,
  CrossBorderSelfCheckRequestSchema,
  ListCrossBorderDecisionsQuerySchema,
} from '@shuan/contracts';
import { crossBorderRepository } from '@shuan/db';
import { crossBorderSettingsOf } from '../config.ts';
import type { NodeDeps } from '../http/context.ts';
import { principalOf, type ZodApp } from '../http/zod-app.ts';
import type { RouteGroup } from '../roles/route-group.ts';
import {
  presentCrossBorderDecision,
  presentCrossBorderItems,
  presentCrossBorderRules,
} from './cross-border.presenter.ts';
import { runCrossBorderCheck } from './run-cross-border-check.ts';

const tags = ['cross-border'];

/** How many checks the history answers with (newest first). */
const HISTORY_LIMIT = 500;

/**
 * The cross-border self-check (`/api/v1/cross-border/…`, docs/risk-assessment.md): core decides
 * the path from the counts and flags, and the decision is recorded with its basis and the
 * catalog items it covers — the items' legal basis on record, which the assessment's
 * pre-fill looks for. Not cached: the lists are small and read right after a check.
 */
export function crossBorderRoutes(app: ZodApp, deps: NodeDeps): void {
  app.post(
    '/cross-border/self-check',
    {
      schema: {
        tags,
        body: CrossBorderSelfCheckRequestSchema,
        response: { 200: CrossBorderDecisionSchema },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const { id } = await runCrossBorderCheck(deps, principal, request.body);
      const row = await crossBorderRepository.get(deps.pool, principal.orgId, id);
      if (row === undefined) throw new Error('the recorded check is missing');
      return presentCrossBorderDecision(row);
    },
  );

  app.get(
    '/cross-border/decisions',
    {
      schema: {
        tags,
        querystring: ListCrossBorderDecisionsQuerySchema,
        response: { 200: CrossBorderDecisionListSchema },
      },
    },
    async (request) => {
      const rows = await crossBorderRepository.decisions(deps.pool, principalOf(request).orgId, {
        itemId: request.query.catalogItemId,
        limit: HISTORY_LIMIT,
      });
      return { items: rows.map(presentCrossBorderDecision) };
    },
  );

  app.get(
    '/cross-border/items',
    { schema: { tags, response: { 200: CrossBorderItemListSchema } } },
    async (request) =>
      presentCrossBorderItems(
        await crossBorderRepository.items(deps.pool, principalOf(request).orgId),
        crossBorderSettingsOf(deps.config),
      ),
  );

  app.get(
    '/cross-border/rules',
    { schema: { tags, response: { 200: CrossBorderRulesSchema } } },
    () => presentCrossBorderRules(crossBorderSettingsOf(deps.config)),
  );
}

/** The self-check routes (an enterprise node; tenants on a province). */
export const crossBorderGroup: RouteGroup = {
  name: 'cross-border',
  capability: 'keeps-catalog',
  register: crossBorderRoutes,
};
