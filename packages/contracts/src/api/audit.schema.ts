import { z } from 'zod';
import { ListQuerySchema, pageOf } from './common.schema.ts';

/** One entry of the SM3-chained, append-only audit log. */
export const AuditEntrySchema = z.object({
  seq: z.number().int(),
  at: z.iso.datetime(),
  actor: z.string(),
  action: z.string(),
  target: z.string(),
  payload: z.record(z.string(), z.unknown()),
  hash: z.string(),
});

/** Query of `GET /api/v1/audit`. */
export const ListAuditQuerySchema = ListQuerySchema.extend({
  action: z.string().max(100).optional(),
  actor: z.string().max(100).optional(),
  from: z.iso.datetime().optional(),
  to: z.iso.datetime().optional(),
});

/** A page of audit entries (newest first by default). */
export const AuditPageSchema = pageOf(AuditEntrySchema);

/** Answer of `GET /api/v1/audit/verify`: the first broken entry, if any. */
export const AuditVerifyResponseSchema = z.object({
  ok: z.boolean(),
  checked: z.number().int().min(0),
  firstBroken: z.object({ seq: z.number().int(), reason: z.string() }).optional(),
});

/** Answer of `GET /api/v1/overview`. */
export const OverviewResponseSchema = z.object({
  itemsByLevel: z.object({
    general: z.number().int(),
    important: z.number().int(),
    core: z.number().int(),
  }),
  itemsByCategory: z.record(z.string(), z.number().int()),
  pendingReview: z.number().int(),
  latestScans: z.array(
    z.object({
      id: z.uuid(),
      sourceName: z.string(),
      status: z.string(),
      createdAt: z.iso.datetime(),
      finishedAt: z.iso.datetime().nullable(),
    }),
  ),
});
