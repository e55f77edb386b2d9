import { z } from 'zod';
import { CATEGORY_CODES, LABEL_CODES, LEVELS } from '@shuan/core/taxonomy';
import { ListQuerySchema, pageOf, QueryBooleanSchema } from './common.schema.ts';

/** Review states of a catalog item. */
export const REVIEW_STATUS_CODES = ['pending', 'confirmed', 'changed'] as const;

const CategorySchema = z.enum(CATEGORY_CODES).nullable();

/** The filing fields of an item (reference §9 "Filing form"), editable by PATCH. */
export const FilingFieldsSchema = z.object({
  department: z.string().max(200),
  purpose: z.string().max(1000),
  storageLocation: z.string().max(500),
  sharing: z.boolean(),
  crossBorder: z.boolean(),
  protection: z.string().max(1000),
  responsiblePerson: z.string().max(100),
});

/**
 * One item of the important/core data catalog: a table or file of a source with its
 * current (reviewed or proposed) category and level, the scanner's latest proposal, the
 * scanned facts and the filing fields.
 */
export const CatalogItemSchema = FilingFieldsSchema.extend({
  id: z.uuid(),
  sourceId: z.uuid(),
  sourceName: z.string(),
  table: z.string(),
  comment: z.string().nullable(),
  category: CategorySchema,
  level: z.enum(LEVELS),
  proposed: z.object({
    category: CategorySchema,
    level: z.enum(LEVELS),
    reasons: z.array(z.string()),
    scanId: z.string(),
  }),
  status: z.enum(REVIEW_STATUS_CODES),
  hasProposalDiff: z.boolean(),
  pi: z.boolean(),
  sensitivePi: z.boolean(),
  labels: z.array(z.enum(LABEL_CODES)),
  rows: z.number().nullable(),
  sizeBytes: z.number().nullable(),
  reviewedBy: z.string().nullable(),
  reviewedAt: z.iso.datetime().nullable(),
  reviewReason: z.string().nullable(),
  columns: z.array(
    z.object({
      name: z.string(),
      dataType: z.string(),
      comment: z.string().optional(),
      labels: z.array(z.enum(LABEL_CODES)),
      category: CategorySchema,
      level: z.enum(LEVELS),
    }),
  ),
});

/** A catalog item as parsed. */
export type CatalogItemDto = z.infer<typeof CatalogItemSchema>;

/** Query of `GET /api/v1/catalog/items`. */
export const ListCatalogItemsQuerySchema = ListQuerySchema.extend({
  level: z.enum(LEVELS).optional(),
  category: z.enum(CATEGORY_CODES).optional(),
  status: z.enum(REVIEW_STATUS_CODES).optional(),
  sourceId: z.uuid().optional(),
  hasProposalDiff: QueryBooleanSchema.optional(),
  q: z.string().max(100).optional(),
});

/**
 * A catalog item as the list shows it: without its columns (fetched when the item is
 * opened), with their number. Keeps a page small: 20 items with their columns were ~36 KB.
 */
export const CatalogItemSummarySchema = CatalogItemSchema.omit({ columns: true }).extend({
  columnCount: z.number().int().nonnegative(),
});

/** A catalog item of the list, as parsed. */
export type CatalogItemSummaryDto = z.infer<typeof CatalogItemSummarySchema>;

/** A page of catalog items (summaries). */
export const CatalogItemPageSchema = pageOf(CatalogItemSummarySchema);

/** Body of `PATCH /api/v1/catalog/items/:id`: any of the filing fields. */
export const UpdateCatalogItemRequestSchema = FilingFieldsSchema.partial().strict();

/** An update of filing fields as parsed. */
export type UpdateCatalogItemRequest = z.infer<typeof UpdateCatalogItemRequestSchema>;

/**
 * Body of `POST /api/v1/catalog/items/:id/review`. `change` sets category and/or level;
 * a change away from the proposal needs a `reason` (`REVIEW_REASON_REQUIRED`).
 */
export const ReviewCatalogItemRequestSchema = z.strictObject({
  action: z.enum(['confirm', 'change']),
  category: CategorySchema.optional(),
  level: z.enum(LEVELS).optional(),
  reason: z.string().max(1000).optional(),
});

/** A review request as parsed. */
export type ReviewCatalogItemRequest = z.infer<typeof ReviewCatalogItemRequestSchema>;

/** Body of `POST /api/v1/catalog/items/bulk-review`: confirm many items at once. */
export const BulkReviewRequestSchema = z.strictObject({
  ids: z.array(z.uuid()).min(1).max(500),
  action: z.literal('confirm'),
});

/** Answer of bulk review: how many items were confirmed (ids of other orgs are skipped). */
export const BulkReviewResponseSchema = z.object({ updated: z.number().int().min(0) });

/** Body of `POST /api/v1/catalog/versions`: freeze the catalog. */
export const CreateCatalogVersionRequestSchema = z.strictObject({
  note: z.string().max(500).default(''),
});

/** A frozen catalog version. */
export const CatalogVersionSchema = z.object({
  number: z.number().int().min(1),
  note: z.string(),
  itemCount: z.number().int().min(0),
  createdBy: z.string(),
  createdAt: z.iso.datetime(),
});

/** A page of versions. */
export const CatalogVersionPageSchema = pageOf(CatalogVersionSchema);

/** Answer of `GET /api/v1/catalog/versions/:n`: the version and its frozen items. */
export const CatalogVersionDetailSchema = z.object({
  version: CatalogVersionSchema,
  items: z.array(CatalogItemSchema),
});

/** Path of version routes. */
export const VersionParamsSchema = z.object({ n: z.coerce.number().int().min(1).max(1_000_000) });

/** Path of the diff route. */
export const VersionDiffParamsSchema = z.object({
  a: z.coerce.number().int().min(1).max(1_000_000),
  b: z.coerce.number().int().min(1).max(1_000_000),
});

const DiffItemSchema = z.object({
  sourceId: z.string(),
  sourceName: z.string(),
  table: z.string(),
  category: CategorySchema,
  level: z.enum(LEVELS),
});
const GradeSchema = z.object({ category: CategorySchema, level: z.enum(LEVELS) });

/** Answer of `GET /api/v1/catalog/versions/:a/diff/:b`. */
export const CatalogVersionDiffSchema = z.object({
  added: z.array(DiffItemSchema),
  removed: z.array(DiffItemSchema),
  regraded: z.array(
    z.object({
      sourceId: z.string(),
      sourceName: z.string(),
      table: z.string(),
      from: GradeSchema,
      to: GradeSchema,
    }),
  ),
});

/** Query of the exports: a version number, or the live catalog when absent. */
export const CatalogExportQuerySchema = z.object({
  version: z.coerce.number().int().min(1).max(1_000_000).optional(),
});

/** Answer of `GET /api/v1/catalog/export.json`. */
export const CatalogExportJsonSchema = z.object({
  organization: z.string(),
  version: z.number().int().nullable(),
  exportedAt: z.iso.datetime(),
  items: z.array(CatalogItemSchema),
});
