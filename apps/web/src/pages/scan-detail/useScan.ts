/**
 * One scan, polled every second while it is queued or running (GET /scans/:id), plus cancel.
 * Polling stops by itself when the scan finishes or the page is left.
 */
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import type { Scan } from '../../api/types.ts';
import { isActive } from './scan-progress.ts';

const POLL_MS = 1000;

export function useScan(scanId: string) {
  const [scan, setScan] = useState<Scan | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [restart, setRestart] = useState(0);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = () => {
      api.get<Scan>(`/scans/${scanId}`).then(
        (value) => {
          if (stopped) return;
          setScan(value);
          setError(undefined);
          if (isActive(value.status)) timer = setTimeout(poll, POLL_MS);
        },
        (reason: unknown) => {
          if (!stopped) setError(reason);
        },
      );
    };
    poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [scanId, restart]);

  const cancel = useCallback(async () => {
    await api.post(`/scans/${scanId}/cancel`);
    setRestart((n) => n + 1);
  }, [scanId]);

  const refresh = useCallback(() => {
    setRestart((n) => n + 1);
  }, []);

  return { scan, error, cancel, refresh };
}
