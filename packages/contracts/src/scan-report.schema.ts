import { z } from 'zod';
import { CATEGORY_CODES, LABEL_CODES, LEVELS } from '@shuan/core/taxonomy';

/** A label on a column (scan contract v1). */
export const ColumnLabelSchema = z.object({
  code: z.enum(LABEL_CODES),
  confidence: z.number().min(0).max(1),
  hits: z.number().int().min(0),
  evidence: z.array(z.enum(['values', 'name', 'comment'])).min(1),
});

/** One column's verdict (scan contract v1). */
export const ColumnFindingSchema = z.object({
  table: z.string().min(1),
  column: z.string(),
  dataType: z.string(),
  comment: z.string().optional(),
  rowsSampled: z.number().int().min(0),
  labels: z.array(ColumnLabelSchema),
  category: z.enum(CATEGORY_CODES).nullable(),
  level: z.enum(LEVELS),
  reasons: z.array(z.string()),
});

/** One table's verdict: an extension of the contract, used by the catalog. */
export const TableFindingSchema = z.object({
  table: z.string().min(1),
  comment: z.string().optional(),
  estimatedRows: z.number().int().min(0).optional(),
  sizeBytes: z.number().int().min(0).optional(),
  category: z.enum(CATEGORY_CODES).nullable(),
  level: z.enum(LEVELS),
  reasons: z.array(z.string()),
});

/**
 * The output of `shuan scan --format json`: the public scan contract v1
 * (`shared/design/scan-contract.md`). Fields may be added, never renamed or removed.
 */
export const ScanReportSchema = z.object({
  schemaVersion: z.literal(1),
  source: z.object({
    kind: z.enum(['postgres', 'mysql', 'sqlite', 'csv', 'xlsx', 'json', 'text', 'folder']),
    name: z.string(),
  }),
  ruleset: z.object({ id: z.string(), version: z.string() }),
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime(),
  tables: z.array(TableFindingSchema),
  columns: z.array(ColumnFindingSchema),
  errors: z.array(
    z.object({ table: z.string(), message: z.string(), code: z.string().optional() }),
  ),
});

/** A scan report as parsed from JSON. */
export type ScanReportDto = z.infer<typeof ScanReportSchema>;
