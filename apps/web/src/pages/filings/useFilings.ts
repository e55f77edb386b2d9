/**
 * The enterprise's filings: profile, list, one filing, filing a version, withdrawing, and the
 * re-filing due after a material change (reloaded with the list: a filing answers it).
 */
import { useCallback, useState } from 'react';
import { api, apiRequest } from '../../api/client.ts';
import type {
  CatalogVersion,
  Filing,
  FilingDetail,
  FilingProfile,
  Page,
  RefilingStatus,
} from '../../api/types.ts';
import { useApiQuery } from '../../hooks/useApiQuery.ts';

export function useFilings() {
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const list = useApiQuery<Page<Filing>>('/filings', page);
  const profile = useApiQuery<FilingProfile>('/filings/profile');
  const versions = useApiQuery<Page<CatalogVersion>>('/catalog/versions', { pageSize: 200 });
  const refiling = useApiQuery<RefilingStatus>('/filings/refiling');
  const reloadFiled = list.reload;
  const reloadRefiling = refiling.reload;
  const reloadList = useCallback(() => {
    reloadFiled();
    reloadRefiling();
  }, [reloadFiled, reloadRefiling]);
  const reloadProfile = profile.reload;

  const saveProfile = useCallback(
    async (body: Omit<FilingProfile, 'source'>) => {
      const saved = await apiRequest<FilingProfile>('PUT', '/filings/profile', { body });
      reloadProfile();
      return saved;
    },
    [reloadProfile],
  );
  const submit = useCallback(
    async (version: number, kind: 'full' | 'changes') => {
      const filing = await api.post<FilingDetail>('/filings', { version, kind });
      reloadList();
      return filing;
    },
    [reloadList],
  );
  const withdraw = useCallback(
    async (id: string, reason: string) => {
      const filing = await api.post<FilingDetail>(`/filings/${id}/withdraw`, { reason });
      reloadList();
      return filing;
    },
    [reloadList],
  );
  return { list, page, setPage, profile, versions, refiling, saveProfile, submit, withdraw };
}
