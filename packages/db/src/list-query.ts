import type pg from 'pg';
import type { Queryable } from './queryable.ts';

/** Paging and sorting of a list request, already validated by the contract schema. */
export interface ListQuery {
  page: number;
  pageSize: number;
  sort?: string | undefined;
}

/** One page of rows and the total count before paging. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * Builds `ORDER BY … LIMIT … OFFSET …` from a `sort` of `field` or `-field`, using only the
 * columns of `sortable` (so a client can never inject SQL). Unknown fields fall back to
 * `fallback`; a tie-breaker keeps pages stable.
 */
export function pageClause(
  query: ListQuery,
  sortable: Record<string, string>,
  fallback: string,
  tieBreaker: string,
): string {
  const descending = query.sort?.startsWith('-') ?? false;
  const field = query.sort?.replace(/^-/, '');
  const column = field === undefined ? undefined : sortable[field];
  const order = column === undefined ? fallback : `${column} ${descending ? 'DESC' : 'ASC'}`;
  return `ORDER BY ${order}, ${tieBreaker} ${limitClause(query)}`;
}

/**
 * Builds `ORDER BY …` like {@link pageClause}, but the tie-breakers follow the sort's
 * direction, so that one index on `(…, column, ...tieBreakers)` serves both directions
 * (read forwards or backwards) and a page is read in index order instead of sorted.
 * `fallback` is a column of `sortable` with its direction, e.g. `table` or `-rows`.
 */
export function orderClause(
  query: ListQuery,
  sortable: Record<string, string>,
  fallback: string,
  tieBreakers: readonly string[],
): string {
  const requested = query.sort?.replace(/^-/, '');
  const sort =
    requested !== undefined && sortable[requested] !== undefined
      ? (query.sort ?? fallback)
      : fallback;
  const direction = sort.startsWith('-') ? 'DESC' : 'ASC';
  const column = sortable[sort.replace(/^-/, '')];
  const keys =
    column === undefined
      ? [...tieBreakers]
      : [column, ...tieBreakers.filter((key) => key !== column)];
  return `ORDER BY ${keys.map((key) => `${key} ${direction}`).join(', ')}`;
}

/** `LIMIT … OFFSET …` of the requested page. */
export function limitClause(query: ListQuery): string {
  const offset = (query.page - 1) * query.pageSize;
  return `LIMIT ${String(query.pageSize)} OFFSET ${String(offset)}`;
}

/** Collects SQL conditions and their parameters; `$n` numbers follow the order of `add`. */
export class Conditions {
  readonly params: unknown[] = [];
  private readonly parts: string[] = [];

  /** Adds a condition; each `?` in `sql` takes the next of `values`. */
  add(sql: string, ...values: unknown[]): void {
    let index = 0;
    const text = sql.replace(/\?/g, () => {
      this.params.push(values[index]);
      index += 1;
      return `$${String(this.params.length)}`;
    });
    this.parts.push(text);
  }

  /** The `WHERE` clause (always at least the org filter). */
  where(): string {
    return this.parts.length === 0 ? '' : `WHERE ${this.parts.join(' AND ')}`;
  }
}

/** How {@link fetchPage} reads one list: its row query, its table and the page's ordering. */
export interface PageSource {
  /** `SELECT … FROM table alias [JOIN …]`, without `WHERE`. */
  select: string;
  /** `table alias` the total is counted over (the same alias the conditions use). */
  from: string;
  sortable: Record<string, string>;
  fallbackOrder: string;
  tieBreaker: string;
}

/**
 * Reads one page of a list and its total under the same conditions: the shape every simple
 * list of the API shares (sources, scans, users). Lists with their own counting strategy
 * (the catalog, the audit log) do not use it.
 */
export async function fetchPage<Row extends pg.QueryResultRow>(
  db: Queryable,
  source: PageSource,
  where: Conditions,
  query: ListQuery,
): Promise<Page<Row>> {
  const clause = pageClause(query, source.sortable, source.fallbackOrder, source.tieBreaker);
  const rows = await db.query<Row>(`${source.select} ${where.where()} ${clause}`, where.params);
  const count = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${source.from} ${where.where()}`,
    where.params,
  );
  return {
    items: rows.rows,
    total: count.rows[0]?.n ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
}
