import {
  CrossBorderDecisionListSchema,
  CrossBorderDecisionSchema,
  CrossBorderSelfCheckRequestSchema,
} from '@shuan/contracts';
import {
  CROSS_BORDER_PATH_NAMES,
  CrossBorderRuleError,
  decideCrossBorderPath,
  type CrossBorderPath,
} from '@shuan/core';
import { assessmentFactsRepository, withTransaction, type CrossBorderDecisionRow } from '@shuan/db';
import { appendAudit } from '../audit/append-audit.ts';
import { AppError } from '../http/app-error.ts';
import type { NodeDeps } from '../http/context.ts';
import { principalOf, type ZodApp } from '../http/zod-app.ts';
import type { RouteGroup } from '../roles/route-group.ts';

const tags = ['cross-border'];

function present(row: CrossBorderDecisionRow) {
  return {
    id: row.id,
    catalogItemId: row.catalogItemId,
    path: row.path,
    pathName: CROSS_BORDER_PATH_NAMES[row.path as CrossBorderPath],
    basisId: row.basisId,
    decision: row.decision as Record<string, unknown>,
    note: row.note,
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt.toISOString(),
  };
}

/**
 * The cross-border self-check (`/api/v1/cross-border/…`, reference §6): core decides the path
 * from the counts and flags, and the decision is recorded with its basis — for a catalog
 * item, that is the item's legal basis on record, which the assessment's pre-fill looks for.
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
      const { catalogItemId, note, ...facts } = request.body;
      let decision;
      try {
        decision = decideCrossBorderPath(facts);
      } catch (error) {
        if (error instanceof CrossBorderRuleError) {
          throw new AppError('CROSS_BORDER_FACTS_INVALID', error.message);
        }
        throw error;
      }
      const row = await withTransaction(deps.pool, async (tx) => {
        if (
          catalogItemId !== null &&
          !(await assessmentFactsRepository.itemExists(tx, principal.orgId, catalogItemId))
        ) {
          throw new AppError(
            'ASSESSMENT_CATALOG_ITEM_UNKNOWN',
            '目录条目不存在 / catalog item not found',
          );
        }
        const inserted = await assessmentFactsRepository.insertDecision(tx, principal.orgId, {
          catalogItemId,
          facts,
          path: decision.path,
          basisId: decision.basis.id,
          decision,
          note,
          decidedBy: principal.username,
        });
        await appendAudit(tx, {
          orgId: principal.orgId,
          actor: principal.username,
          action: 'cross-border.decide',
          target: catalogItemId === null ? '' : `catalog-item:${catalogItemId}`,
          payload: { path: decision.path, basis: decision.basis.id },
        });
        return inserted;
      });
      return present(row);
    },
  );

  app.get(
    '/cross-border/decisions',
    { schema: { tags, response: { 200: CrossBorderDecisionListSchema } } },
    async (request) => {
      const rows = await assessmentFactsRepository.decisions(deps.pool, principalOf(request).orgId);
      return { items: rows.map(present) };
    },
  );
}

/** The self-check routes (an enterprise node; tenants on a province). */
export const crossBorderGroup: RouteGroup = {
  name: 'cross-border',
  capability: 'keeps-catalog',
  register: crossBorderRoutes,
};
