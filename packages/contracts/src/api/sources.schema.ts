import { z } from 'zod';
import { ListQuerySchema, pageOf } from './common.schema.ts';

/** Kinds of data source: databases, a SQLite file, or files (CSV/XLSX/JSON, or a folder). */
export const DATA_SOURCE_KINDS = ['postgres', 'mysql', 'sqlite', 'files'] as const;

/**
 * A data source as the API shows it. `target` is the URL without its password, or the
 * path; the password itself is SM4-sealed on the server and never returned.
 */
export const DataSourceSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(DATA_SOURCE_KINDS),
  target: z.string(),
  hasPassword: z.boolean(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  lastScan: z.object({ id: z.uuid(), status: z.string(), createdAt: z.iso.datetime() }).nullable(),
});

/** A data source as parsed. */
export type DataSource = z.infer<typeof DataSourceSchema>;

/**
 * Body of `POST /api/v1/sources`. For databases `target` is a URL
 * (`postgres://user@host:5432/db`); a password inside the URL is moved into the sealed
 * secret. For `sqlite` and `files` it is a path on the server.
 */
export const CreateDataSourceRequestSchema = z.strictObject({
  name: z.string().min(1).max(100),
  kind: z.enum(DATA_SOURCE_KINDS),
  target: z.string().min(1).max(1000),
  password: z.string().min(1).max(500).optional(),
});

/** A create-source request as parsed. */
export type CreateDataSourceRequest = z.infer<typeof CreateDataSourceRequestSchema>;

/** Body of `PATCH /api/v1/sources/:id`; `password: null` removes the stored password. */
export const UpdateDataSourceRequestSchema = z.strictObject({
  name: z.string().min(1).max(100).optional(),
  target: z.string().min(1).max(1000).optional(),
  password: z.string().min(1).max(500).nullable().optional(),
});

/** An update-source request as parsed. */
export type UpdateDataSourceRequest = z.infer<typeof UpdateDataSourceRequestSchema>;

/** Query of `GET /api/v1/sources`. */
export const ListDataSourcesQuerySchema = ListQuerySchema.extend({
  kind: z.enum(DATA_SOURCE_KINDS).optional(),
  q: z.string().max(100).optional(),
});

/** A page of data sources. */
export const DataSourcePageSchema = pageOf(DataSourceSchema);

/**
 * Answer of `POST /api/v1/sources/:id/test` when the source opens: its tables. A source
 * that cannot be opened answers 422 with the connector's `SOURCE_*` code instead.
 */
export const TestDataSourceResponseSchema = z.object({
  ok: z.literal(true),
  tables: z.array(
    z.object({
      name: z.string(),
      columns: z.number().int().min(0),
      estimatedRows: z.number().int().min(0).nullable(),
    }),
  ),
});
