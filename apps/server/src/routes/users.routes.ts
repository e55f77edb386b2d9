import {
  CreateUserRequestSchema,
  IdParamsSchema,
  ListUsersQuerySchema,
  UpdateUserRequestSchema,
  UserPageSchema,
  UserSchema,
} from '@shuan/contracts';
import { usersRepository } from '@shuan/db';
import { createUser, updateUser } from '../accounts/manage-users.ts';
import type { NodeDeps } from '../http/context.ts';
import { principalOf, type ZodApp } from '../http/zod-app.ts';
import { presentUser } from '../presenters/account.presenter.ts';

/** User management of the caller's org (admins only, see the permission table). */
export function userRoutes(app: ZodApp, deps: NodeDeps): void {
  app.get(
    '/users',
    {
      schema: {
        tags: ['users'],
        querystring: ListUsersQuerySchema,
        response: { 200: UserPageSchema },
      },
    },
    async (request) => {
      const page = await usersRepository.list(deps.pool, principalOf(request).orgId, request.query);
      return { ...page, items: page.items.map(presentUser) };
    },
  );

  app.post(
    '/users',
    { schema: { tags: ['users'], body: CreateUserRequestSchema, response: { 200: UserSchema } } },
    async (request) => presentUser(await createUser(deps, principalOf(request), request.body)),
  );

  app.patch(
    '/users/:id',
    {
      schema: {
        tags: ['users'],
        params: IdParamsSchema,
        body: UpdateUserRequestSchema,
        response: { 200: UserSchema },
      },
    },
    async (request) =>
      presentUser(await updateUser(deps, principalOf(request), request.params.id, request.body)),
  );
}
