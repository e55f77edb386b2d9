/** The catalog list (server-side filters, sort, pages) and the review actions on it. */
import { useCallback, useState } from 'react';
import { api } from '../../api/client.ts';
import type {
  BulkReviewRequest,
  BulkReviewResponse,
  CatalogItem,
  CatalogItemSummary,
  Page,
  ReviewRequest,
  UpdateFilingRequest,
} from '../../api/types.ts';
import { useApiQuery } from '../../hooks/useApiQuery.ts';
import {
  catalogQuery,
  type CatalogFilters,
  type CatalogListState,
  type CatalogSort,
} from './catalog-query.ts';

export function useCatalog() {
  const [state, setState] = useState<CatalogListState>({ filters: {}, page: 1, pageSize: 20 });
  const list = useApiQuery<Page<CatalogItemSummary>>('/catalog/items', catalogQuery(state));
  const { reload } = list;

  const setFilters = useCallback((filters: CatalogFilters) => {
    setState((s) => ({ ...s, filters, page: 1 }));
  }, []);
  const setPaging = useCallback((page: number, pageSize: number, sort: CatalogSort | undefined) => {
    setState((s) => ({ ...s, page, pageSize, sort }));
  }, []);

  const review = useCallback(
    async (id: string, request: ReviewRequest) => {
      const item = await api.post<CatalogItem>(`/catalog/items/${id}/review`, request);
      reload();
      return item;
    },
    [reload],
  );
  const bulkConfirm = useCallback(
    async (ids: string[]) => {
      const request: BulkReviewRequest = { ids, action: 'confirm' };
      const result = await api.post<BulkReviewResponse>('/catalog/items/bulk-review', request);
      reload();
      return result.updated;
    },
    [reload],
  );
  const saveFiling = useCallback(
    async (id: string, fields: UpdateFilingRequest) => {
      const item = await api.patch<CatalogItem>(`/catalog/items/${id}`, fields);
      reload();
      return item;
    },
    [reload],
  );

  return { state, list, setFilters, setPaging, review, bulkConfirm, saveFiling };
}
