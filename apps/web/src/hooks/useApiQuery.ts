/**
 * Load one GET endpoint and keep its answer in state. The request re-runs whenever the path
 * or query changes (compared as the final URL) and on `reload()`; answers that arrive after a
 * newer request started are dropped so fast filter changes never show stale rows.
 */
import { useCallback, useEffect, useState } from 'react';
import { api, apiUrl, type Query } from '../api/client.ts';

export interface ApiQuery<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/** `path` null means "not yet": nothing is loaded. */
export function useApiQuery<T>(path: string | null, query?: Query): ApiQuery<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [loading, setLoading] = useState(path !== null);
  const [tick, setTick] = useState(0);
  const url = path === null ? null : apiUrl(path, query);

  useEffect(() => {
    if (path === null) return;
    let current = true;
    setLoading(true);
    api.get<T>(path, query).then(
      (value) => {
        if (!current) return;
        setData(value);
        setError(undefined);
        setLoading(false);
      },
      (reason: unknown) => {
        if (!current) return;
        setError(reason);
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
    // `url` stands for path + query: re-run only when the request itself changes.
  }, [url, tick]);

  const reload = useCallback(() => {
    setTick((n) => n + 1);
  }, []);

  return { data, error, loading, reload };
}
