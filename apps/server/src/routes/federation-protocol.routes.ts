import {
  EnrollRequestSchema,
  NodeIdentitySchema,
  PullRequestSchema,
  PullResponseSchema,
  PushRequestSchema,
  PushResponseSchema,
} from '@shuan/contracts';
import { enrollChild } from '../federation/enroll-child.ts';
import { receiveEnvelopes } from '../federation/receive-envelopes.ts';
import { servePull } from '../federation/serve-pull.ts';
import type { NodeDeps } from '../http/context.ts';
import type { ZodApp } from '../http/zod-app.ts';

/** A push may carry up to 4 MiB payloads plus envelopes: above the API's 1 MiB limit. */
const PUSH_BODY_LIMIT_BYTES = 12 * 1024 * 1024;

/** `GET /federation/v1/identity`: this node's id, role and SM2 public key (public). */
export function federationIdentityRoutes(app: ZodApp, deps: NodeDeps): void {
  app.get(
    '/identity',
    { schema: { tags: ['federation'], response: { 200: NodeIdentitySchema } } },
    () => {
      const { nodeId, role, publicKey } = deps.federation.identity;
      return { nodeId, role, publicKey };
    },
  );
}

/**
 * The parent's node-to-node routes. No cookie or session: enrollment is proven by the token
 * and the child's signature, each pushed envelope by its own SM2 signature, and a pull by the
 * child's signature of the request.
 */
export function federationParentRoutes(app: ZodApp, deps: NodeDeps): void {
  app.post(
    '/enroll',
    {
      schema: {
        tags: ['federation'],
        body: EnrollRequestSchema,
        response: { 200: NodeIdentitySchema },
      },
    },
    async (request) => enrollChild(deps, request.body),
  );

  app.post(
    '/messages',
    {
      bodyLimit: PUSH_BODY_LIMIT_BYTES,
      schema: {
        tags: ['federation'],
        body: PushRequestSchema,
        response: { 200: PushResponseSchema },
      },
    },
    async (request) => ({ results: await receiveEnvelopes(deps, request.body.envelopes, 'push') }),
  );

  app.post(
    '/pull',
    {
      schema: {
        tags: ['federation'],
        body: PullRequestSchema,
        response: { 200: PullResponseSchema },
      },
    },
    async (request) => servePull(deps, request.body),
  );
}
