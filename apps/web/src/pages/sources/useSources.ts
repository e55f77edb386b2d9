/** The data source list and the actions on it (add, test, scan, delete). */
import { useCallback } from 'react';
import { api } from '../../api/client.ts';
import type {
  CreateScanRequest,
  CreateSourceRequest,
  Page,
  Scan,
  Source,
  TestSourceResponse,
} from '../../api/types.ts';
import { useApiQuery } from '../../hooks/useApiQuery.ts';

export function useSources() {
  const list = useApiQuery<Page<Source>>('/sources', { pageSize: 200, sort: 'name' });
  const { reload } = list;

  const create = useCallback(
    async (request: CreateSourceRequest) => {
      const source = await api.post<Source>('/sources', request);
      reload();
      return source;
    },
    [reload],
  );
  const test = useCallback((id: string) => api.post<TestSourceResponse>(`/sources/${id}/test`), []);
  const scan = useCallback((request: CreateScanRequest) => api.post<Scan>('/scans', request), []);
  const remove = useCallback(
    async (id: string) => {
      await api.del(`/sources/${id}`);
      reload();
    },
    [reload],
  );

  return { list, create, test, scan, remove };
}
