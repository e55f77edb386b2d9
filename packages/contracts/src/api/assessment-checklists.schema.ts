import { z } from 'zod';

const BilingualSchema = z.object({ zh: z.string(), en: z.string() });

/**
 * Body of `POST /api/v1/assessment-checklists`: a checklist JSON file of the same shape as
 * the built-in `packages/core/checklists/risk-assessment-2024.json`. The server checks it
 * with core's checklist parser (`ASSESSMENT_CHECKLIST_INVALID` with the path of the bad
 * field), so the wire schema only asks for an object.
 */
export const PublishChecklistRequestSchema = z.record(z.string(), z.unknown());

/** Params of `GET /api/v1/assessment-checklists/:checklistId/:version`. */
export const ChecklistVersionParamsSchema = z.object({
  checklistId: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    .max(100),
  version: z.string().regex(/^\d{1,6}\.\d{1,6}\.\d{1,6}$/),
});

/** Where a checklist version on this node comes from. */
export const CHECKLIST_ORIGINS = ['builtin', 'published', 'received'] as const;

/** One checklist version this node holds: built in, published here, or received. */
export const ChecklistVersionSchema = z.object({
  checklistId: z.string(),
  version: z.string(),
  /** The checklist's title (the built-in or received file's own). */
  title: BilingualSchema,
  itemCount: z.number().int(),
  sm3: z.string(),
  origin: z.enum(CHECKLIST_ORIGINS),
  /** Node id of the publisher (null for a built-in file). */
  publishedBy: z.string().nullable(),
  publishedAt: z.iso.datetime().nullable(),
  publishedUser: z.string().nullable(),
  receivedFrom: z.string().nullable(),
  /** True for the version this node's next assessment uses. */
  current: z.boolean(),
  /** Why a received version is not used; null when usable. */
  problem: z.string().nullable(),
  createdAt: z.iso.datetime().nullable(),
});

/** `GET /api/v1/assessment-checklists`: the current version, then every version held. */
export const ChecklistVersionListSchema = z.object({
  current: z.object({ checklistId: z.string(), version: z.string(), title: BilingualSchema }),
  items: z.array(ChecklistVersionSchema),
});

/** Answer of `POST /api/v1/assessment-checklists`: the stored version and its receivers. */
export const PublishedChecklistSchema = ChecklistVersionSchema.extend({
  queuedTo: z.array(z.string()),
});

/** `GET /api/v1/assessment-checklists/:checklistId/:version`: the checklist file itself. */
export const ChecklistFileSchema = z.record(z.string(), z.unknown());
