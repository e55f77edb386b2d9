/**
 * The signed-in user, shared through React context. `user` is null before login and after
 * a 401; `loading` is true only while the first GET /auth/me is in flight.
 */
import { createContext, useContext } from 'react';
import type { CurrentUser } from '../api/types.ts';

export interface AuthState {
  user: CurrentUser | null;
  loading: boolean;
  login: (username: string, password: string) => Promise<void>;
  logout: () => Promise<void>;
}

export const AuthContext = createContext<AuthState | null>(null);

/** The auth state; must be used under `<AuthProvider>`. */
export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth outside AuthProvider');
  return state;
}
