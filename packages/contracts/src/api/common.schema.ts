import { z } from 'zod';
import { API_ERROR_CODES } from './error-codes.ts';

/** The one error body of the API. `message` is Chinese first, then English. */
export const ErrorResponseSchema = z.object({
  error: z.object({
    code: z.enum(API_ERROR_CODES),
    message: z.string(),
    requestId: z.string(),
  }),
});

/** An error body as parsed. */
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;

/**
 * Paging and sorting of every list: `page` (1-based), `pageSize` (≤ 200, default 20), and
 * `sort` as `field` or `-field` (descending). Unknown sort fields fall back to the default.
 */
export const ListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  sort: z
    .string()
    .regex(/^-?[A-Za-z]{1,40}$/)
    .optional(),
});

/** A list request's paging, as parsed. */
export type ListQuery = z.infer<typeof ListQuerySchema>;

/** One page of a list: `items`, the `total` before paging, and the page asked for. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int().min(0),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
  });
}

/** A path parameter `:id` that must be a UUID. */
export const IdParamsSchema = z.object({ id: z.uuid() });

/** `{ ok: true }`, the answer of actions with nothing else to say. */
export const OkResponseSchema = z.object({ ok: z.literal(true) });

/** A query flag given as `true` / `false`. */
export const QueryBooleanSchema = z.enum(['true', 'false']).transform((value) => value === 'true');
