/**
 * State of a server-paged deadline list (the province's review queue and re-filing list): the
 * page, a status filter sent as `filterKey`, and "overdue only", which replaces the status
 * filter. Changing a filter goes back to page 1.
 */
import { useState } from 'react';
import type { Page } from '../api/types.ts';
import { useApiQuery, type ApiQuery } from './useApiQuery.ts';

/** The page of a server-paged list. */
export interface Paging {
  page: number;
  pageSize: number;
}

export interface DeadlineList<T> {
  list: ApiQuery<Page<T>>;
  paging: Paging;
  setPaging: (paging: Paging) => void;
  filter: string | undefined;
  setFilter: (value: string | undefined) => void;
  overdue: boolean;
  setOverdue: (overdue: boolean) => void;
}

export function useDeadlineList<T>(
  path: string,
  options: { filterKey: string; initialFilter: string | undefined; pageSize: number },
): DeadlineList<T> {
  const [paging, setPaging] = useState<Paging>({ page: 1, pageSize: options.pageSize });
  const [filter, setFilter] = useState<string | undefined>(options.initialFilter);
  const [overdue, setOverdue] = useState(false);
  const query = {
    ...paging,
    ...(overdue
      ? { overdue: 'true' }
      : filter === undefined
        ? {}
        : { [options.filterKey]: filter }),
  };
  const list = useApiQuery<Page<T>>(path, query);
  return {
    list,
    paging,
    setPaging,
    filter,
    setFilter: (value) => {
      setFilter(value);
      setPaging((p) => ({ ...p, page: 1 }));
    },
    overdue,
    setOverdue: (value) => {
      setOverdue(value);
      setPaging((p) => ({ ...p, page: 1 }));
    },
  };
}
