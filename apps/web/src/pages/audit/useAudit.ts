/** The audit log with its filters, and the SM3 chain check. */
import { useCallback, useState } from 'react';
import { api } from '../../api/client.ts';
import type { AuditEntry, AuditVerifyResponse, Page } from '../../api/types.ts';
import { useApiQuery } from '../../hooks/useApiQuery.ts';

export interface AuditFilters {
  action?: string;
  actor?: string;
  from?: string;
  to?: string;
}

export function useAudit() {
  const [filters, setFiltersState] = useState<AuditFilters>({});
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const list = useApiQuery<Page<AuditEntry>>('/audit', { ...filters, ...page });
  const setFilters = useCallback((next: AuditFilters) => {
    setFiltersState(next);
    setPage((p) => ({ ...p, page: 1 }));
  }, []);
  const verify = useCallback(() => api.get<AuditVerifyResponse>('/audit/verify'), []);
  return { filters, setFilters, page, setPage, list, verify };
}
