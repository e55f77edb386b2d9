/** The overview figures plus the first items still waiting for review. */
import { useApiQuery } from '../../hooks/useApiQuery.ts';
import type { CatalogItemSummary, Overview, Page } from '../../api/types.ts';

export function useOverview() {
  const overview = useApiQuery<Overview>('/overview');
  const pending = useApiQuery<Page<CatalogItemSummary>>('/catalog/items', {
    status: 'pending',
    pageSize: 8,
    sort: '-level',
  });
  return { overview, pending };
}
