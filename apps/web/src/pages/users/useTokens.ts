/** The signed-in user's own API tokens: list, create (secret shown once), revoke. */
import { useCallback } from 'react';
import { api } from '../../api/client.ts';
import type { ApiToken, CreateTokenRequest, CreatedToken } from '../../api/types.ts';
import { useApiQuery } from '../../hooks/useApiQuery.ts';

export function useTokens() {
  const list = useApiQuery<{ items: ApiToken[] }>('/tokens');
  const { reload } = list;
  const create = useCallback(
    async (request: CreateTokenRequest) => {
      const token = await api.post<CreatedToken>('/tokens', request);
      reload();
      return token;
    },
    [reload],
  );
  const revoke = useCallback(
    async (id: string) => {
      await api.del(`/tokens/${id}`);
      reload();
    },
    [reload],
  );
  return { list, create, revoke };
}
