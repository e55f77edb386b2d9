import { z } from 'zod';
import { FilingEnterpriseSchema } from '../federation/enterprise.schema.ts';
import { FiledItemSchema } from '../federation/messages.schema.ts';
import { ListQuerySchema, pageOf, QueryBooleanSchema } from './common.schema.ts';

/**
 * Enterprise-side states of a filing. `refused`: the province stored it but refused to take
 * it in (a `message.refused`, e.g. the enterprise is outside the node's enrollment scope).
 */
export const FILING_STATUSES = [
  'submitted',
  'accepted',
  'returned',
  'withdrawn',
  'refused',
] as const;

/** Province-side states of a received filing (`received` = waiting for review). */
export const FILING_REVIEW_STATUSES = ['received', 'accepted', 'returned', 'withdrawn'] as const;

/** How a deadline stands today (core `deadlineState`). */
export const DeadlineStateSchema = z.enum(['open', 'due-soon', 'overdue']);

/** The enterprise's identity as it files it; `source` says where it comes from. */
export const FilingProfileSchema = z.object({
  uscc: z.string(),
  name: z.string(),
  regionCode: z.string(),
  /** GB/T 4754 division with its section letter (`C31`), as filings carry it. */
  industryCode: z.string(),
  /** `profile`: set on this node; `registry`: a tenant's entry in the province registry. */
  source: z.enum(['profile', 'registry']),
});

/** Body of `PUT /api/v1/filings/profile`; codes are checked like registry entries. */
export const SaveFilingProfileRequestSchema = z.strictObject({
  uscc: z.string().min(1).max(40),
  name: z.string().min(1).max(200),
  regionCode: z.string().min(1).max(12),
  industryCode: z.string().min(1).max(6),
});

/** Body of `POST /api/v1/filings`: file frozen version `version`, in full or as changes. */
export const CreateFilingRequestSchema = z.strictObject({
  version: z.number().int().min(1).max(1_000_000),
  kind: z.enum(['full', 'changes']),
});

/** Body of `POST /api/v1/filings/:id/withdraw`. */
export const WithdrawFilingRequestSchema = z.strictObject({
  reason: z.string().trim().min(1).max(1000),
});

/** Items of a filing by level (only important and core data are filed). */
export const FilingLevelCountsSchema = z.object({
  important: z.number().int().min(0),
  core: z.number().int().min(0),
});

/** One item of a filing as shown, with the province's comment on it. */
export const FilingItemViewSchema = z.object({
  itemId: z.uuid(),
  /** `filed` in a full filing; `added` / `changed` / `removed` in a changes filing. */
  change: z.enum(['filed', 'added', 'changed', 'removed']),
  /** The Art. 12 fields; null for a removed item. */
  item: FiledItemSchema.nullable(),
  comment: z.string().nullable(),
});

const FilingCommonSchema = z.object({
  id: z.uuid(),
  kind: z.enum(['full', 'changes']),
  catalogVersion: z.number().int(),
  baseVersion: z.number().int().nullable(),
  resubmitOf: z.uuid().nullable(),
  itemCount: z.number().int().min(0),
  counts: FilingLevelCountsSchema,
  reviewedAt: z.iso.datetime().nullable(),
  reviewer: z.string().nullable(),
  withdrawnAt: z.iso.datetime().nullable(),
  withdrawReason: z.string().nullable(),
  /** Last day (inclusive) of the province's 20 working days. */
  reviewBy: z.string(),
  /** State of the running deadline (review, or re-submission after a return); else null. */
  deadlineState: DeadlineStateSchema.nullable(),
  overdue: z.boolean(),
});

/** An enterprise's filing in its list. */
export const FilingSchema = FilingCommonSchema.extend({
  status: z.enum(FILING_STATUSES),
  submittedBy: z.string(),
  submittedAt: z.iso.datetime(),
  /** Last day to re-submit a returned filing (15 working days from receiving the return). */
  resubmitBy: z.string().nullable(),
  /** True once a later filing answers this returned one. */
  resubmitted: z.boolean(),
  /** Why the province refused it (status `refused`): its code and reason ("中文 / English"). */
  refusal: z.object({ code: z.string(), reason: z.string(), at: z.iso.datetime() }).nullable(),
});

/** `GET /api/v1/filings/:id`: the filing, its items and the province's comments. */
export const FilingDetailSchema = FilingSchema.extend({
  enterprise: FilingEnterpriseSchema,
  reviewComment: z.string(),
  items: z.array(FilingItemViewSchema),
});

/** Query of `GET /api/v1/filings`. */
export const ListFilingsQuerySchema = ListQuerySchema.extend({
  status: z.enum(FILING_STATUSES).optional(),
});

/** A page of filings, newest first. */
export const FilingPageSchema = pageOf(FilingSchema);

/** A received filing in the province's review queue. */
export const FilingReviewSchema = FilingCommonSchema.extend({
  filingId: z.uuid(),
  status: z.enum(FILING_REVIEW_STATUSES),
  sender: z.string(),
  /** True for an enterprise hosted as a tenant on this node. */
  tenant: z.boolean(),
  enterprise: FilingEnterpriseSchema,
  /** The registry entry of the sender (node id or tenant org), when there is one. */
  registryId: z.uuid().nullable(),
  receivedAt: z.iso.datetime(),
  changes: z
    .object({ added: z.number().int(), changed: z.number().int(), removed: z.number().int() })
    .nullable(),
});

/** `GET /api/v1/filing-reviews/:id`: the filing with its items and the decision so far. */
export const FilingReviewDetailSchema = FilingReviewSchema.extend({
  reviewComment: z.string(),
  items: z.array(FilingItemViewSchema),
});

/** Query of the review queue: `status`, `overdue=true`, sort `deadline` (default) or `-deadline`. */
export const ListFilingReviewsQuerySchema = ListQuerySchema.extend({
  status: z.enum(FILING_REVIEW_STATUSES).optional(),
  overdue: QueryBooleanSchema.optional(),
});

/** A page of the review queue, earliest deadline first. */
export const FilingReviewPageSchema = pageOf(FilingReviewSchema);

/** Body of `POST /api/v1/filing-reviews/:id/review`. A return needs a comment. */
export const ReviewFilingRequestSchema = z.strictObject({
  decision: z.enum(['accepted', 'returned']),
  comment: z.string().trim().max(2000).default(''),
  itemComments: z
    .array(z.strictObject({ itemId: z.uuid(), comment: z.string().trim().min(1).max(1000) }))
    .max(5000)
    .default([]),
});

/** A review request as parsed. */
export type ReviewFilingRequest = z.infer<typeof ReviewFilingRequestSchema>;
