/**
 * Catalog list state → GET /catalog/items query: filters, search, page and the `sort`
 * parameter (`field` ascending, `-field` descending), all applied on the server.
 */
import type { ItemStatus, Level } from '../../api/types.ts';
import type { Query } from '../../api/client.ts';

export interface CatalogFilters {
  level?: Level;
  category?: string;
  status?: ItemStatus;
  sourceId?: string;
  q?: string;
}

export interface CatalogSort {
  field: string;
  order: 'ascend' | 'descend';
}

export interface CatalogListState {
  filters: CatalogFilters;
  sort?: CatalogSort;
  page: number;
  pageSize: number;
}

/** The fields the table lets people sort by. */
export const SORTABLE_FIELDS = ['table', 'level', 'category', 'rows', 'status'] as const;

/** The query string for one list state; blank search is left out. */
export function catalogQuery(state: CatalogListState): Query {
  const { filters, sort } = state;
  return {
    page: state.page,
    pageSize: state.pageSize,
    level: filters.level,
    category: filters.category,
    status: filters.status,
    sourceId: filters.sourceId,
    q: filters.q?.trim() || undefined,
    sort: sort ? `${sort.order === 'descend' ? '-' : ''}${sort.field}` : undefined,
  };
}
