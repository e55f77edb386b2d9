import { z } from 'zod';
import { ColumnFindingSchema, TableFindingSchema } from '../scan-report.schema.ts';
import { ListQuerySchema, pageOf } from './common.schema.ts';

/** Life cycle of a scan job. */
export const SCAN_STATUSES = ['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const;

/** Body of `POST /api/v1/scans`: scan one source as a background job. */
export const StartScanRequestSchema = z.strictObject({
  sourceId: z.uuid(),
  industry: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/)
    .optional(),
  sampleRows: z.number().int().min(1).max(10_000).optional(),
});

/** A start-scan request as parsed. */
export type StartScanRequest = z.infer<typeof StartScanRequestSchema>;

/** A scan with its live progress and, once finished, its summary. */
export const ScanSchema = z.object({
  id: z.uuid(),
  sourceId: z.uuid(),
  sourceName: z.string(),
  status: z.enum(SCAN_STATUSES),
  progress: z.object({
    done: z.number().int().min(0),
    total: z.number().int().min(0),
    table: z.string().optional(),
  }),
  industry: z.string().nullable(),
  sampleRows: z.number().int(),
  createdBy: z.string(),
  createdAt: z.iso.datetime(),
  startedAt: z.iso.datetime().nullable(),
  finishedAt: z.iso.datetime().nullable(),
  summary: z
    .object({
      tables: z.number().int(),
      columns: z.number().int(),
      byLevel: z.object({
        general: z.number().int(),
        important: z.number().int(),
        core: z.number().int(),
      }),
      errors: z.number().int(),
      /** The rule pack the scan ran with (the newest received version overrides the bundled file). */
      ruleset: z.object({ id: z.string(), version: z.string() }).optional(),
    })
    .nullable(),
  error: z.string().nullable(),
});

/** A scan as parsed. */
export type Scan = z.infer<typeof ScanSchema>;

/** Query of `GET /api/v1/scans`. */
export const ListScansQuerySchema = ListQuerySchema.extend({
  status: z.enum(SCAN_STATUSES).optional(),
  sourceId: z.uuid().optional(),
});

/** A page of scans. */
export const ScanPageSchema = pageOf(ScanSchema);

/** One table of a scan's findings with its columns. */
export const ScanFindingSchema = z.object({
  id: z.string(),
  table: TableFindingSchema,
  columns: z.array(ColumnFindingSchema),
});

/** Query of `GET /api/v1/scans/:id/findings`. */
export const ListScanFindingsQuerySchema = ListQuerySchema.extend({
  level: z.enum(['general', 'important', 'core']).optional(),
});

/** A page of scan findings. */
export const ScanFindingPageSchema = pageOf(ScanFindingSchema);
