import { AuditPageSchema, AuditVerifyResponseSchema, ListAuditQuerySchema } from '@shuan/contracts';
import { auditRepository } from '@shuan/db';
import { verifyAudit } from '../audit/verify-audit.ts';
import type { NodeDeps } from '../http/context.ts';
import { principalOf, type ZodApp } from '../http/zod-app.ts';

/** The org's audit log with filters, and the verification of its SM3 chain. */
export function auditRoutes(app: ZodApp, deps: NodeDeps): void {
  app.get(
    '/audit',
    {
      config: { cacheResponse: true },
      schema: {
        tags: ['audit'],
        querystring: ListAuditQuerySchema,
        response: { 200: AuditPageSchema },
      },
    },
    async (request) => {
      const { from, to, ...rest } = request.query;
      const page = await auditRepository.list(deps.pool, principalOf(request).orgId, {
        ...rest,
        from: from === undefined ? undefined : new Date(from),
        to: to === undefined ? undefined : new Date(to),
      });
      return {
        ...page,
        items: page.items.map((row) => ({
          seq: row.seq,
          at: row.at.toISOString(),
          actor: row.actor,
          action: row.action,
          target: row.target,
          payload: row.payload,
          hash: row.hash,
        })),
      };
    },
  );

  app.get(
    '/audit/verify',
    { schema: { tags: ['audit'], response: { 200: AuditVerifyResponseSchema } } },
    async (request) => {
      const verdict = await verifyAudit(deps.pool, principalOf(request).orgId);
      return verdict.firstBroken === undefined
        ? { ok: verdict.ok, checked: verdict.checked }
        : {
            ok: verdict.ok,
            checked: verdict.checked,
            firstBroken: { seq: verdict.firstBroken.seq, reason: verdict.firstBroken.reason },
          };
    },
  );
}
