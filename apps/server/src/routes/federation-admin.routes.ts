import {
  EnrollmentTokenListSchema,
  EnrollmentTokenSchema,
  EnrollWithParentRequestSchema,
  FederationStatusSchema,
  IdParamsSchema,
  IssuedEnrollmentTokenSchema,
  IssueEnrollmentTokenRequestSchema,
  KeyRotationSchema,
  ListRefusedMessagesQuerySchema,
  ListRejectionsQuerySchema,
  NodeIdParamsSchema,
  OkResponseSchema,
  PeerListSchema,
  PeerSchema,
  RefusedMessageListSchema,
  RejectionPageSchema,
} from '@shuan/contracts';
import {
  enrollmentTokensRepository,
  federationOutboxRepository,
  federationPeersRepository,
  federationRejectionsRepository,
} from '@shuan/db';
import { enrollWithParent } from '../federation/enroll-with-parent.ts';
import {
  issueToken,
  requireNodeOperator,
  revokeToken,
  setChildStatus,
} from '../federation/manage-federation.ts';
import { rotateNodeKey } from '../federation/key-rotation.ts';
import { FEDERATION_SYNC_QUEUE } from '../federation/sync-queue.ts';
import type { NodeDeps } from '../http/context.ts';
import { principalOf, type ZodApp } from '../http/zod-app.ts';
import { presentPeer, presentRejection, presentToken } from '../presenters/federation.presenter.ts';

const TAGS = ['federation'];

/**
 * The federation admin API (`/api/v1/federation/…`, session or API token; roles in
 * http/permissions.ts): this node's identity and parent, enrolling with a parent, syncing
 * now, the peers and their suspension, enrollment tokens, and the rejection record.
 */
export function federationAdminRoutes(app: ZodApp, deps: NodeDeps): void {
  app.get(
    '/federation/status',
    { schema: { tags: TAGS, response: { 200: FederationStatusSchema } } },
    async () => {
      const { nodeId, role, publicKey } = deps.federation.identity;
      const parent = await federationPeersRepository.findParent(deps.pool);
      const backlog =
        parent === undefined
          ? 0
          : await federationOutboxRepository.backlog(deps.pool, parent.nodeId);
      const refused = await federationOutboxRepository.refused(deps.pool);
      return {
        nodeId,
        role,
        publicKey,
        parent: parent === undefined ? null : presentPeer(parent),
        backlog,
        refused: {
          total: refused.total,
          recent: refused.recent.map((row) => ({ ...row, at: row.at.toISOString() })),
        },
      };
    },
  );

  // This node's dead letters of some types (the reports pages show theirs), newest first.
  app.get(
    '/federation/refused',
    {
      schema: {
        tags: TAGS,
        querystring: ListRefusedMessagesQuerySchema,
        response: { 200: RefusedMessageListSchema },
      },
    },
    async (request) => {
      const { types, limit } = request.query;
      const refused = await federationOutboxRepository.refused(deps.pool, limit, types);
      return {
        total: refused.total,
        items: refused.recent.map((row) => ({ ...row, at: row.at.toISOString() })),
      };
    },
  );

  app.post(
    '/federation/enroll',
    { schema: { tags: TAGS, body: EnrollWithParentRequestSchema, response: { 200: PeerSchema } } },
    async (request) =>
      presentPeer(await enrollWithParent(deps, principalOf(request), request.body)),
  );

  app.post(
    '/federation/sync',
    { schema: { tags: TAGS, response: { 200: OkResponseSchema } } },
    async (request) => {
      await requireNodeOperator(deps, principalOf(request));
      await deps.boss.send(FEDERATION_SYNC_QUEUE, {});
      return { ok: true as const };
    },
  );

  // A new SM2 key, announced to the parent and children under the old one (key-rotation.ts).
  app.post(
    '/federation/rotate-key',
    { schema: { tags: TAGS, response: { 200: KeyRotationSchema } } },
    async (request) => rotateNodeKey(deps, principalOf(request)),
  );

  app.get(
    '/federation/peers',
    { schema: { tags: TAGS, response: { 200: PeerListSchema } } },
    async (request) => {
      await requireNodeOperator(deps, principalOf(request));
      return {
        items: (await federationPeersRepository.list(deps.pool)).map(presentPeer),
      };
    },
  );

  for (const [action, status] of [
    ['suspend', 'suspended'],
    ['resume', 'active'],
  ] as const) {
    app.post(
      `/federation/peers/:nodeId/${action}`,
      { schema: { tags: TAGS, params: NodeIdParamsSchema, response: { 200: PeerSchema } } },
      async (request) =>
        presentPeer(
          await setChildStatus(deps, principalOf(request), request.params.nodeId, status),
        ),
    );
  }

  app.get(
    '/federation/tokens',
    { schema: { tags: TAGS, response: { 200: EnrollmentTokenListSchema } } },
    async (request) => {
      await requireNodeOperator(deps, principalOf(request));
      return {
        items: (await enrollmentTokensRepository.list(deps.pool)).map((token) =>
          presentToken(token),
        ),
      };
    },
  );

  app.post(
    '/federation/tokens',
    {
      schema: {
        tags: TAGS,
        body: IssueEnrollmentTokenRequestSchema,
        response: { 200: IssuedEnrollmentTokenSchema },
      },
    },
    async (request) => {
      const { token, secret } = await issueToken(deps, principalOf(request), request.body);
      return { ...presentToken(token), token: secret };
    },
  );

  app.post(
    '/federation/tokens/:id/revoke',
    { schema: { tags: TAGS, params: IdParamsSchema, response: { 200: EnrollmentTokenSchema } } },
    async (request) =>
      presentToken(await revokeToken(deps, principalOf(request), request.params.id)),
  );

  app.get(
    '/federation/rejections',
    {
      schema: {
        tags: TAGS,
        querystring: ListRejectionsQuerySchema,
        response: { 200: RejectionPageSchema },
      },
    },
    async (request) => {
      await requireNodeOperator(deps, principalOf(request));
      const { page, pageSize, code, sender } = request.query;
      const found = await federationRejectionsRepository.list(deps.pool, {
        code,
        sender,
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      return { items: found.items.map(presentRejection), total: found.total, page, pageSize };
    },
  );
}
