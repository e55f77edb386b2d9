import {
  CreateFilingRequestSchema,
  FilingDetailSchema,
  FilingPageSchema,
  FilingProfileSchema,
  IdParamsSchema,
  ListFilingsQuerySchema,
  RefilingStatusSchema,
  SaveFilingProfileRequestSchema,
  WithdrawFilingRequestSchema,
} from '@shuan/contracts';
import { filingsRepository, withTransaction } from '@shuan/db';
import type { NodeDeps } from '../http/context.ts';
import { principalOf, type ZodApp } from '../http/zod-app.ts';
import type { RouteGroup } from '../roles/route-group.ts';
import { filingNotFound, submitFiling, withdrawFiling } from './enterprise-filings.ts';
import { presentFiling, presentFilingDetail } from './filing.presenter.ts';
import { resolveFiler, saveFilingProfile } from './filing-profile.ts';
import { presentRefilingStatus } from './refiling.presenter.ts';
import { trackRefiling } from './track-refiling.ts';

const tags = ['filings'];

/**
 * The enterprise side of the filing loop (`/api/v1/filings…`): the filing profile, filing
 * a frozen catalog version, the list with deadlines, one filing with the province's
 * comments, withdrawing, and the re-filing due after a material change. Not cached: the answers carry today's deadline states.
 */
export function filingRoutes(app: ZodApp, deps: NodeDeps): void {
  app.get(
    '/filings/profile',
    { schema: { tags, response: { 200: FilingProfileSchema } } },
    async (request) => {
      const filer = await resolveFiler(deps, deps.pool, principalOf(request).orgId);
      const { uscc, name, region, industry } = filer.enterprise;
      return { uscc, name, regionCode: region, industryCode: industry, source: filer.source };
    },
  );

  app.put(
    '/filings/profile',
    {
      schema: {
        tags,
        body: SaveFilingProfileRequestSchema,
        response: { 200: FilingProfileSchema },
      },
    },
    async (request) => {
      const saved = await saveFilingProfile(deps, principalOf(request), request.body);
      return {
        uscc: saved.uscc,
        name: saved.name,
        regionCode: saved.region,
        industryCode: saved.industry,
        source: 'profile' as const,
      };
    },
  );

  // Whether the catalog changed materially since the last accepted filing and by when to
  // re-file: brought up to date now (as the periodic check does), so the page is never behind.
  app.get(
    '/filings/refiling',
    { schema: { tags, response: { 200: RefilingStatusSchema } } },
    async (request) => {
      const orgId = principalOf(request).orgId;
      const now = new Date();
      const standing = await withTransaction(deps.pool, async (tx) => {
        await filingsRepository.lockOrg(tx, orgId);
        return trackRefiling(deps, tx, orgId, now);
      });
      return presentRefilingStatus(standing, now);
    },
  );

  app.get(
    '/filings',
    { schema: { tags, querystring: ListFilingsQuerySchema, response: { 200: FilingPageSchema } } },
    async (request) => {
      const now = new Date();
      const page = await filingsRepository.list(
        deps.pool,
        principalOf(request).orgId,
        request.query,
      );
      return { ...page, items: page.items.map((row) => presentFiling(row, now)) };
    },
  );

  app.post(
    '/filings',
    { schema: { tags, body: CreateFilingRequestSchema, response: { 200: FilingDetailSchema } } },
    async (request) =>
      presentFilingDetail(await submitFiling(deps, principalOf(request), request.body), new Date()),
  );

  app.get(
    '/filings/:id',
    { schema: { tags, params: IdParamsSchema, response: { 200: FilingDetailSchema } } },
    async (request) => {
      const row = await filingsRepository.get(
        deps.pool,
        principalOf(request).orgId,
        request.params.id,
      );
      if (row === undefined) throw filingNotFound();
      return presentFilingDetail(row, new Date());
    },
  );

  app.post(
    '/filings/:id/withdraw',
    {
      schema: {
        tags,
        params: IdParamsSchema,
        body: WithdrawFilingRequestSchema,
        response: { 200: FilingDetailSchema },
      },
    },
    async (request) =>
      presentFilingDetail(
        await withdrawFiling(deps, principalOf(request), request.params.id, request.body.reason),
        new Date(),
      ),
  );
}

/** The enterprise node's filing group (it files to its parent). */
export const filingsGroup: RouteGroup = {
  name: 'filings',
  capability: 'files-to-parent',
  register: filingRoutes,
};

/**
 * The same routes on a node that hosts tenants (a province): a tenant files into this
 * node's own review queue, in one transaction, with no message (filing-profile.ts).
 */
export const tenantFilingsGroup: RouteGroup = { ...filingsGroup, capability: 'hosts-tenants' };
