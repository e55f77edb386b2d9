/** Users of the organisation (admin only): list, create with a role, change role or disable. */
import { useCallback } from 'react';
import { api } from '../../api/client.ts';
import type { CreateUserRequest, Page, UpdateUserRequest, User } from '../../api/types.ts';
import { useApiQuery } from '../../hooks/useApiQuery.ts';

export function useUsers() {
  const list = useApiQuery<Page<User>>('/users', { pageSize: 200, sort: 'username' });
  const { reload } = list;
  const create = useCallback(
    async (request: CreateUserRequest) => {
      await api.post<User>('/users', request);
      reload();
    },
    [reload],
  );
  const update = useCallback(
    async (id: string, request: UpdateUserRequest) => {
      await api.patch<User>(`/users/${id}`, request);
      reload();
    },
    [reload],
  );
  return { list, create, update };
}
