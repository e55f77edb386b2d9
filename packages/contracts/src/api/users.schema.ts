import { z } from 'zod';
import { USER_ROLES } from './auth.schema.ts';
import { ListQuerySchema, pageOf } from './common.schema.ts';

/** A user account as the API shows it (never a password hash). */
export const UserSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(USER_ROLES),
  disabled: z.boolean(),
  lockedUntil: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});

/** A user as parsed. */
export type User = z.infer<typeof UserSchema>;

/** Passwords: at least 10 characters. */
const PasswordSchema = z.string().min(10).max(200);

/** Body of `POST /api/v1/users`. */
export const CreateUserRequestSchema = z.strictObject({
  username: z.string().regex(/^[A-Za-z0-9._@-]{2,64}$/),
  displayName: z.string().min(1).max(100),
  role: z.enum(USER_ROLES),
  password: PasswordSchema,
});

/** A create-user request as parsed. */
export type CreateUserRequest = z.infer<typeof CreateUserRequestSchema>;

/** Body of `PATCH /api/v1/users/:id`: change role, disable, or reset the password. */
export const UpdateUserRequestSchema = z.strictObject({
  displayName: z.string().min(1).max(100).optional(),
  role: z.enum(USER_ROLES).optional(),
  disabled: z.boolean().optional(),
  password: PasswordSchema.optional(),
});

/** An update-user request as parsed. */
export type UpdateUserRequest = z.infer<typeof UpdateUserRequestSchema>;

/** Query of `GET /api/v1/users`. */
export const ListUsersQuerySchema = ListQuerySchema.extend({
  role: z.enum(USER_ROLES).optional(),
  q: z.string().max(100).optional(),
});

/** A page of users. */
export const UserPageSchema = pageOf(UserSchema);

/** An API token as listed: never its secret. */
export const ApiTokenSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
});

/** An API token as parsed. */
export type ApiToken = z.infer<typeof ApiTokenSchema>;

/** Body of `POST /api/v1/tokens`. */
export const CreateTokenRequestSchema = z.strictObject({ name: z.string().min(1).max(100) });

/** Answer of `POST /api/v1/tokens`: the secret is shown this once. */
export const CreateTokenResponseSchema = z.object({ token: ApiTokenSchema, secret: z.string() });

/** Answer of `GET /api/v1/tokens`. */
export const TokenListResponseSchema = z.object({ items: z.array(ApiTokenSchema) });
