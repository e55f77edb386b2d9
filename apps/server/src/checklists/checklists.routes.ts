import {
  ChecklistFileSchema,
  ChecklistVersionListSchema,
  ChecklistVersionParamsSchema,
  PublishChecklistRequestSchema,
  PublishedChecklistSchema,
} from '@shuan/contracts';
import { builtinChecklist } from '@shuan/core';
import { assessmentChecklistsRepository, withReadSnapshot } from '@shuan/db';
import { AppError, MESSAGES } from '../http/app-error.ts';
import type { NodeDeps } from '../http/context.ts';
import { principalOf, type ZodApp } from '../http/zod-app.ts';
import type { RouteGroup } from '../roles/route-group.ts';
import { presentChecklistList, presentChecklistRow } from './checklist.presenter.ts';
import { currentChecklist, isBuiltinChecklist } from './current-checklist.ts';
import { publishChecklist } from './publish-checklist.ts';

const tags = ['assessments'];

/**
 * Risk assessment checklists on this node (`/api/v1/assessment-checklists`,
 * docs/risk-assessment.md § Checklist versions): the versions it bundles, published or
 * received, with the one its next assessment uses; one version's file (a template to edit
 * and publish anew); publishing a version (province and ministry admins;
 * ASSESSMENT_CHECKLIST_NOT_PUBLISHER elsewhere). Every user reads: the enterprise's officer
 * sees which checklist a new assessment will use.
 */
export function checklistRoutes(app: ZodApp, deps: NodeDeps): void {
  app.get(
    '/assessment-checklists',
    { schema: { tags, response: { 200: ChecklistVersionListSchema } } },
    async () =>
      // One snapshot: a version applied between two reads would leave `current` behind the list.
      withReadSnapshot(deps.pool, async (tx) => {
        const current = await currentChecklist(tx);
        const held = await assessmentChecklistsRepository.list(tx);
        return presentChecklistList(current, held);
      }),
  );

  app.get(
    '/assessment-checklists/:checklistId/:version',
    {
      schema: {
        tags,
        params: ChecklistVersionParamsSchema,
        response: { 200: ChecklistFileSchema },
      },
    },
    async (request) => {
      const { checklistId, version } = request.params;
      const held = await assessmentChecklistsRepository.get(deps.pool, checklistId, version);
      if (held !== undefined) return held.checklist;
      if (isBuiltinChecklist(checklistId)) {
        const bundled = builtinChecklist(checklistId);
        if (bundled.version === version) return bundled as unknown as Record<string, unknown>;
      }
      throw new AppError(
        'ASSESSMENT_CHECKLIST_NOT_FOUND',
        MESSAGES.notFound(
          `评估检查单 ${checklistId} ${version} `,
          `checklist ${checklistId} ${version}`,
        ),
      );
    },
  );

  app.post(
    '/assessment-checklists',
    {
      schema: {
        tags,
        body: PublishChecklistRequestSchema,
        response: { 200: PublishedChecklistSchema },
      },
    },
    async (request) => {
      const published = await publishChecklist(deps, principalOf(request), request.body);
      return { ...presentChecklistRow(published.row, true), queuedTo: published.queuedTo };
    },
  );
}

/** Every node lists its checklists; provinces and the ministry publish (checked in the use case). */
export const checklistsGroup: RouteGroup = {
  name: 'assessment-checklists',
  capability: null,
  register: checklistRoutes,
};
