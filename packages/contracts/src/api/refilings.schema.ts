import { z } from 'zod';
import { FilingEnterpriseSchema } from '../federation/enterprise.schema.ts';
import {
  MaterialChangeSummarySchema,
  RefilingStateSchema,
} from '../federation/refiling-messages.schema.ts';
import { ListQuerySchema, pageOf, QueryBooleanSchema } from './common.schema.ts';
import { DeadlineStateSchema } from './filings.schema.ts';

/**
 * `GET /api/v1/filings/refiling`: whether the catalog changed materially since the last
 * accepted filing, and by when it must be re-filed (变更后须在…前重新备案). `state` is `none`
 * when there is no accepted filing or no material change.
 */
export const RefilingStatusSchema = z.object({
  state: z.enum(['none', 'open', 'refiled']),
  /** The last accepted filing and its catalog version, when there is one. */
  baseFilingId: z.uuid().nullable(),
  baseCatalogVersion: z.number().int().nullable(),
  /** When this node first saw the change; null with state `none`. */
  changedAt: z.iso.datetime().nullable(),
  /** Last day (inclusive) to re-file: 3 months after the change, on a working day. */
  refileBy: z.string().nullable(),
  /** Only for `open`. */
  deadlineState: DeadlineStateSchema.nullable(),
  overdue: z.boolean(),
  /** The filing that answers the change (state `refiled`). */
  refiledFilingId: z.uuid().nullable(),
  summary: MaterialChangeSummarySchema.nullable(),
});

/** A re-filing obligation an enterprise reported to the province (or a tenant's, directly). */
export const ReceivedRefilingSchema = z.object({
  id: z.uuid(),
  sender: z.string(),
  tenant: z.boolean(),
  enterprise: FilingEnterpriseSchema,
  /** The registry entry of the sender (node id or tenant org), when there is one. */
  registryId: z.uuid().nullable(),
  baseFilingId: z.uuid(),
  baseCatalogVersion: z.number().int(),
  changedAt: z.iso.datetime(),
  refileBy: z.string(),
  state: RefilingStateSchema,
  /** Only for `open`. */
  deadlineState: DeadlineStateSchema.nullable(),
  overdue: z.boolean(),
  refiledFilingId: z.uuid().nullable(),
  summary: MaterialChangeSummarySchema,
  receivedAt: z.iso.datetime(),
});

/**
 * Query of `GET /api/v1/refilings`: `state` (default `open`), `overdue=true` for open ones
 * past their last day; earliest deadline first.
 */
export const ListRefilingsQuerySchema = ListQuerySchema.extend({
  state: RefilingStateSchema.optional(),
  overdue: QueryBooleanSchema.optional(),
});

/** A page of re-filing obligations, earliest deadline first. */
export const RefilingPageSchema = pageOf(ReceivedRefilingSchema);
