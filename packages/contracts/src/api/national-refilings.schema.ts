import { z } from 'zod';
import { NodeIdSchema } from '../federation/envelope.schema.ts';
import { FilingEnterpriseSchema } from '../federation/enterprise.schema.ts';
import { ListQuerySchema, pageOf } from './common.schema.ts';

/**
 * Re-filing obligations after a material change (Measures Art. 12: within 3 months) by
 * status, as the provinces' rollups report them: `pending` (open, last day not passed),
 * `overdue` (open, past it), `refiledOnTime` / `refiledLate` (answered by a filing that
 * reached the province on or before / after the last day).
 */
export const RefilingTotalsSchema = z.object({
  pending: z.number().int(),
  overdue: z.number().int(),
  refiledOnTime: z.number().int(),
  refiledLate: z.number().int(),
});

/** The national view's re-filings: summed over the provinces that report them, and by industry. */
export const NationalRefilingsSchema = z.object({
  /** Provinces whose latest rollup carries re-filings (older nodes' rollups do not). */
  reporting: z.number().int(),
  totals: RefilingTotalsSchema,
  byIndustry: z.array(
    RefilingTotalsSchema.extend({ code: z.string(), name: z.string(), nameEn: z.string() }),
  ),
});

/** Query of `GET /api/v1/national/refilings/overdue`: `province` keeps one province node. */
export const ListOverdueRefilingsQuerySchema = ListQuerySchema.extend({
  province: NodeIdSchema.optional(),
});

/**
 * An enterprise past its re-filing deadline, as its province's latest rollup reported it
 * (`rollupAsOf`): the ministry sees it until a later rollup no longer lists it.
 */
export const OverdueRefilingSchema = z.object({
  /** The province node that reported it. */
  province: z.string(),
  provinceRegion: z.string(),
  provinceName: z.string().nullable(),
  enterprise: FilingEnterpriseSchema,
  regionName: z.string().nullable(),
  industryName: z.string().nullable(),
  industryNameEn: z.string().nullable(),
  changedAt: z.iso.datetime(),
  refileBy: z.iso.date(),
  /** Calendar days past the last day, as of now. */
  daysOverdue: z.number().int(),
  rollupAsOf: z.iso.datetime(),
});

/** A page of overdue re-filings, earliest last day first. */
export const OverdueRefilingPageSchema = pageOf(OverdueRefilingSchema);
