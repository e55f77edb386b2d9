import { z } from 'zod';

/** Roles of a user within an organisation; `auditor` is read-only. */
export const USER_ROLES = ['admin', 'officer', 'reviewer', 'auditor'] as const;

/** One of {@link USER_ROLES}. */
export type UserRoleCode = (typeof USER_ROLES)[number];

/** Body of `POST /api/v1/auth/login`. */
export const LoginRequestSchema = z.object({
  username: z.string().min(1).max(100),
  password: z.string().min(1).max(200),
});

/** A login request as parsed. */
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

/** The signed-in user, as `/auth/me` and login return it. */
export const CurrentUserSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(USER_ROLES),
  orgId: z.uuid(),
  orgName: z.string(),
});

/** The signed-in user as parsed. */
export type CurrentUser = z.infer<typeof CurrentUserSchema>;

/**
 * Answer of login and of `GET /auth/me`: the user and the CSRF token to send as
 * `x-csrf-token` with every unsafe request of this cookie session (null for API tokens).
 */
export const MeResponseSchema = z.object({
  user: CurrentUserSchema,
  csrfToken: z.string().nullable(),
});

/** `/auth/me` as parsed. */
export type MeResponse = z.infer<typeof MeResponseSchema>;
