import type { TableRef } from '@shuan/core';

/** What the PostgreSQL reader keeps about a listed table, beyond the public {@link TableRef}. */
export interface PostgresTableMeta {
  schema: string;
  table: string;
}

/**
 * One catalog query for every table, its columns and comments: base tables, partitioned
 * tables (not their partitions) and materialized views in every non-system schema, without
 * the tables that belong to an extension (PostGIS's `spatial_ref_sys` and the like).
 * Row estimates come from `reltuples` (summed over the leaves of a partitioned table); for
 * relations never analysed (`reltuples` = -1) the heap size is returned for an estimate.
 */
export const POSTGRES_CATALOG_SQL = `
SELECT n.nspname AS schema_name,
       c.relname AS table_name,
       obj_description(c.oid, 'pg_class') AS table_comment,
       s.known_rows::float8 AS known_rows,
       s.unknown_bytes::float8 AS unknown_bytes,
       s.size_bytes::float8 AS size_bytes,
       cols.columns AS columns
  FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  CROSS JOIN LATERAL (
    SELECT sum(r.reltuples) FILTER (WHERE r.reltuples >= 0) AS known_rows,
           sum(pg_relation_size(r.oid)) FILTER (WHERE r.reltuples < 0) AS unknown_bytes,
           sum(pg_total_relation_size(r.oid)) AS size_bytes
      FROM pg_catalog.pg_class r
     WHERE r.oid = ANY (CASE WHEN c.relkind = 'p'
                             THEN ARRAY(SELECT t.relid::oid FROM pg_partition_tree(c.oid) t WHERE t.isleaf)
                             ELSE ARRAY[c.oid] END)
  ) s
  CROSS JOIN LATERAL (
    SELECT coalesce(json_agg(json_build_object(
             'name', a.attname,
             'type', format_type(a.atttypid, a.atttypmod),
             'width', CASE WHEN ty.typlen > 0 THEN ty.typlen ELSE 32 END,
             'comment', col_description(c.oid, a.attnum)
           ) ORDER BY a.attnum), '[]'::json) AS columns
      FROM pg_catalog.pg_attribute a
      JOIN pg_catalog.pg_type ty ON ty.oid = a.atttypid
     WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
  ) cols
 WHERE c.relkind IN ('r', 'p', 'm')
   AND NOT c.relispartition
   AND n.nspname NOT IN ('pg_catalog', 'information_schema')
   AND n.nspname NOT LIKE 'pg\\_toast%'
   AND n.nspname NOT LIKE 'pg\\_temp\\_%'
   AND NOT EXISTS (
     SELECT 1 FROM pg_catalog.pg_depend d
      WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
 ORDER BY n.nspname, c.relname`;

/** A row of {@link POSTGRES_CATALOG_SQL}. */
export interface PostgresCatalogRow {
  schema_name: string;
  table_name: string;
  table_comment: string | null;
  known_rows: number | null;
  unknown_bytes: number | null;
  size_bytes: number | null;
  columns: { name: string; type: string; width: number; comment: string | null }[];
}

/** Per-tuple overhead of a heap row (header + item pointer), for size-based estimates. */
const TUPLE_OVERHEAD_BYTES = 28;

/**
 * Turns a catalog row into a {@link TableRef} named `schema.table`. Rows of relations never
 * analysed are estimated from their heap size over a rough row width (fixed-size types at
 * their length, variable-size at 32 bytes) — only used to pick a sampling method.
 */
export function toPostgresTable(row: PostgresCatalogRow): {
  ref: TableRef;
  meta: PostgresTableMeta;
} {
  const width = TUPLE_OVERHEAD_BYTES + row.columns.reduce((sum, column) => sum + column.width, 0);
  const fromSize = row.unknown_bytes === null ? 0 : row.unknown_bytes / width;
  const known = row.known_rows ?? 0;
  const ref: TableRef = {
    name: `${row.schema_name}.${row.table_name}`,
    estimatedRows: Math.round(known + fromSize),
    columns: row.columns.map((column) => ({
      name: column.name,
      dataType: column.type,
      ...(column.comment === null ? {} : { comment: column.comment }),
    })),
  };
  if (row.table_comment !== null) ref.comment = row.table_comment;
  if (row.size_bytes !== null) ref.sizeBytes = row.size_bytes;
  return { ref, meta: { schema: row.schema_name, table: row.table_name } };
}
