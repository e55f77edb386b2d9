/**
 * Holds the cookie session: asks GET /auth/me once at start, keeps the CSRF token for unsafe
 * requests, and drops the user on any 401 so the app falls back to the login page.
 */
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, onUnauthorized, setCsrfToken } from '../api/client.ts';
import type { CurrentUser, Session } from '../api/types.ts';
import { AuthContext, type AuthState } from './useAuth.ts';

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<CurrentUser | null>(null);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    onUnauthorized(() => {
      setCsrfToken(undefined);
      setUser(null);
    });
    api.get<Session>('/auth/me').then(
      (session) => {
        setCsrfToken(session.csrfToken ?? undefined);
        setUser(session.user);
        setLoading(false);
      },
      () => {
        setLoading(false);
      },
    );
    return () => {
      onUnauthorized(undefined);
    };
  }, []);

  const login = useCallback(async (username: string, password: string) => {
    const session = await api.post<Session>('/auth/login', { username, password });
    setCsrfToken(session.csrfToken ?? undefined);
    setUser(session.user);
  }, []);

  const logout = useCallback(async () => {
    try {
      await api.post('/auth/logout');
    } finally {
      setCsrfToken(undefined);
      setUser(null);
    }
  }, []);

  const value = useMemo<AuthState>(
    () => ({ user, loading, login, logout }),
    [user, loading, login, logout],
  );
  return <AuthContext value={value}>{children}</AuthContext>;
}
