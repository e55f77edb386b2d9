import type { QueryConfig } from 'pg';

/**
 * A query as a named (prepared) statement: parsed and planned once per pooled connection,
 * then only bound and run. For the statements every request or every push runs, where
 * parsing and planning are a visible share of PostgreSQL's work (docs/benchmarks.md).
 * Names are global per connection: one name, one text.
 *
 * @example
 * await db.query(named('inbox-seen', 'SELECT … WHERE envelope_id = ANY($1::uuid[])', [ids]));
 */
export function named(name: string, text: string, values: unknown[] = []): QueryConfig {
  return { name, text, values };
}
