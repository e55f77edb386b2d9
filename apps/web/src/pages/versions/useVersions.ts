/** Catalog versions: the list, freezing a new one, and the diff of two. */
import { useCallback, useState } from 'react';
import { api } from '../../api/client.ts';
import type { CatalogVersion, Page } from '../../api/types.ts';
import { useApiQuery } from '../../hooks/useApiQuery.ts';

export function useVersions() {
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const list = useApiQuery<Page<CatalogVersion>>('/catalog/versions', page);
  const { reload } = list;
  const freeze = useCallback(
    async (note: string) => {
      const version = await api.post<CatalogVersion>('/catalog/versions', { note });
      reload();
      return version;
    },
    [reload],
  );
  return { list, page, setPage, freeze };
}
